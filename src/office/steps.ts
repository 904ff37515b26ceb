/**
 * A workbook plan as the Office.js requests that carry it out, in the order they must run:
 * first every lookup of an existing sheet or table (so a sheet a co-author renamed or deleted
 * fails the write before anything changes), then new sheets, then each sheet's constants,
 * formats, dropdowns, conditional formats, charts and print setup, then the tables, then the
 * formulas (the Dashboard's last), then the sheet to show. Formulas wait for the tables because
 * Excel refuses a structured reference (Risks[Status]) to a table or column not there yet.
 * Each step knows its payload size, and blocks of cells can be cut into bands of whole rows.
 */
import { parseRange, rangeA1 } from "../core/model/address";
import type {
  ChartPlan, ConditionalFormat, SheetPlan, StylePlan, TablePlan, WorkbookPlan,
} from "../core/plan/types";
import { DASHBOARD_SHEET } from "../core/schema/sheets";
import { blockSteps } from "./blocks";
import { sheetOf, type Handles } from "./handles";
import { jsonBytes } from "./payload";
import type { ReadMemo } from "./read";

/** A request group that goes whole into one sync. */
export interface Step {
  readonly kind: "step";
  readonly bytes: number;
  /** The line saying what the step did, for the steps a person would want to hear of. */
  readonly done?: string;
  /** What the step does, to say where a write stopped ("creating the table Risks ..."). */
  readonly what: string;
  queue(h: Handles): void;
}

/** A block of cells, written in bands of whole rows when it does not fit one sync. */
export interface BlockStep {
  readonly kind: "block";
  readonly sheet: string;
  /** Payload bytes of each row (its values, formats and share of the request). */
  readonly rowBytes: readonly number[];
  readonly columns: number;
  /** Payload bytes each band adds besides its rows (the formulas it copies down). */
  readonly bandBytes: number;
  /** Queues rows from..to (0-based, inclusive): the line saying what it wrote, and how. */
  queueRows(h: Handles, from: number, to: number): { done: string; what: string };
}

export type AnyStep = Step | BlockStep;
export type { Handles } from "./handles";

/** Small requests carry names and options besides their values; this covers them. */
const REQUEST_OVERHEAD = 96;

/** A step; one without `what` is named after its sheet by sheetSteps. */
function step(bytes: unknown, queue: (h: Handles) => void, done?: string, what = ""): Step {
  return { kind: "step", bytes: jsonBytes(bytes) + REQUEST_OVERHEAD, queue, done, what };
}

/** Width in points of a column `chars` characters wide (7 px a character plus padding). */
export function pointsOfWidth(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Rows and columns of an A1 range. */
function sizeOf(range: string): { rows: number; cols: number } {
  const { start, end } = parseRange(range);
  return { rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

function conditionalStep(sheet: string, cf: ConditionalFormat): Step {
  return step(cf, (h) => {
    const range = sheetOf(h, sheet).getRange(cf.range);
    if (cf.kind === "dataBar") {
      const format = range.conditionalFormats.add("DataBar");
      format.dataBar.positiveFormat.fillColor = cf.color;
      if (cf.bounds) {
        // Fixed bounds (0 and 1 for percentages): else the lowest value shows an empty bar.
        const [low, high] = cf.bounds;
        format.dataBar.lowerBoundRule = { type: "Number", formula: String(low) };
        format.dataBar.upperBoundRule = { type: "Number", formula: String(high) };
      }
    } else if (cf.kind === "colorScale") {
      const format = range.conditionalFormats.add("ColorScale");
      const [low, mid, high] = cf.colors;
      format.colorScale.criteria = {
        minimum: { type: "LowestValue", color: low },
        midpoint: { formula: "50", type: "Percentile", color: mid },
        maximum: { type: "HighestValue", color: high },
      };
    } else {
      // Equality, not "contains": a cell reading "Not yet" must not turn red as "No" does.
      const format = range.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = cf.fill;
      if (cf.font) format.cellValue.format.font.color = cf.font;
      const quoted = cf.text.replace(/"/g, '""');
      format.cellValue.rule = { formula1: `="${quoted}"`, operator: "EqualTo" };
    }
  }, undefined, `adding a conditional format to ${sheet}!${cf.range}`);
}

const CHART_TYPES: Record<ChartPlan["type"], string> = {
  barClustered: "BarClustered", columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked", pie: "Pie",
};

function chartStep(sheet: string, chart: ChartPlan): Step {
  return step(chart, (h) => {
    const ws = sheetOf(h, sheet);
    const made = ws.charts.add(
      CHART_TYPES[chart.type] as Excel.ChartType,
      ws.getRange(chart.source),
      chart.seriesBy === "rows" ? "Rows" : "Columns",
    );
    made.name = chart.name;
    made.title.text = chart.title;
    const { start } = parseRange(chart.anchor);
    const end = rangeA1(start.row, start.col, start.row + chart.heightCells - 1,
      start.col + chart.widthCells - 1).split(":")[1];
    made.setPosition(chart.anchor, end);
  }, undefined, `drawing the chart ${chart.name} on ${sheet}`);
}

function styleStep(sheet: string, style: StylePlan): Step {
  return step(style, (h) => {
    const format = sheetOf(h, sheet).getRange(style.range).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.fontSize !== undefined) format.font.size = style.fontSize;
    if (style.fontColor !== undefined) format.font.color = style.fontColor;
    if (style.fill !== undefined) format.fill.color = style.fill;
    if (style.wrap !== undefined) format.wrapText = style.wrap;
    if (style.horizontal !== undefined) {
      format.horizontalAlignment = style.horizontal === "left" ? "Left"
        : style.horizontal === "center" ? "Center" : "Right";
    }
  });
}

/** Clears a sheet that is rebuilt whole: charts known from the read, cells, formats, rules. */
function clearStep(sp: SheetPlan, memo: ReadMemo | null): Step {
  const charts = memo?.charts.get(sp.name.toLowerCase()) ?? [];
  return step(charts, (h) => {
    const ws = sheetOf(h, sp.name);
    for (const name of charts) ws.charts.getItemOrNullObject(name).delete();
    const all = ws.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.clear("All");
    ws.freezePanes.unfreeze();
  }, `Cleared ${sp.name}`, `clearing the sheet ${sp.name}`);
}

/** Creates a sheet's table over its filled range, or fits an existing one to its new range. */
function tableStep(name: string, table: TablePlan): Step {
  return step(table, (h) => {
    const ws = sheetOf(h, name);
    if (table.create) {
      // A Range, not an address string: a bare address would land on the active sheet.
      const made = ws.tables.add(ws.getRange(table.range), true);
      made.name = table.name;
      made.style = table.style;
      h.tables.set(table.name.toLowerCase(), made);
    } else {
      const existing = h.tables.get(table.name.toLowerCase());
      existing?.resize(ws.getRange(table.range));
    }
  }, table.create ? `Created table ${table.name} over ${name}!${table.range}`
    : `Fitted table ${table.name} to ${name}!${table.range}`,
  table.create ? `creating the table ${table.name} over ${name}!${table.range}`
    : `fitting the table ${table.name} to ${name}!${table.range}`);
}

/** One sheet's steps in three parts, run in turn for every sheet of the plan. */
interface SheetSteps {
  /** Its constants and layout, once the sheet exists. */
  readonly content: AnyStep[];
  readonly table: Step | null;
  /** Its formulas, once every table exists. */
  readonly formulas: AnyStep[];
}

/** The steps that lay out one sheet after it exists. */
function sheetSteps(sp: SheetPlan, memo: ReadMemo | null): SheetSteps {
  const name = sp.name;
  const out: AnyStep[] = [];
  const formulas: AnyStep[] = [];
  if (sp.clear && !sp.create) out.push(clearStep(sp, memo));
  if (sp.tabColor && !sp.create) {
    out.push(step(sp.tabColor, (h) => void (sheetOf(h, name).tabColor = sp.tabColor ?? "")));
  }
  for (const block of sp.blocks) {
    const parts = blockSteps(name, block);
    if (parts.values) out.push(parts.values);
    if (parts.formulas) formulas.push(parts.formulas);
  }
  for (const w of sp.widths ?? []) {
    out.push(step(w, (h) => {
      const col = w.column.includes(":") ? w.column : `${w.column}:${w.column}`;
      sheetOf(h, name).getRange(col).format.columnWidth = pointsOfWidth(w.width);
    }));
  }
  for (const nf of sp.numberFormats ?? []) {
    const { rows, cols } = sizeOf(nf.range);
    const grid = Array.from({ length: rows }, () => new Array<string>(cols).fill(nf.format));
    out.push(step(grid, (h) => void (sheetOf(h, name).getRange(nf.range).numberFormat = grid)));
  }
  if (sp.freezeRows) {
    const rows = sp.freezeRows;
    out.push(step(rows, (h) => sheetOf(h, name).freezePanes.freezeRows(rows)));
  }
  const validations = sp.validations ?? [];
  for (const v of validations) {
    out.push(step(v, (h) => {
      const range = sheetOf(h, name).getRange(v.range);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
    }, undefined, `setting the dropdown of ${name}!${v.range}`));
  }
  if (validations.length > 0) {
    const noun = validations.length === 1 ? "dropdown" : "dropdowns";
    out.push(step(0, () => undefined, `Set ${validations.length} ${noun} on ${name}`));
  }
  const formats = sp.conditionalFormats ?? [];
  const ranges = [...new Set(formats.map((cf) => cf.range))];
  if (ranges.length > 0) {
    out.push(step(ranges, (h) => {
      const ws = sheetOf(h, name);
      for (const r of ranges) ws.getRange(r).conditionalFormats.clearAll();
    }));
  }
  for (const cf of formats) out.push(conditionalStep(name, cf));
  const charts = sp.charts ?? [];
  for (const chart of charts) out.push(chartStep(name, chart));
  if (charts.length > 0) {
    const noun = charts.length === 1 ? "chart" : "charts";
    out.push(step(0, () => undefined, `Drew ${charts.length} ${noun} on ${name}`));
  }
  const print = sp.print;
  if (print) {
    out.push(step(print, (h) => {
      const layout = sheetOf(h, name).pageLayout;
      layout.orientation = print.landscape ? "Landscape" : "Portrait";
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.repeatRows) layout.setPrintTitleRows(print.repeatRows);
    }));
  }
  for (const style of sp.styles ?? []) out.push(styleStep(name, style));
  const layout = `laying out the sheet ${name}`;
  const content = out.map((s) => (s.kind === "step" && s.what === "" ? { ...s, what: layout } : s));
  return { content, table: sp.table ? tableStep(name, sp.table) : null, formulas };
}

/** Every step of a plan, in the order they must run. */
export function planSteps(plan: WorkbookPlan, memo: ReadMemo | null): AnyStep[] {
  const lookups = plan.sheets.filter((sp) => !sp.create);
  const activate = plan.activate;
  const steps: AnyStep[] = [
    step(lookups.map((sp) => sp.name), (h) => {
      const sheets = h.context.workbook.worksheets;
      for (const sp of lookups) {
        const ws = sheets.getItem(sp.name);
        h.sheets.set(sp.name.toLowerCase(), ws);
        if (sp.table && !sp.table.create) {
          h.tables.set(sp.table.name.toLowerCase(), ws.tables.getItem(sp.table.name));
        }
      }
      const known = activate && h.sheets.has(activate.toLowerCase());
      const created = plan.sheets.some((sp) => sp.name.toLowerCase() === activate?.toLowerCase());
      if (activate && !known && !created) {
        h.sheets.set(activate.toLowerCase(), sheets.getItem(activate));
      }
    }, undefined, "looking up the sheets and tables to change"),
  ];
  for (const sp of plan.sheets.filter((s) => s.create)) {
    steps.push(step(sp.name, (h) => {
      const ws = h.context.workbook.worksheets.add(sp.name);
      if (sp.position !== undefined) ws.position = sp.position;
      if (sp.tabColor) ws.tabColor = sp.tabColor;
      h.sheets.set(sp.name.toLowerCase(), ws);
    }, `Created sheet ${sp.name}`, `adding the sheet ${sp.name}`));
  }
  const parts = plan.sheets.map((sp) => ({ sp, ...sheetSteps(sp, memo) }));
  for (const p of parts) steps.push(...p.content);
  for (const p of parts) if (p.table) steps.push(p.table);
  // The Dashboard's counts name every register table: its formulas go once all else is there.
  const dashboard = (p: (typeof parts)[number]) =>
    p.sp.name.toLowerCase() === DASHBOARD_SHEET.toLowerCase();
  for (const p of parts) if (!dashboard(p)) steps.push(...p.formulas);
  for (const p of parts) if (dashboard(p)) steps.push(...p.formulas);
  if (activate) {
    steps.push(step(activate, (h) => sheetOf(h, activate).activate(), undefined,
      `showing the sheet ${activate}`));
  }
  return steps;
}
