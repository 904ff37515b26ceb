/**
 * `arm`, the command line: create, check, fix, rebuild the Dashboard of, and export an ISMS
 * workbook (.xlsx). Results go to stdout, progress to stderr; failures are one line, never a
 * stack trace.
 */
import { CommandError } from "../core/commands";
import { WorkbookFileError } from "../xlsx";
import { parseArgs, type ArmCommand } from "./args";
import {
  NothingToReadError, dashboardCommand, exportCommand, fixCommand, initCommand,
  validateCommand, type CommandRun,
} from "./commands";
import { FileWriteError } from "./files";
import { helpOf } from "./help";
import { say, type CliIo } from "./io";
import { UsageError } from "./options";
import { RefusalError } from "./workbookFile";

const RUN: Readonly<Record<ArmCommand, (run: CommandRun) => Promise<number>>> = {
  init: initCommand,
  validate: validateCommand,
  fix: fixCommand,
  dashboard: dashboardCommand,
  export: exportCommand,
};

/** The first line of an error's message: what the user reads when something unexpected fails. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split(/\r?\n/)[0] ?? "").trim() || "unknown error";
}

/**
 * Runs `arm` with its arguments (without "node arm") and returns the exit status: 0 done, 1
 * errors found by validate, 2 usage errors and files that cannot be read or rewritten.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    say(io.stdout, helpOf(parsed.command));
    return 0;
  }
  if (parsed.kind === "usage") {
    say(io.stderr, `arm: ${parsed.message}`);
    say(io.stderr, "");
    say(io.stderr, helpOf(parsed.command));
    return 2;
  }
  const now = io.now ? io.now() : new Date();
  try {
    return await RUN[parsed.command]({ file: parsed.file, options: parsed.options, io, now });
  } catch (error) {
    if (error instanceof UsageError) {
      say(io.stderr, `arm ${parsed.command}: ${error.message}`);
      say(io.stderr, `Run "arm ${parsed.command} --help" for its options.`);
      return 2;
    }
    const known =
      error instanceof WorkbookFileError ||
      error instanceof RefusalError ||
      error instanceof NothingToReadError ||
      error instanceof FileWriteError ||
      error instanceof CommandError;
    say(io.stderr, `arm ${parsed.command}: ${known ? (error as Error).message : firstLine(error)}`);
    return 2;
  }
}

/** Runs main over the process's own arguments and streams, then sets the exit status. */
export function runFromProcess(): void {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
  // Until main settles the status is a failure: should a reader wait on a stream that never
  // ends, Node exits when nothing is left to run, and that must not pass as success.
  let settled = false;
  process.exitCode = 2;
  process.once("beforeExit", () => {
    if (!settled) say(process.stderr, "arm: the file could not be read to its end: it may be " +
      "damaged. Open and save it in Excel, then try again.");
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error: unknown) => {
      settled = true;
      say(process.stderr, `arm: ${firstLine(error)}`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runFromProcess();
