/**
 * Where everything stands on the Dashboard: fixed rows, so that charts, tests and the LibreOffice
 * comparison can name the cell of each count, and the shared look of its sections.
 */
import { a1, rangeA1 } from "../model/address";
import { MAX_SCALE } from "../readiness/counts";
import { IMPROVEMENT_STATUSES, NEEDED_BY } from "../schema/lists";
import type { SheetGrid } from "./sheetGrid";
import type { ConditionalFormat, NumberFormat, StylePlan } from "./types";

/** The cell holding today's date: every count formula that depends on today reads it. */
export const TODAY_CELL = "B6";

/** Row numbers of the Dashboard's sections. */
export const ROWS = {
  title: 1, note: 2, organisation: 4, standard: 5, today: 6, checkedAt: 7,
  datesTitle: 9, datesHead: 10, goLive: 11, stage1: 12, stage2: 13, goLiveCheck: 14,
  evidenceCheck: 15,
  stepsTitle: 17, stepsHead: 18, steps: 19,
  questionsTitle: 26, questionsHead: 27, questions: 28,
  inherentHead: 42, inherent: 43,
  residualHead: 50, residual: 51,
  soaTitle: 57, soa: 58,
  improvementsTitle: 66, improvementsHead: 67, improvements: 68, overdue: 71,
  findingsTitle: 73, findings: 74,
  thresholdsTitle: 78, thresholds: 79,
} as const;

/** The SoA counts, in the order of their rows. */
export const SOA_KEYS = [
  "soa.applicable", "soa.excluded", "soa.implemented", "soa.partiallyImplemented", "soa.planned",
  "soa.notStarted", "soa.missingJustification",
];

function countCellMap(): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const kind of ["inherent", "residual"] as const) {
    const top = kind === "inherent" ? ROWS.inherent : ROWS.residual;
    for (let l = 1; l <= MAX_SCALE; l++) {
      for (let i = 1; i <= MAX_SCALE; i++) {
        cells[`heatmap.${kind}.${l}.${i}`] = a1(top + (MAX_SCALE - l), i);
      }
    }
  }
  SOA_KEYS.forEach((key, k) => (cells[key] = a1(ROWS.soa + k, 1)));
  NEEDED_BY.forEach((n, r) =>
    IMPROVEMENT_STATUSES.forEach((s, c) => {
      cells[`improvements.${n}.${s}`] = a1(ROWS.improvements + r, 1 + c);
    }),
  );
  cells["improvements.overdue"] = a1(ROWS.overdue, 1);
  return cells;
}

const COUNT_CELLS: Readonly<Record<string, string>> = Object.freeze(countCellMap());

/** For each count key of readiness.counts, the Dashboard cell that holds its live formula. */
export function dashboardCountCells(): Readonly<Record<string, string>> {
  return COUNT_CELLS;
}

/** "$B$6" for "B6": a reference that stays put if the formula is copied. */
export function absolute(cell: string): string {
  return cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** The Dashboard being built: its cells and the formats that go with them. */
export interface DashboardSheet {
  readonly grid: SheetGrid;
  readonly styles: StylePlan[];
  readonly numberFormats: NumberFormat[];
  readonly conditional: ConditionalFormat[];
}

const SECTION_FILL = "#DDEBF7";

/** A section's title row, shaded across the Dashboard's columns. */
export function section(sheet: DashboardSheet, row: number, title: string): void {
  sheet.grid.set(row, 0, title);
  sheet.styles.push({ range: rangeA1(row, 0, row, 5), bold: true, fill: SECTION_FILL });
}

/** A row of column headings in bold. */
export function header(sheet: DashboardSheet, row: number, cells: readonly string[]): void {
  sheet.grid.line(row, 0, cells);
  sheet.styles.push({ range: rangeA1(row, 0, row, cells.length - 1), bold: true });
}

const ANSWER_COLOURS: readonly [string, { fill: string; font: string }][] = [
  ["Yes", { fill: "#C6EFCE", font: "#006100" }],
  ["Partly", { fill: "#FFEB9C", font: "#9C5700" }],
  ["No", { fill: "#FFC7CE", font: "#9C0006" }],
  ["Not yet", { fill: "#EDEDED", font: "#404040" }],
  ["Not set", { fill: "#EDEDED", font: "#404040" }],
];

/** Green, amber, red and grey fills for the answer words in a range. */
export function answerFormats(range: string): ConditionalFormat[] {
  return ANSWER_COLOURS.map(([text, c]) => ({
    kind: "textEquals", range, text, fill: c.fill, font: c.font,
  }));
}
