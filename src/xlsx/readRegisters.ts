/**
 * Reads the register sheets of a workbook as the raw grids the core expects. Which sheets are
 * registers is settled from sheet names and table definitions alone, so the same choice serves
 * the full ExcelJS model and the streaming read that `arm validate` uses.
 */
import type { Row, Workbook, Worksheet } from "exceljs";
import type { ReadRequest } from "../core/gateway";
import type { RawCell, RawSheet, RawWorkbook } from "../core/model/grid";
import { parseRange } from "../core/model/address";
import { DASHBOARD_SHEET, REGISTERS } from "../core/schema/sheets";
import { rawOf } from "./cellValue";
import { tablesOf, type TableModel } from "./tables";

const REGISTER_TABLES = new Set(REGISTERS.map((spec) => spec.table.toLowerCase()));

/** A sheet as far as choosing registers goes: its name and its tables. */
export interface SheetOutline {
  readonly name: string;
  readonly tables: readonly TableModel[];
}

/** A register to read: the sheet (by index among the outlines) and its table, if any. */
export interface RegisterTarget {
  readonly index: number;
  readonly table: TableModel | null;
}

/** The rows of a sheet, found by 1-based number. */
export interface RowSource {
  findRow(r: number): Row | undefined;
  /** The last row number that may hold anything. */
  readonly rowCount: number;
}

/** Where a register lives: the sheet holding its table, else the sheet bearing its name. */
function locate(sheets: readonly SheetOutline[], table: string, sheet: string) {
  const wantedTable = table.toLowerCase();
  for (let i = 0; i < sheets.length; i++) {
    const found = sheets[i].tables.find((t) => t.name.toLowerCase() === wantedTable);
    if (found) return { index: i, table: found };
  }
  const wantedSheet = sheet.toLowerCase();
  const index = sheets.findIndex((s) => s.name.toLowerCase() === wantedSheet);
  if (index < 0) return null;
  // A renamed table on the register's own sheet is still the register.
  const other = sheets[index].tables.find((t) => !REGISTER_TABLES.has(t.name.toLowerCase()));
  return { index, table: other ?? null };
}

/** The registers to read, in schema order, each sheet and table once. */
export function registerTargets(
  sheets: readonly SheetOutline[],
  request?: ReadRequest,
): RegisterTarget[] {
  const wanted = request?.sheets?.map((s) => s.toLowerCase());
  const targets: RegisterTarget[] = [];
  for (const spec of REGISTERS) {
    const found = locate(sheets, spec.table, spec.sheet);
    if (!found) continue;
    const names = [spec.sheet.toLowerCase(), sheets[found.index].name.toLowerCase()];
    if (wanted && !names.some((n) => wanted.includes(n))) continue;
    if (targets.some((t) => t.index === found.index && t.table === found.table)) continue;
    targets.push(found);
  }
  return targets;
}

/** The cells of rows top..bottom and columns left..right (1-based), padded with null. */
function readBlock(rows: RowSource, top: number, bottom: number, left: number, right: number) {
  const grid: RawCell[][] = [];
  const width = right - left + 1;
  for (let r = top; r <= bottom; r++) {
    const line: RawCell[] = [];
    const row = rows.findRow(r);
    if (row === undefined) {
      for (let c = 0; c < width; c++) line.push(null);
    } else {
      for (let c = 0; c < width; c++) line.push(rawOf(row.findCell(left + c)));
    }
    grid.push(line);
  }
  return grid;
}

/** The sheet's used range from A1, one ragged line per row, trailing blank rows dropped. */
function readUsedRange(rows: RowSource): RawCell[][] {
  const grid: RawCell[][] = [];
  let lastFilled = 0;
  for (let r = 1; r <= rows.rowCount; r++) {
    const row = rows.findRow(r);
    const line: RawCell[] = [];
    if (row !== undefined) {
      const width = row.cellCount;
      for (let c = 1; c <= width; c++) {
        const value = rawOf(row.findCell(c));
        line.push(value);
        if (value !== null && value !== "") lastFilled = r;
      }
    }
    grid.push(line);
  }
  grid.length = lastFilled;
  return grid;
}

/** A register's grid: its table's header row and body (no totals row), or the used range. */
export function readTarget(
  name: string,
  table: TableModel | null,
  rows: RowSource,
  around = false,
): RawSheet {
  if (!table) return { name, table: null, values: readUsedRange(rows) };
  const { start, end } = parseRange(table.tableRef);
  const bottom = Math.max(table.totalsRow ? end.row - 1 : end.row, start.row);
  const sheet: RawSheet = {
    name,
    table: { name: table.name, address: table.tableRef },
    values: readBlock(rows, start.row, bottom, start.col + 1, end.col + 1),
    origin: { row: start.row, col: start.col },
  };
  return around ? { ...sheet, around: { origin: { row: 1, col: 0 }, values: readUsedRange(rows) } }
    : sheet;
}

/** Reads every register sheet (or those requested) and every sheet name, in tab order. */
export function readRegisters(wb: Workbook, request?: ReadRequest, source?: string): RawWorkbook {
  const worksheets: Worksheet[] = wb.worksheets;
  const outlines = worksheets.map((ws) => ({ name: ws.name, tables: tablesOf(ws) }));
  const sheets = registerTargets(outlines, request).map((t) => {
    const ws = worksheets[t.index];
    return readTarget(ws.name, t.table, ws, request?.around === true);
  });
  const dashboard = worksheets.find((ws) => ws.name.toLowerCase() === DASHBOARD_KEY);
  return {
    sheetNames: outlines.map((o) => o.name), sheets, source,
    ...(dashboard ? { dashboardTitle: rawOf(dashboard.getCell("A1")) ?? null } : {}),
  };
}

const DASHBOARD_KEY = DASHBOARD_SHEET.toLowerCase();
