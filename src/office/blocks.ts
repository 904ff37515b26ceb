/**
 * A block of cells as Office.js requests: one values (or formulas) array per band of whole
 * rows, the date formats beside it, and a formula repeated down a column sent once and copied
 * down by Excel (autoFill), so a 10,000-row register fits one request.
 */
import { parseRange, rangeA1 } from "../core/model/address";
import type { CellBlock } from "../core/plan/types";
import { officeBlock, type OfficeBlock, type OfficeCell } from "./cells";
import { jsonBytes } from "./payload";
import { sheetOf } from "./handles";
import type { BlockStep } from "./steps";

/** The block's address: its anchor grown to its cells' size. */
function blockRange(block: CellBlock, width: number, from = 0, to = block.cells.length - 1) {
  const { start } = parseRange(block.address);
  return rangeA1(start.row + from, start.col, start.row + to, start.col + width - 1);
}

/** A1-style references change as a formula is copied; structured references do not. */
const A1_REFERENCE = /(^|[^A-Za-z0-9_.[])\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/;

/**
 * Columns whose formula is the same text on every row from some row down (a table's computed
 * column, written with structured references): the first row of each band carries the formula
 * and Excel copies it down with autoFill, instead of the payload carrying it on every row.
 */
function repeatedFormulas(cells: readonly (readonly OfficeCell[])[]): Map<number, number> {
  const runs = new Map<number, number>();
  const width = cells[0]?.length ?? 0;
  for (let j = 0; j < width; j++) {
    const first = cells.findIndex((row) => typeof row[j] === "string" &&
      (row[j] as string).startsWith("="));
    if (first < 0 || first === cells.length - 1) continue;
    const formula = cells[first][j] as string;
    if (A1_REFERENCE.test(formula.replace(/"(?:[^"]|"")*"|\[[^\]]*\]/g, ""))) continue;
    if (cells.every((row, i) => i <= first || row[j] === formula)) runs.set(j, first);
  }
  return runs;
}

/** The step writing one block, or null for a block without cells. */
export function blockStep(sheet: string, block: CellBlock): BlockStep | null {
  const ready: OfficeBlock = officeBlock(block.cells);
  const width = ready.cells[0]?.length ?? 0;
  if (ready.cells.length === 0 || width === 0) return null;
  const runs = ready.asFormulas ? repeatedFormulas(ready.cells) : new Map<number, number>();
  const nullBytes = runs.size * 4;
  const rowBytes = ready.cells.map((row, i) => {
    const repeated = [...runs].filter(([, first]) => i > first);
    const saved = repeated.reduce((n, [j]) => n + jsonBytes(row[j]), 0);
    return jsonBytes(row) + 1 - saved + (repeated.length > 0 ? nullBytes : 0) +
      (ready.dateFormats ? jsonBytes(ready.dateFormats[i]) + 1 : 0);
  });
  const bandBytes = [...runs].reduce(
    (n, [j, first]) => n + jsonBytes(ready.cells[first][j]) + 64, 0);
  return {
    kind: "block", sheet, rowBytes, columns: width, bandBytes,
    queueRows(h, from, to) {
      const { start } = parseRange(block.address);
      const address = blockRange(block, width, from, to);
      const ws = sheetOf(h, sheet);
      const range = ws.getRange(address);
      const fills: [string, string][] = [];
      const cells = ready.cells.slice(from, to + 1).map((row, k) => {
        const i = from + k;
        const line: (OfficeCell | null)[] = row.slice();
        for (const [j, first] of runs) {
          const top = Math.max(from, first);
          if (i === top && to > top) {
            const cell = rangeA1(start.row + top, start.col + j, start.row + top, start.col + j);
            const column = rangeA1(start.row + top, start.col + j, start.row + to, start.col + j);
            fills.push([cell.split(":")[0], column]);
          }
          if (i > top) line[j] = null;
        }
        return line;
      });
      if (ready.asFormulas) range.formulas = cells;
      else range.values = cells;
      if (ready.dateFormats) range.numberFormat = ready.dateFormats.slice(from, to + 1);
      for (const [cell, column] of fills) ws.getRange(cell).autoFill(column, "FillCopy");
      return `Wrote ${sheet}!${address}`;
    },
  };
}
