/** Writing plan values into ExcelJS cells, and walking the cells of a range. */
import type { CellValue as ExcelValue, Worksheet } from "exceljs";
import type { CellValue } from "../core/model/finding";
import { parseRange } from "../core/model/address";
import { DATE_FORMAT } from "../core/schema/types";
import { dateOfStoredSerial } from "./cellValue";

/** An ExcelJS colour: "#1F4E79", "1F4E79" or "FF1F4E79" become { argb: "FF1F4E79" }. */
export function argbOf(color: string): { argb: string } | undefined {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return { argb: `FF${hex}` };
  if (/^[0-9A-F]{8}$/.test(hex)) return { argb: hex };
  return undefined;
}

/** Calls `visit` with every (1-based) row and column of an A1 range. */
export function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  const { start, end } = parseRange(range);
  for (let r = start.row; r <= end.row; r++) {
    for (let c = start.col + 1; c <= end.col + 1; c++) visit(r, c);
  }
}

/** Puts one plan value in a cell: formulas without their "=", dates as dated cells. */
export function writeCell(ws: Worksheet, row: number, col: number, value: CellValue): boolean {
  const cell = ws.getRow(row).getCell(col);
  if (value === null || typeof value !== "object") {
    cell.value = value as ExcelValue;
    return false;
  }
  if ("formula" in value) {
    const text = value.formula.startsWith("=") ? value.formula.slice(1) : value.formula;
    cell.value = { formula: text } as ExcelValue;
    return true;
  }
  const date = dateOfStoredSerial(value.date);
  cell.value = date ?? value.date;
  cell.numFmt = DATE_FORMAT;
  return false;
}
