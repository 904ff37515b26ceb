/**
 * What `npm run bench` prints: the figures of each benchmark held against their targets of
 * ARCHITECTURE.md, as a table for people or as one JSON object for pipelines. Pure functions, so
 * the output can be checked with made-up figures.
 */

/** The benchmark modules, in the order they run and print. */
export const BENCHES = ["read", "check", "xlsx", "syncs", "bundle"] as const;
/** The name of one benchmark module, which is also its key in the JSON output. */
export type BenchName = (typeof BENCHES)[number];

/** The commands and row counts whose context.sync() calls the syncs benchmark counts. */
export const SYNC_COMMANDS = ["create", "upgrade", "check", "fix", "dashboard"] as const;
/** The numbers of risks at which the syncs benchmark counts them. */
export const SYNC_ROWS = [100, 1000, 10000] as const;

/** How one benchmark ended: its figures, absent (module not built yet), or an error. */
export type Outcome =
  | { readonly status: "done"; readonly figures: unknown; readonly seconds: number }
  | { readonly status: "missing" }
  | { readonly status: "failed"; readonly error: string };

/** How each benchmark that was asked for ended. */
export type Outcomes = Partial<Record<BenchName, Outcome>>;

/** A figure's target: the test it must pass and the words that show it. */
export interface Target {
  readonly text: string;
  readonly met: (value: number) => boolean;
}

const atMost = (limit: number): Target => ({ text: `<= ${limit}`, met: (v) => v <= limit });

/** The figures that have a target, by dotted key, and the benchmark that reports each. */
export const TARGETS: ReadonlyMap<string, Target> = new Map([
  ["read.ratio", atMost(3)],
  ["check.ratio", atMost(5)],
  ["xlsx.checkOverLoad", atMost(1.15)],
  ...SYNC_COMMANDS.flatMap((command) =>
    SYNC_ROWS.map((rows): [string, Target] => [`syncs.${command}.${rows}`, atMost(2)]),
  ),
  ["bundle.initialGzipKB", atMost(200)],
]);

/** One line of the table: a figure, its value (or why there is none) and its verdict. */
export interface Line {
  readonly figure: string;
  /** The value as printed, or what happened instead ("not available", "failed: ..."). */
  readonly value: string;
  readonly target: string;
  /** true met, false missed or absent, null where there is nothing to hold it against. */
  readonly ok: boolean | null;
}

/** The numeric leaves of a benchmark's figures, by dotted key under the benchmark's name. */
export function flatten(prefix: string, figures: unknown): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (key: string, value: unknown) => {
    if (typeof value === "number") found.set(key, value);
    else if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(`${key}.${k}`, v);
    }
  };
  walk(prefix, figures);
  return found;
}

/** A number as a person reads it: whole numbers as they are, others to two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** The table's lines: every target of a benchmark that ran, then the figures it adds. */
export function linesOf(outcomes: Outcomes): Line[] {
  const lines: Line[] = [];
  for (const bench of BENCHES) {
    const outcome = outcomes[bench];
    if (!outcome) continue;
    if (outcome.status === "missing") {
      lines.push({ figure: bench, value: "not available", target: "", ok: null });
      continue;
    }
    if (outcome.status === "failed") {
      lines.push({ figure: bench, value: `failed: ${outcome.error}`, target: "", ok: false });
      continue;
    }
    const values = flatten(bench, outcome.figures);
    for (const [figure, target] of TARGETS) {
      if (!figure.startsWith(`${bench}.`)) continue;
      const value = values.get(figure);
      lines.push(
        value === undefined
          ? { figure, value: "not reported", target: target.text, ok: false }
          : { figure, value: formatNumber(value), target: target.text, ok: target.met(value) },
      );
    }
    for (const [figure, value] of values) {
      if (!TARGETS.has(figure)) {
        lines.push({ figure, value: formatNumber(value), target: "(reported)", ok: null });
      }
    }
  }
  return lines;
}

const verdict = (ok: boolean | null) => (ok === null ? "" : ok ? "yes" : "NO");

/** The lines as an aligned plain-text table with a header row. */
export function formatTable(lines: readonly Line[]): string {
  const rows = [
    ["Figure", "Value", "Target", "OK"],
    ...lines.map((l) => [l.figure, l.value, l.target, verdict(l.ok)]),
  ];
  // A failure's message does not widen the Value column for every other line.
  const aligned = [rows[0], ...rows.slice(1).filter((_, i) => lines[i].target !== "")];
  const widths = [
    Math.max(...rows.map((r) => r[0].length)),
    Math.max(...aligned.map((r) => r[1].length)),
    Math.max(...aligned.map((r) => r[2].length)),
  ];
  return rows
    .map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join("  ").trimEnd())
    .join("\n");
}

/** How many figures missed their target, and how many benchmarks failed or were absent. */
export function summaryOf(lines: readonly Line[], outcomes: Outcomes): string {
  const missed = lines.filter((l) => l.ok === false && l.target !== "").length;
  const failed = BENCHES.filter((b) => outcomes[b]?.status === "failed").length;
  const missing = BENCHES.filter((b) => outcomes[b]?.status === "missing").length;
  const met = lines.filter((l) => l.ok === true).length;
  const figures = (n: number) => (n === 1 ? "1 figure" : `${n} figures`);
  const benches = (n: number) => (n === 1 ? "1 benchmark" : `${n} benchmarks`);
  return (
    `${figures(met)} met the target, ${figures(missed)} missed it; ` +
    `${benches(failed)} failed, ${benches(missing)} not available.`
  );
}

/** The figures of the benchmarks that ran, as one JSON object keyed by benchmark. */
export function toJson(outcomes: Outcomes): string {
  const figures: Record<string, unknown> = {};
  for (const bench of BENCHES) {
    const outcome = outcomes[bench];
    if (outcome?.status === "done") figures[bench] = outcome.figures;
  }
  return JSON.stringify(figures);
}
