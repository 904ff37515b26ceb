/**
 * Fills the in-memory workbook from raw grids (what an executor reads), without requests or
 * syncs: a quick way for tests and benchmarks to start from a workbook of any size.
 */
import type { RawWorkbook } from "../../../src/core/model/grid";
import { parseBox } from "./address";
import type { BookState } from "./state";

/** Adds each sheet of `raw` (missing ones only), its cells at their origin, and its table. */
export function seedWorkbook(book: BookState, raw: RawWorkbook): void {
  for (const rawSheet of raw.sheets) {
    const sheet = book.sheet(rawSheet.name) ?? book.addSheet(rawSheet.name);
    const top = (rawSheet.origin?.row ?? 1) - 1;
    const left = rawSheet.origin?.col ?? 0;
    rawSheet.values.forEach((row, i) => row.forEach((value, j) => {
      if (value === null || value === undefined || value === "") return;
      const formula = typeof value === "string" && value.startsWith("=") ? value : undefined;
      sheet.put(top + i, left + j, formula ? "" : value, formula);
    }));
    if (rawSheet.table) {
      const table = book.addTable(sheet, parseBox(rawSheet.table.address, "seed"));
      table.name = rawSheet.table.name;
    }
  }
}
