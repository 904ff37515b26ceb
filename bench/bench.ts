/**
 * `npm run bench`: runs each benchmark module beside this file (read, check, xlsx, syncs,
 * bundle) and prints its figures against the targets of ARCHITECTURE.md.
 *
 *   npm run bench                  a table on stdout
 *   npm run bench -- --json        one JSON object on stdout, for pipelines
 *   npm run bench -- read syncs    only the benchmarks named
 *   npm run bench -- --strict      also exit 1 when a figure misses its target
 *
 * Progress goes to stderr. A module not built yet is reported as not available; a module that
 * fails (on load or while running) is reported with its error and makes the exit status 1.
 */
import {
  BENCHES, linesOf, formatTable, summaryOf, toJson, type BenchName, type Outcomes,
} from "./format";

/** What a benchmark module exports: run() gives its figures, at once or as a promise. */
export interface BenchModule {
  run(): unknown;
}

/** Loads a benchmark module by name; null when there is no such module. */
export type Loader = (name: BenchName) => BenchModule | null;

/** Where the runner writes: results to `out`, progress and errors to `err`. */
export interface BenchIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The module `./name` beside this file, or null when it does not exist. A module that exists
 * but fails to load (its own code or a dependency throws) is not hidden: the error is thrown.
 */
export function loadSibling(name: string): BenchModule | null {
  let path: string;
  try {
    path = require.resolve(`./${name}`);
  } catch {
    return null;
  }
  // A dynamic require, so a benchmark that is not written yet does not stop the build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as BenchModule;
}

/** The first line of an error's message: the table has one line per benchmark. */
const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0];

/** Runs the named benchmarks one after the other (so they do not disturb each other's timing). */
export async function runBenches(
  names: readonly BenchName[], load: Loader, err: (text: string) => void,
): Promise<Outcomes> {
  const outcomes: Outcomes = {};
  for (const name of names) {
    const started = Date.now();
    try {
      const bench = load(name);
      if (!bench) {
        err(`bench: ${name}: not available (no module ./${name})\n`);
        outcomes[name] = { status: "missing" };
        continue;
      }
      if (typeof bench.run !== "function") throw new Error(`./${name} exports no run()`);
      err(`bench: ${name}: running...\n`);
      const figures = await bench.run();
      const seconds = (Date.now() - started) / 1000;
      err(`bench: ${name}: done in ${seconds.toFixed(1)} s\n`);
      outcomes[name] = { status: "done", figures, seconds };
    } catch (error) {
      err(`bench: ${name}: failed\n${error instanceof Error ? error.stack : String(error)}\n`);
      outcomes[name] = { status: "failed", error: messageOf(error) };
    }
  }
  return outcomes;
}

/**
 * The process's streams for the runner. Whatever a benchmark prints itself is sent to stderr,
 * so that stdout holds the table or the one JSON object and nothing else.
 */
function processIo(): BenchIo {
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = stderr as typeof process.stdout.write;
  return { out: (text) => stdout(text), err: (text) => stderr(text) };
}

const USAGE =
  `usage: npm run bench -- [--json] [--strict] [${BENCHES.join("|")} ...]\n`;

/** The runner: parses arguments, runs, prints; resolves to the exit status. */
export async function main(args: readonly string[], load: Loader, io: BenchIo): Promise<number> {
  const json = args.includes("--json");
  const strict = args.includes("--strict");
  const unknown = args.filter(
    (a) => a !== "--json" && a !== "--strict" && !(BENCHES as readonly string[]).includes(a),
  );
  if (unknown.length > 0) {
    io.err(`bench: unknown argument ${unknown.join(", ")}\n${USAGE}`);
    return 2;
  }
  const named = BENCHES.filter((b) => args.includes(b));

  const outcomes = await runBenches(named.length > 0 ? named : BENCHES, load, io.err);
  const lines = linesOf(outcomes);

  if (json) io.out(`${toJson(outcomes)}\n`);
  else io.out(`${formatTable(lines)}\n\n${summaryOf(lines, outcomes)}\n`);
  const failed = Object.values(outcomes).some((o) => o?.status === "failed");
  const missed = lines.some((l) => l.ok === false);
  return failed || (strict && missed) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2), loadSibling, processIo()).then(
    (status) => (process.exitCode = status),
    (error: unknown) => {
      process.stderr.write(`bench: ${messageOf(error)}\n`);
      process.exitCode = 1;
    },
  );
}
