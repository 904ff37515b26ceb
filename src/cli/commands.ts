/** The five commands of `arm`, each over an .xlsx file, returning the exit status. */
import { basename } from "path";
import { checkRaw, exitCodeOf } from "../core/check";
import {
  CommandError, createOrUpgrade, exportPack, fix, rebuildDashboard, type CommandOutcome,
} from "../core/commands";
import { STANDARD_NAMES } from "../core/catalogue";
import type { Edition } from "../core/catalogue/types";
import { editionFor } from "../core/plan/create";
import { dashboardBlocked } from "../core/plan/dashboard";
import { readIsms } from "../core/read";
import { REGISTERS } from "../core/schema/sheets";
import { XlsxWorkbook, readWorkbookFile, readWorkbookGrids } from "../xlsx";
import { registerTargets } from "../xlsx/readRegisters";
import { tablesOf } from "../xlsx/tables";
import { realTarget, resolveFrom, writeKeepingOld, type Written } from "./files";
import { say, type CliIo } from "./io";
import { checkedAtOf, editionOf, todayOf, UsageError } from "./options";
import { checkReport } from "./report";
import { openForChange, resultBytes, save, type OpenedWorkbook } from "./workbookFile";

/** One command's arguments, already parsed. */
export interface CommandRun {
  readonly file: string;
  readonly options: ReadonlyMap<string, string>;
  readonly io: CliIo;
  readonly now: Date;
}

/** A file whose content could not be read as an ISMS at all; exit status 2. */
export class NothingToReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NothingToReadError";
  }
}

/** The refusal of a command over a workbook holding none of the registers. */
function noRegisters(run: CommandRun, path: string): NothingToReadError {
  const names = REGISTERS.map((s) => s.sheet).join(", ");
  return new NothingToReadError(
    `${basename(path)} holds none of the ISMS register sheets (${names}): ` +
      `run "arm init ${run.file}" to add them.`,
  );
}

/**
 * Makes sure a loaded workbook holds at least one register, found as the read finds them.
 * @throws NothingToReadError when it holds none: fixing, a Dashboard or a pack of nothing
 * would only hide that the file is not an ISMS workbook.
 */
function requireRegisters(run: CommandRun, path: string, xlsx: XlsxWorkbook): void {
  const outlines = xlsx.workbook.worksheets.map((ws) => ({ name: ws.name, tables: tablesOf(ws) }));
  if (registerTargets(outlines).length === 0) throw noRegisters(run, path);
}

/** Progress lines for stderr; the commands' final "Done" adds nothing there. */
const progressTo = (io: CliIo) => (message: string) => {
  if (message !== "Done") say(io.stderr, `${message}…`);
};

function outOf(run: CommandRun): string | null {
  const out = run.options.get("--out");
  return out === undefined ? null : resolveFrom(run.io.cwd, out);
}

function report(io: CliIo, outcome: CommandOutcome): void {
  for (const line of outcome.done) say(io.stdout, line);
  for (const line of outcome.skipped) say(io.stdout, `Not done: ${line}`);
}

/** Says on stderr that a file --out named was kept under its backup name before the write. */
function sayKept(io: CliIo, written: Written): void {
  if (written.backup) {
    say(io.stderr, `${written.path} already existed: kept it as ${written.backup}.`);
  }
}

/**
 * Reports what a command did and saves the changed workbook, or says that nothing changed and
 * leaves the file alone. The result is made before anything is reported, so a refusal to save
 * it never follows lines that claim the work was done.
 */
async function finish(
  run: CommandRun,
  opened: OpenedWorkbook,
  outcome: CommandOutcome,
  lines: readonly string[] = [],
) {
  const out = outOf(run);
  if (!opened.gateway.changed && out === null && opened.existed) {
    report(run.io, outcome);
    say(run.io.stdout, `${basename(opened.path)} is unchanged.`);
    return;
  }
  const bytes = await resultBytes(opened);
  report(run.io, outcome);
  for (const line of lines) say(run.io.stdout, line);
  progressTo(run.io)("Saving");
  const saved = await save(opened, bytes, out, run.now);
  say(run.io.stdout, `Wrote ${saved.path}.`);
  if (saved.inPlace && saved.backup) {
    say(run.io.stdout, `Kept the previous version as ${saved.backup}.`);
  } else {
    sayKept(run.io, saved);
  }
}

/**
 * Says on stderr when --standard asks for an edition other than the one the workbook's own
 * Standard setting names, since the setting wins and the option would pass unnoticed.
 */
async function noteStandard(run: CommandRun, opened: OpenedWorkbook, asked: Edition) {
  if (!run.options.has("--standard") || !opened.existed) return;
  const settings = await opened.gateway.xlsx.read({ sheets: ["Settings"] });
  const kept = editionFor(readIsms(settings), asked);
  if (kept === asked) return;
  say(run.io.stderr,
    `Note: --standard ${asked} is not used: the Standard setting of ${basename(opened.path)} ` +
      `(${STANDARD_NAMES[kept]}) wins. To change editions, start a new workbook with ` +
      `"arm init NEW.xlsx --standard ${asked}" and move your entries over (changing the ` +
      `Standard on the Settings sheet alone keeps the SoA's ${kept} controls).`);
}

/** arm init: create or upgrade the ISMS workbook. */
export async function initCommand(run: CommandRun): Promise<number> {
  const edition = editionOf(run.options);
  const today = todayOf(run.options, run.now);
  const opened = await openForChange(resolveFrom(run.io.cwd, run.file), true);
  await noteStandard(run, opened, edition);
  const outcome = await createOrUpgrade(opened.gateway, {
    today, edition, sample: run.options.has("--sample"), checkedAt: checkedAtOf(run.now),
    onProgress: progressTo(run.io),
  });
  await finish(run, opened, outcome);
  return 0;
}

/** arm validate: check the workbook; exit 0 without errors, 1 with errors. */
export async function validateCommand(run: CommandRun): Promise<number> {
  const today = todayOf(run.options, run.now);
  const path = resolveFrom(run.io.cwd, run.file);
  progressTo(run.io)(`Reading ${basename(path)}`);
  const raw = await readWorkbookGrids(path);
  if (raw.sheets.length === 0) throw noRegisters(run, path);
  progressTo(run.io)("Checking");
  const result = checkRaw(raw, { today, file: basename(path) });
  const text = run.options.has("--json") ? JSON.stringify(result, null, 2) : checkReport(result);
  say(run.io.stdout, text);
  return exitCodeOf(result);
}

/** arm fix: fix what the check marks fixable. */
export async function fixCommand(run: CommandRun): Promise<number> {
  const today = todayOf(run.options, run.now);
  const opened = await openForChange(resolveFrom(run.io.cwd, run.file), false);
  requireRegisters(run, opened.path, opened.gateway.xlsx);
  const outcome = await fix(opened.gateway, { today, onProgress: progressTo(run.io) });
  const lines = outcome.changes.map((c) => {
    const blank = c.before === undefined || c.before === null || c.before === "";
    const before = blank ? "(empty)" : String(c.before);
    const value = c.value;
    const after = typeof value === "object" && value !== null ? JSON.stringify(value) : value;
    return `  ${c.sheet}!${c.cell}: ${before} -> ${String(after)}`;
  });
  await finish(run, opened, outcome, lines);
  return 0;
}

/** arm dashboard: rebuild the Dashboard sheet. */
export async function dashboardCommand(run: CommandRun): Promise<number> {
  const today = todayOf(run.options, run.now);
  const opened = await openForChange(resolveFrom(run.io.cwd, run.file), false);
  try {
    requireRegisters(run, opened.path, opened.gateway.xlsx);
  } catch (error) {
    // A sheet of the user's named Dashboard is the first thing to say: it blocks the rebuild
    // even once the registers are added.
    const blocked = dashboardBlocked(await opened.gateway.read({ sheets: [] }));
    throw blocked === null ? error : new CommandError(blocked);
  }
  const outcome = await rebuildDashboard(opened.gateway, {
    today, checkedAt: checkedAtOf(run.now), onProgress: progressTo(run.io),
  });
  await finish(run, opened, outcome);
  return 0;
}

/** Who prepared and approved the pack, and its version, as given on the command line. */
function packSignature(options: ReadonlyMap<string, string>) {
  const preparedBy = options.get("--prepared-by");
  const approvedBy = options.get("--approved-by");
  const version = options.get("--version");
  return {
    ...(preparedBy === undefined ? {} : { preparedBy }),
    ...(approvedBy === undefined ? {} : { approvedBy }),
    ...(version === undefined ? {} : { version }),
  };
}

/** arm export: write the auditor pack to --out; the input is only read. */
export async function exportCommand(run: CommandRun): Promise<number> {
  const today = todayOf(run.options, run.now);
  const out = outOf(run);
  if (out === null) throw new UsageError("export needs --out PACK.xlsx, the pack to write.");
  const path = resolveFrom(run.io.cwd, run.file);
  if ((await realTarget(out)) === (await realTarget(path))) {
    throw new UsageError("--out must name a new file, not the workbook itself.");
  }
  progressTo(run.io)(`Reading ${basename(path)}`);
  const { workbook } = await readWorkbookFile(path);
  requireRegisters(run, path, workbook);
  const { plan } = await exportPack(workbook, {
    today, checkedAt: checkedAtOf(run.now), onProgress: progressTo(run.io),
    ...packSignature(run.options),
  });
  const pack = XlsxWorkbook.createEmpty(basename(out));
  const applied = await pack.apply(plan);
  for (const line of applied.skipped) say(run.io.stdout, `Not done: ${line}`);
  const written = await writeKeepingOld(out, await pack.toBuffer(), run.now);
  sayKept(run.io, written);
  say(run.io.stdout, `Wrote the auditor pack to ${written.path}.`);
  return 0;
}
