/**
 * What Excel hands back for cells the writer wrote, without Excel: dates as serial numbers and
 * the schema's product formulas (Likelihood x Impact) computed from the row. Tests and
 * benchmarks use it to round-trip registers through the reader.
 */
import { rangeA1 } from "../model/address";
import type { CellValue } from "../model/finding";
import type { RawCell, RawSheet } from "../model/grid";
import type { SheetSpec } from "../schema/types";

const THIS_ROW = /\[\[#This Row\],\[([^\]]+)\]\]/g;

/** The two headers a product formula multiplies, or null for any other formula. */
function productOperands(formula: string): [string, string] | null {
  if (!formula.startsWith("=IF(AND(ISNUMBER(")) return null;
  const headers = [...new Set([...formula.matchAll(THIS_ROW)].map((m) => m[1]))];
  return headers.length === 2 ? [headers[0], headers[1]] : null;
}

type Evaluate = (row: readonly CellValue[]) => RawCell;

function numberIn(cell: CellValue | undefined): number | null {
  if (typeof cell === "number") return cell;
  if (cell !== null && typeof cell === "object" && "date" in cell) return cell.date;
  return null;
}

/**
 * The grid as Excel would return it: header row first, {date} as its serial, product formulas
 * as their value ("" where an operand is not a number). Other formulas come back as null,
 * since only Excel can compute them.
 */
export function excelValues(grid: readonly (readonly CellValue[])[]): RawCell[][] {
  const header = grid[0] ?? [];
  const at = new Map<string, number>();
  header.forEach((h, j) => {
    if (typeof h === "string" && !at.has(h)) at.set(h, j);
  });
  const evaluators = new Map<string, Evaluate>();
  const evaluatorOf = (formula: string): Evaluate => {
    let evaluate = evaluators.get(formula);
    if (evaluate) return evaluate;
    const ops = productOperands(formula);
    const a = ops ? at.get(ops[0]) ?? -1 : -1;
    const b = ops ? at.get(ops[1]) ?? -1 : -1;
    evaluate = (row) => {
      if (a < 0 || b < 0) return null;
      const x = numberIn(row[a]);
      const y = numberIn(row[b]);
      return x !== null && y !== null ? x * y : "";
    };
    evaluators.set(formula, evaluate);
    return evaluate;
  };
  return grid.map((row) =>
    row.map((cell): RawCell => {
      if (cell === null || typeof cell !== "object") return cell;
      if ("date" in cell) return cell.date;
      return evaluatorOf(cell.formula)(row);
    }),
  );
}

/** A register sheet as an executor would read it: its table over the grid, at A1. */
export function rawSheetOf(
  spec: SheetSpec,
  grid: readonly (readonly CellValue[])[],
  sheetName: string = spec.sheet,
): RawSheet {
  const width = Math.max(1, grid[0]?.length ?? 1);
  const height = Math.max(1, grid.length);
  return {
    name: sheetName,
    table: { name: spec.table, address: rangeA1(1, 0, height, width - 1) },
    values: excelValues(grid),
  };
}
