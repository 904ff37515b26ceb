/**
 * The auditor pack of WORKBOOK.md: a new workbook for the certification body with a cover
 * sheet, the Statement of Applicability, the risks as a treatment plan, the improvements and the
 * Dashboard frozen as values. Values only, print-ready, and no cell a spreadsheet could run.
 * Where a cell could not be read, the pack shows what was typed there, never a blank.
 */
import type { CheckResult } from "../check";
import { STANDARD_NAMES } from "../catalogue";
import { a1, columnLetter, parseA1, rangeA1 } from "../model/address";
import type { CellValue } from "../model/finding";
import type { RawWorkbook } from "../model/grid";
import type { Isms, Register } from "../model/isms";
import { cellKey, unreadableCells } from "../read/report";
import { inherentScoreOf, residualScoreOf } from "../readiness/scores";
import type { ColumnSpec, SheetSpec } from "../schema/types";
import { DATE_FORMAT } from "../schema/types";
import { IMPROVEMENTS_SHEET, RISKS_SHEET, SOA_SHEET } from "../schema/sheets";
import { cellOf } from "../write";
import { frozenDashboard } from "./dashboard";
import { neutraliseCell } from "./neutralise";
import type { NumberFormat, PrintSetup, SheetPlan, WorkbookPlan } from "./types";

/** What the pack is made for, besides the workbook and its check. */
export interface PackOptions {
  /** Today as an Excel serial day: the pack's date. */
  readonly today: number;
  readonly preparedBy?: string;
  readonly approvedBy?: string;
  /** The pack's version as the organisation numbers it; "1.0" when not given. */
  readonly version?: string;
  /** When the check ran, shown on the frozen Dashboard; the pack's date when not given. */
  readonly checkedAt?: string;
}

/** The sheets of the pack, in order. */
export const PACK_SHEETS = ["Cover", "SoA", "Risk treatment plan", "Improvements", "Dashboard"];

const PRINT: PrintSetup = { landscape: true, fitToWidth: true, repeatRows: "$1:$1" };
const HEADER_FILL = "#1F4E78";

/** The risk columns of the treatment plan, in the order an auditor reads them. */
const TREATMENT_PLAN = [
  "id", "risk", "assets", "owner", "likelihood", "impact", "score", "treatment", "controls",
  "residualLikelihood", "residualImpact", "residualScore", "acceptedBy", "acceptedOn", "status",
  "lastReviewed", "notes",
];

/**
 * What the user typed in a cell the reader could not read ("last spring" in a date column), as
 * text: the pack shows it rather than a blank, so the auditor sees what the workbook holds.
 */
type TypedText = (sheet: string, address: string) => string | null;

/** The typed text of each cell the reader reported as unreadable, from the raw grids. */
function unreadableText(isms: Isms, raw: RawWorkbook | undefined): TypedText {
  const reported = unreadableCells(isms.findings);
  return (sheet, address) => {
    if (!raw || !reported.has(cellKey(sheet, address))) return null;
    const grid = raw.sheets.find((g) => g.name === sheet);
    if (!grid) return null;
    const { row, col } = parseA1(address);
    const origin = grid.origin ?? { row: 1, col: 0 };
    const cell = grid.values[row - origin.row]?.[col - origin.col];
    return cell === null || cell === undefined || cell === "" ? null : String(cell);
  };
}

/** A register laid out as values: a header row and one row per typed row, dates as {date}. */
function valueGrid(
  reg: Register<object>,
  columns: readonly ColumnSpec[],
  typed: TypedText,
  computed: (column: ColumnSpec, row: object) => CellValue = () => null,
): CellValue[][] {
  const grid: CellValue[][] = [columns.map((c) => c.header)];
  for (const row of reg.rows) {
    grid.push(columns.map((c) => {
      const value = (row as Record<string, unknown>)[c.key];
      const col = reg.columns[c.key];
      const sheetRow = (row as { row?: unknown }).row;
      const text = typeof col === "number" && typeof sheetRow === "number"
        ? typed(reg.sheet, a1(sheetRow, col)) : null;
      if (text !== null) return text;
      return c.type === "formula" ? computed(c, row) : cellOf(c, value);
    }));
  }
  return grid.map((r) => r.map(neutraliseCell));
}

/** A sheet of the pack holding one grid from A1, its header row styled and repeated. */
function gridSheet(
  name: string, position: number, columns: readonly ColumnSpec[], grid: CellValue[][],
): SheetPlan {
  const numberFormats: NumberFormat[] = [];
  const last = Math.max(2, grid.length);
  columns.forEach((c, j) => {
    const range = rangeA1(2, j, last, j);
    if (c.numberFormat) numberFormats.push({ range, format: c.numberFormat });
  });
  return {
    name, create: true, position, blocks: [{ address: "A1", cells: grid }],
    widths: columns.map((c, j) => ({ column: columnLetter(j), width: c.width })),
    numberFormats, freezeRows: 1, print: PRINT,
    styles: [
      {
        range: rangeA1(1, 0, 1, columns.length - 1), bold: true, fill: HEADER_FILL,
        fontColor: "#FFFFFF", wrap: true,
      },
      { range: rangeA1(2, 0, last, columns.length - 1), wrap: true },
    ],
  };
}

function columnsOf(spec: SheetSpec, keys?: readonly string[]): ColumnSpec[] {
  if (!keys) return [...spec.columns];
  return keys
    .map((k) => spec.columns.find((c) => c.key === k))
    .filter((c): c is ColumnSpec => c !== undefined);
}

function cover(isms: Isms, result: CheckResult, opts: PackOptions, typed: TypedText): SheetPlan {
  const s = isms.settings;
  const date = (n: number | null, key: "goLive" | "stage1" | "stage2"): CellValue => {
    if (typeof n === "number" && Number.isFinite(n)) return { date: n };
    const address = s.cells?.[key];
    const text = address ? typed(isms.settingRows.sheet, address) : null;
    return text !== null ? `${text} (not a date)` : "Not set";
  };
  const rows: [string, CellValue][] = [
    ["Organisation", s.organisation || "(not set)"],
    ["ISMS scope", s.scope || "(not set)"],
    ["Standard", result.standard || STANDARD_NAMES[s.edition]],
    ["Version", opts.version ?? "1.0"],
    ["Date", { date: opts.today }],
    ["Prepared by", opts.preparedBy ?? ""],
    ["Approved by", opts.approvedBy ?? ""],
    ["Certification body", s.certificationBody],
    ["Go-live date", date(s.goLive, "goLive")],
    ["Stage 1 audit date", date(s.stage1, "stage1")],
    ["Stage 2 audit date", date(s.stage2, "stage2")],
  ];
  const contents = PACK_SHEETS.slice(1).map((n) => ["", n] as CellValue[]);
  const cells: CellValue[][] = [
    ["Information security management system: auditor pack", null],
    [null, null],
    ...rows.map(([k, v]) => [k, v]),
    [null, null],
    ["Contents", null],
    ...contents,
  ].map((r) => r.map(neutraliseCell));
  return {
    name: "Cover", create: true, position: 0, blocks: [{ address: "A1", cells }],
    widths: [{ column: "A", width: 24 }, { column: "B", width: 90 }],
    numberFormats: [{ range: rangeA1(3, 1, 2 + rows.length, 1), format: DATE_FORMAT }],
    styles: [
      { range: "A1", bold: true, fontSize: 16 },
      { range: rangeA1(3, 0, 2 + rows.length, 0), bold: true },
      { range: rangeA1(3, 1, 2 + rows.length, 1), wrap: true, horizontal: "left" },
      { range: rangeA1(4 + rows.length, 0, 4 + rows.length, 0), bold: true },
    ],
    print: { landscape: true, fitToWidth: true },
  };
}

/**
 * The plan of the auditor pack, for a new, empty workbook: every sheet created in order, values
 * only, text that looks like a formula neutralised (see neutralise.ts).
 */
export function packPlan(
  isms: Isms, result: CheckResult, opts: PackOptions, raw?: RawWorkbook,
): WorkbookPlan {
  const typed = unreadableText(isms, raw);
  const soaColumns = columnsOf(SOA_SHEET);
  const riskColumns = columnsOf(RISKS_SHEET, TREATMENT_PLAN);
  const improvementColumns = columnsOf(IMPROVEMENTS_SHEET);
  const score = (c: ColumnSpec, row: object): CellValue => {
    const risk = row as Parameters<typeof inherentScoreOf>[0];
    return (c.key === "score" ? inherentScoreOf(risk) : residualScoreOf(risk)) ?? null;
  };
  const checkedAt = opts.checkedAt ?? result.today;
  const dashboard = frozenDashboard(isms, result, { today: opts.today, checkedAt }, 4);
  const frozen: SheetPlan = {
    ...dashboard,
    blocks: dashboard.blocks.map((b) => ({
      ...b, cells: b.cells.map((r) => r.map(neutraliseCell)),
    })),
  };
  return {
    sheets: [
      cover(isms, result, opts, typed),
      gridSheet("SoA", 1, soaColumns, valueGrid(isms.soa, soaColumns, typed)),
      gridSheet("Risk treatment plan", 2, riskColumns,
        valueGrid(isms.risks, riskColumns, typed, score)),
      gridSheet("Improvements", 3, improvementColumns,
        valueGrid(isms.improvements, improvementColumns, typed)),
      frozen,
    ],
    activate: "Cover",
  };
}
