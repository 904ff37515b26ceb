/**
 * What a workbook reads as after a plan is applied, computed without Excel: the cells and
 * tables an executor would leave, read back as an executor reads them. Create/upgrade uses it to
 * build the Dashboard of the workbook it is about to make, in the same single write; tests use
 * it as a workbook double. Formats, dropdowns and charts are not modelled: reading ignores them.
 */
import { a1, parseA1, parseRange } from "../model/address";
import type { CellValue } from "../model/finding";
import type { RawCell, RawSheet, RawWorkbook } from "../model/grid";
import { DASHBOARD_SHEET, REGISTERS } from "../schema/sheets";
import { excelValues } from "../write";
import type { WorkbookPlan } from "./types";

interface Sheet {
  name: string;
  cells: Map<number, Map<number, CellValue>>;
  table: { name: string; address: string } | null;
}

/** A workbook as cells by sheet, row and column. */
export class SimulatedWorkbook {
  private readonly sheets: Sheet[] = [];

  /** The workbook an executor read as `raw` (unread sheets are taken as blank). */
  constructor(raw: RawWorkbook = { sheetNames: [], sheets: [] }) {
    for (const name of raw.sheetNames ?? []) {
      this.sheets.push({ name, cells: new Map(), table: null });
    }
    for (const s of raw.sheets ?? []) {
      let sheet = this.find(s.name);
      if (!sheet) {
        sheet = { name: s.name, cells: new Map(), table: null };
        this.sheets.push(sheet);
      }
      sheet.table = s.table ? { ...s.table } : null;
      const origin = s.origin ?? { row: 1, col: 0 };
      s.values.forEach((row, i) =>
        row.forEach((cell, j) => this.put(sheet, origin.row + i, origin.col + j, cell ?? null)),
      );
    }
    const dashboard = this.find(DASHBOARD_SHEET);
    if (dashboard && raw.dashboardTitle !== undefined && raw.dashboardTitle !== null) {
      this.put(dashboard, 1, 0, raw.dashboardTitle);
    }
  }

  private find(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private put(sheet: Sheet, row: number, col: number, value: CellValue): void {
    let cells = sheet.cells.get(row);
    if (value === null || value === "") {
      cells?.delete(col);
      return;
    }
    if (!cells) sheet.cells.set(row, (cells = new Map()));
    cells.set(col, value);
  }

  /**
   * Applies a plan as an executor would.
   * @throws Error when the plan creates a sheet that exists or writes to one that does not.
   */
  apply(plan: WorkbookPlan): void {
    for (const p of plan.sheets) {
      let sheet = this.find(p.name);
      if (p.create) {
        if (sheet) throw new Error(`Sheet ${p.name} exists already.`);
        sheet = { name: p.name, cells: new Map(), table: null };
        const at = p.position ?? this.sheets.length;
        this.sheets.splice(Math.min(at, this.sheets.length), 0, sheet);
      }
      if (!sheet) throw new Error(`Sheet ${p.name} does not exist.`);
      if (p.clear) {
        sheet.cells.clear();
        sheet.table = null;
      }
      for (const block of p.blocks) {
        const start = parseA1(block.address);
        block.cells.forEach((row, i) =>
          row.forEach((cell, j) => this.put(sheet, start.row + i, start.col + j, cell)),
        );
      }
      if (p.table) sheet.table = { name: p.table.name, address: p.table.range };
    }
  }

  /** The sheet names in tab order. */
  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The value of one cell as written ({formula}, {date} or a plain value); null when empty. */
  cell(sheet: string, address: string): CellValue {
    const { row, col } = parseA1(address);
    return this.find(sheet)?.cells.get(row)?.get(col) ?? null;
  }

  /** The table on a sheet, or null. */
  table(sheet: string): { name: string; address: string } | null {
    return this.find(sheet)?.table ?? null;
  }

  /** Every written cell of a sheet as "A1" -> value, for comparing whole sheets. */
  snapshot(sheet: string): Map<string, CellValue> {
    const out = new Map<string, CellValue>();
    const s = this.find(sheet);
    for (const [row, cells] of s?.cells ?? []) {
      for (const [col, value] of cells) out.set(a1(row, col), value);
    }
    return out;
  }

  private grid(sheet: Sheet, top: number, left: number, bottom: number, right: number) {
    const grid: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: CellValue[] = [];
      for (let c = left; c <= right; c++) row.push(sheet.cells.get(r)?.get(c) ?? null);
      grid.push(row);
    }
    return grid;
  }

  private rawSheet(sheet: Sheet): RawSheet {
    if (sheet.table) {
      const { start, end } = parseRange(sheet.table.address);
      const grid = this.grid(sheet, start.row, start.col, end.row, end.col);
      const values = excelValues(grid);
      return { name: sheet.name, table: { ...sheet.table }, values, origin: start };
    }
    let [top, left, bottom, right] = [Infinity, Infinity, 0, -1];
    for (const [row, cells] of sheet.cells) {
      for (const col of cells.keys()) {
        [top, left] = [Math.min(top, row), Math.min(left, col)];
        [bottom, right] = [Math.max(bottom, row), Math.max(right, col)];
      }
    }
    if (right < 0) return { name: sheet.name, table: null, values: [] };
    const values: RawCell[][] = excelValues(this.grid(sheet, top, left, bottom, right));
    return { name: sheet.name, table: null, values, origin: { row: top, col: left } };
  }

  /** The workbook as an executor reads it: every sheet name, and the register sheets. */
  read(source = "simulated.xlsx"): RawWorkbook {
    const sheets: RawSheet[] = [];
    const taken = new Set<Sheet>();
    for (const spec of REGISTERS) {
      const sheet =
        this.sheets.find((s) => s.table?.name.toLowerCase() === spec.table.toLowerCase()) ??
        this.find(spec.sheet);
      if (!sheet || taken.has(sheet)) continue;
      taken.add(sheet);
      sheets.push(this.rawSheet(sheet));
    }
    const dashboard = this.find(DASHBOARD_SHEET);
    const title = dashboard?.cells.get(1)?.get(0);
    const dashboardTitle = typeof title === "object" && title !== null ? null : title ?? null;
    return {
      sheetNames: this.sheetNames, sheets, source, ...(dashboard ? { dashboardTitle } : {}),
    };
  }
}

/** The workbook `raw` reads as once `plan` is applied. */
export function simulatePlan(raw: RawWorkbook, plan: WorkbookPlan): RawWorkbook {
  const book = new SimulatedWorkbook(raw);
  book.apply(plan);
  return book.read(raw.source);
}
