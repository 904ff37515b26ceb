/** Small raw workbooks for the reader's tests: a register sheet from a header and body rows. */
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/core/model/grid";
import { readIsms } from "../../../src/core/read";
import { REGISTERS, type SheetSpec } from "../../../src/core/schema";

/** The spec of a register by key. */
export function specOf(key: SheetSpec["key"]): SheetSpec {
  return REGISTERS.find((s) => s.key === key) as SheetSpec;
}

/** A sheet holding a table named like the register, header row then body rows. */
export function sheet(
  key: SheetSpec["key"],
  values: RawCell[][],
  over: Partial<RawSheet> = {},
): RawSheet {
  const spec = specOf(key);
  return { name: spec.sheet, table: { name: spec.table, address: "A1" }, values, ...over };
}

/** A register's rows with every schema header in order, then the body rows given. */
export function fullSheet(key: SheetSpec["key"], body: RawCell[][]): RawSheet {
  return sheet(key, [specOf(key).columns.map((c) => c.header), ...body]);
}

/** Reads a workbook made of the given sheets. */
export function read(...sheets: RawSheet[]) {
  const raw: RawWorkbook = { sheetNames: sheets.map((s) => s.name), sheets, source: "t.xlsx" };
  return readIsms(raw);
}

/** One body row of a register, cells placed under the schema headers by key. */
export function rowOf(key: SheetSpec["key"], cells: Record<string, RawCell>): RawCell[] {
  return specOf(key).columns.map((c) => (c.key in cells ? cells[c.key] : null));
}
