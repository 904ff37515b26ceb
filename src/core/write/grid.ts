/** The writer's mirror of the reader: typed register rows -> the cells a register sheet holds. */
import type { CellValue } from "../model/finding";
import type { ColumnSpec, SheetSpec } from "../schema/types";

/** The header row of a register, columns in schema order. */
export function headerRow(spec: SheetSpec): CellValue[] {
  return spec.columns.map((c) => c.header);
}

/** One field of a typed row as the cell value written for its column. */
export function cellOf(column: ColumnSpec, value: unknown): CellValue {
  switch (column.type) {
    case "formula":
      return { formula: column.formula ?? "" };
    case "date":
      return typeof value === "number" && Number.isFinite(value) ? { date: value } : null;
    case "integer":
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    case "refs":
    case "choices":
      if (Array.isArray(value)) return value.length === 0 ? null : value.join("; ");
      break;
  }
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** The body cells of one typed row, in schema order. */
export function rowCells(spec: SheetSpec, row: object): CellValue[] {
  const fields = row as Readonly<Record<string, unknown>>;
  return spec.columns.map((c) => cellOf(c, fields[c.key]));
}

/**
 * A register as a grid: the header row first, then one row per typed row, columns in schema
 * order, dates as {date}, lists joined with "; ", formula columns as their live formula.
 */
export function registerGrid(spec: SheetSpec, rows: readonly object[]): CellValue[][] {
  const grid: CellValue[][] = [headerRow(spec)];
  for (const row of rows) grid.push(rowCells(spec, row));
  return grid;
}
