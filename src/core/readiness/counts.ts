/**
 * The plain counts of the Dashboard, defined once: each as the live Excel formula the Dashboard
 * writes and as the same number computed from the typed registers, so the JSON result's
 * readiness.counts and the workbook agree. Text criteria compare without regard to case, as
 * COUNTIFS does. The two can differ only where a cell holds what the reader reports as a
 * finding (an ISO text date, a number typed as text): fixing those brings them together.
 */
import type { Isms } from "../model/isms";
import { IMPROVEMENTS_SHEET, RISKS_SHEET, SOA_SHEET } from "../schema/sheets";
import { IMPROVEMENT_STATUSES, NEEDED_BY } from "../schema/lists";
import type { RegisterKey, SheetSpec } from "../schema/types";
import { isKnown } from "./thresholds";

/** A register column a count's formula names: Risks[Likelihood] is ["risks", "likelihood"]. */
export type ColumnUse = readonly [RegisterKey, string];

/** One Dashboard count: its key in readiness.counts, its label, its formula, its value. */
export interface CountDefinition {
  readonly key: string;
  readonly label: string;
  /** The table columns the formula names: it can be live only where each of them exists. */
  readonly uses: readonly ColumnUse[];
  /** The Excel formula (with its "="), over the tables; today is read from `todayCell`. */
  formula(todayCell: string): string;
  /** The same count from the typed registers. */
  compute(isms: Isms, today: number): number;
}

/** The largest risk scale: the heat map has a cell for every pair up to it. */
export const MAX_SCALE = 5;

/** A structured reference to a whole table column, e.g. Risks[Likelihood]. */
export function columnRef(spec: SheetSpec, key: string): string {
  const header = spec.columns.find((c) => c.key === key)?.header ?? key;
  return `${spec.table}[${header}]`;
}

/** True when a text equals a list value, ignoring case (as a COUNTIFS criterion does). */
function same(text: unknown, value: string): boolean {
  return typeof text === "string" && text.toLowerCase() === value.toLowerCase();
}

function countRows<T>(rows: readonly T[], test: (row: T) => boolean): number {
  let n = 0;
  for (const row of rows) if (test(row)) n++;
  return n;
}

function heatMap(kind: "inherent" | "residual"): CountDefinition[] {
  const lKey = kind === "inherent" ? "likelihood" : "residualLikelihood";
  const iKey = kind === "inherent" ? "impact" : "residualImpact";
  const out: CountDefinition[] = [];
  for (let l = 1; l <= MAX_SCALE; l++) {
    for (let i = 1; i <= MAX_SCALE; i++) {
      out.push({
        key: `heatmap.${kind}.${l}.${i}`,
        label: `Risks at ${kind} likelihood ${l} and impact ${i}`,
        uses: [["risks", lKey], ["risks", iKey]],
        formula: () =>
          `=COUNTIFS(${columnRef(RISKS_SHEET, lKey)},${l},${columnRef(RISKS_SHEET, iKey)},${i})`,
        compute: (isms) => countRows(isms.risks.rows, (r) => r[lKey] === l && r[iKey] === i),
      });
    }
  }
  return out;
}

function soaCount(
  key: string, label: string, column: "applicable" | "status", value: string,
): CountDefinition {
  return {
    key: `soa.${key}`,
    label,
    uses: [["soa", column]],
    formula: () => `=COUNTIFS(${columnRef(SOA_SHEET, column)},"${value}")`,
    compute: (isms) => countRows(isms.soa.rows, (r) => same(r[column], value)),
  };
}

const missingJustification: CountDefinition = {
  key: "soa.missingJustification",
  label: "Controls with no justification",
  uses: [["soa", "control"], ["soa", "justification"]],
  // SUMPRODUCT rather than COUNTIFS with "" and "<>": both spreadsheets agree on empty text.
  formula: () =>
    `=SUMPRODUCT((LEN(TRIM(${columnRef(SOA_SHEET, "control")}))>0)` +
    `*(LEN(TRIM(${columnRef(SOA_SHEET, "justification")}))=0))`,
  compute: (isms) =>
    countRows(isms.soa.rows, (r) => r.control !== "" && r.justification === ""),
};

function improvementCount(neededBy: string, status: string): CountDefinition {
  return {
    key: `improvements.${neededBy}.${status}`,
    label: `Improvements needed by ${neededBy}, ${status}`,
    uses: [["improvements", "neededBy"], ["improvements", "status"]],
    formula: () =>
      `=COUNTIFS(${columnRef(IMPROVEMENTS_SHEET, "neededBy")},"${neededBy}",` +
      `${columnRef(IMPROVEMENTS_SHEET, "status")},"${status}")`,
    compute: (isms) => countRows(isms.improvements.rows, (r) =>
      same(r.neededBy, neededBy) && same(r.status, status)),
  };
}

const overdue: CountDefinition = {
  key: "improvements.overdue",
  label: "Improvements overdue (not Done, target date before today)",
  uses: [["improvements", "status"], ["improvements", "targetDate"]],
  formula: (todayCell) =>
    `=COUNTIFS(${columnRef(IMPROVEMENTS_SHEET, "status")},"<>Done",` +
    `${columnRef(IMPROVEMENTS_SHEET, "targetDate")},"<"&${todayCell})`,
  compute: (isms, today) =>
    countRows(isms.improvements.rows, (r) =>
      !same(r.status, "Done") && isKnown(r.targetDate) && r.targetDate < today),
};

/** Every Dashboard count, in the order the Dashboard lays them out. */
export const COUNT_DEFINITIONS: readonly CountDefinition[] = [
  ...heatMap("inherent"),
  ...heatMap("residual"),
  soaCount("applicable", "Applicable controls", "applicable", "Yes"),
  soaCount("excluded", "Excluded controls", "applicable", "No"),
  soaCount("implemented", "Implemented", "status", "Implemented"),
  soaCount("partiallyImplemented", "Partially implemented", "status", "Partially implemented"),
  soaCount("planned", "Planned", "status", "Planned"),
  soaCount("notStarted", "Not started", "status", "Not started"),
  missingJustification,
  ...NEEDED_BY.flatMap((n) => IMPROVEMENT_STATUSES.map((s) => improvementCount(n, s))),
  overdue,
];

/** The heat-map cell (0 .. MAX_SCALE^2 - 1) of a rating pair, or -1 outside the map. */
function cellIndex(likelihood: unknown, impact: unknown): number {
  if (!Number.isInteger(likelihood) || !Number.isInteger(impact)) return -1;
  const l = likelihood as number;
  const i = impact as number;
  return l >= 1 && l <= MAX_SCALE && i >= 1 && i <= MAX_SCALE ? (l - 1) * MAX_SCALE + i - 1 : -1;
}

const SOA_STATUS_KEYS: Readonly<Record<string, string>> = {
  implemented: "soa.implemented", "partially implemented": "soa.partiallyImplemented",
  planned: "soa.planned", "not started": "soa.notStarted",
};

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : "");

/** Every count by key, computed in one pass over each register (the definitions, batched). */
export function computeCounts(isms: Isms, today: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const def of COUNT_DEFINITIONS) counts[def.key] = 0;

  const inherent = new Array<number>(MAX_SCALE * MAX_SCALE).fill(0);
  const residual = new Array<number>(MAX_SCALE * MAX_SCALE).fill(0);
  for (const r of isms.risks.rows) {
    const a = cellIndex(r.likelihood, r.impact);
    if (a >= 0) inherent[a]++;
    const b = cellIndex(r.residualLikelihood, r.residualImpact);
    if (b >= 0) residual[b]++;
  }
  for (let n = 0; n < inherent.length; n++) {
    const cell = `${Math.floor(n / MAX_SCALE) + 1}.${(n % MAX_SCALE) + 1}`;
    counts[`heatmap.inherent.${cell}`] = inherent[n];
    counts[`heatmap.residual.${cell}`] = residual[n];
  }

  for (const r of isms.soa.rows) {
    const applicable = lower(r.applicable);
    if (applicable === "yes") counts["soa.applicable"]++;
    else if (applicable === "no") counts["soa.excluded"]++;
    const status = SOA_STATUS_KEYS[lower(r.status)];
    if (status !== undefined) counts[status]++;
    if (r.control !== "" && r.justification === "") counts["soa.missingJustification"]++;
  }

  const neededBy = new Map(NEEDED_BY.map((n) => [n.toLowerCase(), n]));
  const statuses = new Map(IMPROVEMENT_STATUSES.map((s) => [s.toLowerCase(), s]));
  for (const r of isms.improvements.rows) {
    const status = lower(r.status);
    const n = neededBy.get(lower(r.neededBy));
    const s = statuses.get(status);
    if (n !== undefined && s !== undefined) counts[`improvements.${n}.${s}`]++;
    if (status !== "done" && isKnown(r.targetDate) && r.targetDate < today) {
      counts["improvements.overdue"]++;
    }
  }
  return counts;
}
