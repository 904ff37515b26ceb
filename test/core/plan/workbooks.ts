/** Raw workbooks for the plan tests, as an executor would read them. */
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/model/grid";
import { rangeA1 } from "../../../src/core/model/address";
import { isBlank } from "../../../src/core/read/text";

/** A sheet holding a table over its values from A1. */
export function tableSheet(name: string, table: string, values: RawCell[][]): RawSheet {
  const width = Math.max(...values.map((r) => r.length));
  return { name, table: { name: table, address: rangeA1(1, 0, values.length, width - 1) }, values };
}

/** A workbook of the given sheets, with extra sheet names (not registers) in tab order. */
export function workbook(sheets: RawSheet[], others: string[] = []): RawWorkbook {
  return { sheetNames: [...others, ...sheets.map((s) => s.name)], sheets, source: "test.xlsx" };
}

/** The non-blank cells of a raw sheet as "row,col" -> value, in sheet coordinates. */
export function filledCells(sheet: RawSheet): Map<string, RawCell> {
  const out = new Map<string, RawCell>();
  const origin = sheet.origin ?? { row: 1, col: 0 };
  sheet.values.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (!isBlank(cell)) out.set(`${origin.row + i},${origin.col + j}`, cell);
    }),
  );
  return out;
}
