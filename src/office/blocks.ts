/**
 * A block of cells as Office.js requests: its constants as one values array per band of whole
 * rows, the date formats beside it; its formulas apart, so that they can be written once the
 * tables they name exist. A formula repeated down a column is sent once and copied down by
 * Excel (autoFill), so a 10,000-row register fits one request.
 */
import { parseRange, rangeA1 } from "../core/model/address";
import type { CellBlock } from "../core/plan/types";
import { officeBlock, type OfficeCell } from "./cells";
import { jsonBytes } from "./payload";
import { sheetOf } from "./handles";
import type { BlockStep } from "./steps";

/** A cell of a write; null leaves the cell as it is (Office.js skips it). */
type Slot = OfficeCell | null;

/** Text written to a cell that Excel takes as a formula (cells.ts marks other such text). */
function isFormula(cell: Slot): cell is string {
  return typeof cell === "string" && cell.startsWith("=");
}

/** The A1 address of rows r1..r2 and columns c1..c2, a single cell without its colon. */
function addressOf(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? rangeA1(r1, c1, r1, c1).split(":")[0] : rangeA1(r1, c1, r2, c2);
}

/** Index of the last row holding a cell to write, or -1 when every cell is null. */
function lastFilled(rows: readonly (readonly Slot[])[]): number {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].some((cell) => cell !== null)) return i;
  return -1;
}

/** A1-style references change as a formula is copied; structured references do not. */
const A1_REFERENCE = /(^|[^A-Za-z0-9_.[])\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/;

/**
 * Columns whose formula is the same text on every row from some row down (a table's computed
 * column, written with structured references): the first row of each band carries the formula
 * and Excel copies it down with autoFill, instead of the payload carrying it on every row.
 */
function repeatedFormulas(cells: readonly (readonly Slot[])[]): Map<number, number> {
  const runs = new Map<number, number>();
  const width = cells[0]?.length ?? 0;
  for (let j = 0; j < width; j++) {
    const first = cells.findIndex((row) => isFormula(row[j]));
    if (first < 0 || first === cells.length - 1) continue;
    const formula = cells[first][j] as string;
    if (A1_REFERENCE.test(formula.replace(/"(?:[^"]|"")*"|\[[^\]]*\]/g, ""))) continue;
    if (cells.every((row, i) => i <= first || row[j] === formula)) runs.set(j, first);
  }
  return runs;
}

/** What one grid of a block writes: as values or as formulas, from which cell. */
interface GridWrite {
  readonly sheet: string;
  readonly property: "values" | "formulas";
  /** Sheet row (1-based) and column (0-based) of cells[0][0]. */
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly Slot[])[];
  readonly dateFormats: (string | null)[][] | null;
}

/** The step writing a grid in bands of whole rows; rows left all null at the end are not sent. */
function gridStep(g: GridWrite): BlockStep {
  const width = g.cells[0].length;
  const runs = g.property === "formulas" ? repeatedFormulas(g.cells) : new Map<number, number>();
  const sent = g.cells.map((row, i) => row.map((cell, j) => {
    const first = runs.get(j);
    return first !== undefined && i > first ? null : cell;
  }));
  const last = lastFilled(sent);
  const rowBytes = sent.map((row, i) => (i > last ? 0
    : jsonBytes(row) + 1 + (g.dateFormats ? jsonBytes(g.dateFormats[i]) + 1 : 0)));
  const bandBytes = [...runs].reduce(
    (n, [j, first]) => n + jsonBytes(g.cells[first][j]) + 64, 0);
  const noun = g.property === "formulas" ? "formulas in " : "";
  return {
    kind: "block", sheet: g.sheet, rowBytes, columns: width, bandBytes,
    queueRows(h, from, to) {
      const address = addressOf(g.row + from, g.col, g.row + to, g.col + width - 1);
      const ws = sheetOf(h, g.sheet);
      const fills: [string, string][] = [];
      const lines = g.cells.slice(from, to + 1).map((row, k) => {
        const i = from + k;
        const line: Slot[] = row.slice();
        for (const [j, first] of runs) {
          const top = Math.max(from, first);
          if (i === top && to > top) {
            const cell = rangeA1(g.row + top, g.col + j, g.row + top, g.col + j);
            const column = rangeA1(g.row + top, g.col + j, g.row + to, g.col + j);
            fills.push([cell.split(":")[0], column]);
          }
          if (i > top) line[j] = null;
        }
        return line;
      });
      const kept = lastFilled(lines);
      if (kept >= 0) {
        const range = ws.getRange(rangeA1(g.row + from, g.col, g.row + from + kept,
          g.col + width - 1));
        range[g.property] = lines.slice(0, kept + 1);
        if (g.dateFormats) range.numberFormat = g.dateFormats.slice(from, from + kept + 1);
      }
      for (const [cell, column] of fills) ws.getRange(cell).autoFill(column, "FillCopy");
      const target = `${noun}${g.sheet}!${address}`;
      return { done: `Wrote ${target}`, what: `writing ${target}` };
    },
  };
}

/** The steps writing one block: its constants, and its formulas (null where there are none). */
export interface BlockSteps {
  readonly values: BlockStep | null;
  readonly formulas: BlockStep | null;
}

/**
 * The steps writing one block. The constants go first, with null (leave as is) where a formula
 * goes; the formulas go later, over the smallest rectangle holding them, since Excel refuses a
 * structured reference to a table or column that does not exist yet.
 */
export function blockSteps(sheet: string, block: CellBlock): BlockSteps {
  const ready = officeBlock(block.cells);
  const width = ready.cells[0]?.length ?? 0;
  if (ready.cells.length === 0 || width === 0) return { values: null, formulas: null };
  const { start } = parseRange(block.address);
  const constants = ready.cells.map((row) => row.map((cell) => (isFormula(cell) ? null : cell)));
  const anyConstant = constants.some((row) => row.some((cell) => cell !== null));
  const values = anyConstant ? gridStep({
    sheet, property: "values", row: start.row, col: start.col, cells: constants,
    dateFormats: ready.dateFormats,
  }) : null;
  if (!ready.asFormulas) return { values, formulas: null };

  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  ready.cells.forEach((row, i) => row.forEach((cell, j) => {
    if (!isFormula(cell)) return;
    r1 = Math.min(r1, i);
    r2 = Math.max(r2, i);
    c1 = Math.min(c1, j);
    c2 = Math.max(c2, j);
  }));
  const cells = ready.cells.slice(r1, r2 + 1)
    .map((row) => row.slice(c1, c2 + 1).map((cell) => (isFormula(cell) ? cell : null)));
  const formulas = gridStep({
    sheet, property: "formulas", row: start.row + r1, col: start.col + c1, cells,
    dateFormats: null,
  });
  return { values, formulas };
}
