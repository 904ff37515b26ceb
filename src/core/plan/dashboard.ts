/**
 * The Dashboard of WORKBOOK.md: the first sheet, rebuilt whole on demand. Plain counts are live
 * formulas over the tables (from readiness/counts.ts), reading today from one date cell, so
 * they stay true as co-authors edit; what only the product computes (step progress, the twelve
 * answers, findings) is written as values labelled with the time of the check.
 */
import { STANDARD_NAMES } from "../catalogue";
import type { CheckResult } from "../check";
import { a1, rangeA1 } from "../model/address";
import type { CellValue } from "../model/finding";
import type { RawWorkbook } from "../model/grid";
import type { Isms } from "../model/isms";
import { MAX_SCALE, computeCounts } from "../readiness/counts";
import { ARM_STEPS } from "../readiness/progress";
import { IMPROVEMENT_STATUSES, NEEDED_BY } from "../schema/lists";
import { DASHBOARD_SHEET } from "../schema/sheets";
import { DATE_FORMAT } from "../schema/types";
import { ROWS, TODAY_CELL, type DashboardSheet } from "./dashboardLayout";
import {
  countsSection, datesSection, findingsSection, questionsSection, stepsSection,
} from "./dashboardSections";
import { neutraliseText } from "./neutralise";
import { tableNamesOf } from "./tableNames";
import { SheetGrid } from "./sheetGrid";
import type { CellBlock, ChartPlan, SheetPlan } from "./types";

export { TODAY_CELL, dashboardCountCells } from "./dashboardLayout";
export { ANSWER_WORDS } from "./dashboardSections";

/** The title the product's Dashboard carries in A1, by which it is told from a user's sheet. */
export const DASHBOARD_TITLE = "ISMS readiness dashboard";

/**
 * Why the Dashboard cannot be built in this workbook, or null when it can. A sheet named
 * Dashboard without the product's title in A1 is the user's own: rebuilding clears the sheet,
 * so it is left alone and the person is told how to make room.
 */
export function dashboardBlocked(raw: RawWorkbook): string | null {
  const existing = raw.sheetNames.find((n) => n.toLowerCase() === DASHBOARD_SHEET.toLowerCase());
  if (existing === undefined) return null;
  const title = typeof raw.dashboardTitle === "string" ? raw.dashboardTitle.trim() : "";
  if (title === DASHBOARD_TITLE) return null;
  return `The sheet ${existing} was not built by ARM ` +
    `(its A1 does not read "${DASHBOARD_TITLE}"), ` +
    "so the Dashboard was not built, to keep what that sheet holds: rename the sheet, then " +
    "rebuild the Dashboard.";
}

/** What the Dashboard is built for: today (an Excel serial) and when the check ran. */
export interface DashboardOptions {
  readonly today: number;
  /** The time of the check, as shown beside the figures only the product computes. */
  readonly checkedAt: string;
}

/** The Dashboard's cells and formats; `frozen` explains in its note that it holds values. */
function build(isms: Isms, result: CheckResult, opts: DashboardOptions, frozen: boolean) {
  const sheet: DashboardSheet = {
    grid: new SheetGrid(), styles: [], numberFormats: [], conditional: [],
  };
  const { grid, styles } = sheet;
  const at = `computed at ${opts.checkedAt}`;
  const settings = isms.settings;

  grid.set(ROWS.title, 0, DASHBOARD_TITLE);
  styles.push({ range: "A1", bold: true, fontSize: 16 });
  grid.set(ROWS.note, 0, frozen
    ? `A copy of the Dashboard as it stood at ${opts.checkedAt}: values only.`
    : "Built by the product: rebuild it rather than edit it. Counts are live formulas; the " +
      `figures marked "${at}" come from the last check.`);
  styles.push({ range: a1(ROWS.note, 0), fontColor: "#595959" });
  grid.line(ROWS.organisation, 0, ["Organisation", settings.organisation || "(not set)"]);
  grid.line(ROWS.standard, 0, ["Standard", result.standard || STANDARD_NAMES[settings.edition]]);
  grid.line(ROWS.today, 0, ["Today", { date: opts.today }]);
  grid.line(ROWS.checkedAt, 0, ["Last check", opts.checkedAt]);
  sheet.numberFormats.push({ range: TODAY_CELL, format: DATE_FORMAT });
  styles.push({ range: rangeA1(ROWS.organisation, 0, ROWS.checkedAt, 0), bold: true });

  datesSection(sheet, isms, opts.today);
  stepsSection(sheet, result, at);
  questionsSection(sheet, result, at);
  const counts = { ...computeCounts(isms, opts.today), ...(result.readiness?.counts ?? {}) };
  countsSection(sheet, counts, {
    tables: tableNamesOf(isms), frozen,
    available: (register, key) => {
      const reg = isms[register === "settings" ? "settingRows" : register];
      return reg.present && reg.table !== null && typeof reg.columns[key] === "number";
    },
  });
  findingsSection(sheet, result, at);
  return sheet;
}

/**
 * The block with its text made inert: the organisation's name and the reasons carry text typed
 * in the registers, which Excel would run as a formula if it began with "=" (formulas are
 * objects, so they are untouched).
 */
function inert(block: CellBlock): CellBlock {
  const safe = (cell: CellValue) => (typeof cell === "string" ? neutraliseText(cell) : cell);
  return { ...block, cells: block.cells.map((row) => row.map(safe)) };
}

/** The native charts the Office.js executor draws beside the figures (the file writer cannot). */
function charts(): ChartPlan[] {
  const size = { widthCells: 8, heightCells: 14 };
  return [
    {
      name: "ArmReadinessByStep", type: "barClustered", title: "Readiness by ARM step",
      source: rangeA1(ROWS.stepsHead, 0, ROWS.steps + ARM_STEPS.length - 1, 1),
      seriesBy: "columns", anchor: "H3", ...size,
    },
    {
      name: "ArmRiskHeatMap", type: "columnStacked",
      title: "Inherent risks by likelihood and impact",
      source: rangeA1(ROWS.inherentHead, 0, ROWS.inherent + MAX_SCALE - 1, MAX_SCALE),
      seriesBy: "columns", anchor: "H19", ...size,
    },
    {
      name: "ArmSoaStatus", type: "pie", title: "SoA status",
      source: rangeA1(ROWS.soa + 2, 0, ROWS.soa + 5, 1), seriesBy: "columns", anchor: "H35",
      ...size,
    },
    {
      name: "ArmImprovementsByNeededBy", type: "columnStacked", title: "Improvements by Needed by",
      source: rangeA1(ROWS.improvementsHead, 0, ROWS.improvements + NEEDED_BY.length - 1,
        IMPROVEMENT_STATUSES.length),
      seriesBy: "columns", anchor: "H51", ...size,
    },
  ];
}

const WIDTHS = [
  { column: "A", width: 52 }, { column: "B", width: 14 }, { column: "C", width: 14 },
  { column: "D", width: 14 }, { column: "E", width: 14 }, { column: "F", width: 14 },
];

const PRINT = { landscape: true, fitToWidth: true } as const;

/**
 * The Dashboard sheet: first in the workbook, cleared and rebuilt, counts as live formulas over
 * the tables, the product's own figures as values labelled with the time of the check.
 */
export function dashboardPlan(isms: Isms, result: CheckResult, opts: DashboardOptions): SheetPlan {
  const { grid, styles, numberFormats, conditional } = build(isms, result, opts, false);
  const existing = (isms.sheetNames ?? []).find(
    (n) => n.toLowerCase() === DASHBOARD_SHEET.toLowerCase(),
  );
  const exists = existing !== undefined;
  return {
    name: existing ?? DASHBOARD_SHEET, create: !exists, ...(exists ? {} : { position: 0 }),
    clear: true, tabColor: "#2E75B6", blocks: [inert(grid.block(false))], widths: WIDTHS,
    numberFormats, conditionalFormats: conditional, styles, charts: charts(), print: PRINT,
  };
}

/** The Dashboard frozen as values, for the auditor pack: no formula, no chart. */
export function frozenDashboard(
  isms: Isms, result: CheckResult, opts: DashboardOptions, position: number,
): SheetPlan {
  const { grid, styles, numberFormats, conditional } = build(isms, result, opts, true);
  return {
    name: DASHBOARD_SHEET, create: true, position, blocks: [inert(grid.block(true))],
    widths: WIDTHS, numberFormats, conditionalFormats: conditional, styles, print: PRINT,
  };
}
