/**
 * Where a register stands in a raw workbook: its sheet, its table or used range, its header row
 * and the sheet column of each schema column found. Create/upgrade plans against this layout, so
 * columns are found by header wherever the user moved them.
 */
import { parseRange } from "../model/address";
import type { RawCell, RawSheet, RawWorkbook } from "../model/grid";
import { cellText, headerKey, isBlank } from "../read/text";
import type { SheetSpec } from "../schema/types";

/** A register's sheet as found, with the rectangle the product reads and writes. */
export interface RegisterLayout {
  readonly spec: SheetSpec;
  readonly sheet: RawSheet;
  /** 1-based sheet row of the header row. */
  readonly top: number;
  /** 0-based sheet column of the first column. */
  readonly left: number;
  /** Columns of the table (or used range). */
  readonly width: number;
  /** Last sheet row of the table (or used range); `top` when there is no body. */
  readonly bottom: number;
  /** 0-based sheet column of each schema column found, by key (the first of duplicates). */
  readonly columns: ReadonlyMap<string, number>;
  /** Header keys of the header cells, in order ("" for blank ones). */
  readonly headers: readonly string[];
  /** Last sheet row with anything in it; `top` when the body is blank. */
  readonly lastFilled: number;
}

/** The raw sheet of a register: by table name first, then by sheet name, as the reader does. */
export function findSheet(raw: RawWorkbook, spec: SheetSpec): RawSheet | undefined {
  const sheets = Array.isArray(raw.sheets) ? raw.sheets : [];
  const table = spec.table.toLowerCase();
  const name = spec.sheet.toLowerCase();
  return (
    sheets.find((s) => s?.table?.name?.toLowerCase() === table) ??
    sheets.find((s) => typeof s?.name === "string" && s.name.toLowerCase() === name)
  );
}

/** The raw cell at a sheet position, undefined outside what was read. */
export function cellAt(layout: RegisterLayout, row: number, col: number): RawCell {
  const origin = originOf(layout.sheet);
  const rows = Array.isArray(layout.sheet.values) ? layout.sheet.values : [];
  const cells = rows[row - origin.row];
  const inside = Array.isArray(cells) ? cells[col - origin.col] : undefined;
  if (inside !== undefined && inside !== null && inside !== "") return inside;
  // Beyond the table: what the user keeps around it, where the read brought it.
  const around = layout.sheet.around;
  const line = around && Array.isArray(around.values) ? around.values[row - around.origin.row]
    : undefined;
  return Array.isArray(line) ? line[col - around!.origin.col] ?? inside : inside;
}

/** Where values[0][0] stands: A1 unless the executor says otherwise (RawSheet's contract). */
function originOf(sheet: RawSheet): { row: number; col: number } {
  return sheet.origin ?? { row: 1, col: 0 };
}

function tableBox(sheet: RawSheet): { top: number; left: number; bottom: number; width: number } {
  const origin = originOf(sheet);
  const rows = Array.isArray(sheet.values) ? sheet.values : [];
  const usedWidth = rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const used = {
    top: origin.row, left: origin.col, bottom: origin.row + Math.max(0, rows.length - 1),
    width: usedWidth,
  };
  if (!sheet.table) return used;
  try {
    const { start, end } = parseRange(sheet.table.address);
    return { top: start.row, left: start.col, bottom: end.row, width: end.col - start.col + 1 };
  } catch {
    return used;
  }
}

/** Lays out a register's raw sheet: header row, schema columns by header, last filled row. */
export function layoutOf(spec: SheetSpec, sheet: RawSheet): RegisterLayout {
  const box = tableBox(sheet);
  const origin = originOf(sheet);
  const rows = Array.isArray(sheet.values) ? sheet.values : [];
  const headerCells = rows[box.top - origin.row] ?? [];
  const byHeader = new Map(spec.columns.map((c) => [headerKey(c.header), c.key]));
  const headers: string[] = [];
  const columns = new Map<string, number>();
  for (let j = 0; j < box.width; j++) {
    const key = headerKey(cellText(headerCells[box.left - origin.col + j]));
    headers.push(key);
    const colKey = byHeader.get(key);
    if (colKey !== undefined && !columns.has(colKey)) columns.set(colKey, box.left + j);
  }
  let lastFilled = box.top;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = origin.row + i;
    if (row <= box.top) break;
    const cells: readonly RawCell[] = Array.isArray(rows[i]) ? rows[i] : [];
    if (cells.some((c) => !isBlank(c))) {
      lastFilled = row;
      break;
    }
  }
  return { spec, sheet, ...box, columns, headers, lastFilled };
}

/** True when nothing at all is written on the sheet (header row included). */
export function isBlankSheet(sheet: RawSheet): boolean {
  const rows = Array.isArray(sheet.values) ? sheet.values : [];
  return rows.every((r) => !Array.isArray(r) || r.every((c) => isBlank(c)));
}

/**
 * True when a sheet without a table has a header row a table can stand on: no blank or repeated
 * header within the used range, and the register's key column among them.
 */
export function headerMatches(layout: RegisterLayout): boolean {
  const keyHeader = layout.spec.columns.find((c) => c.key === layout.spec.keyColumn)?.header;
  if (layout.headers.length === 0) return false;
  if (layout.headers.some((h) => h === "")) return false;
  if (new Set(layout.headers).size !== layout.headers.length) return false;
  return keyHeader !== undefined && layout.headers.includes(headerKey(keyHeader));
}
