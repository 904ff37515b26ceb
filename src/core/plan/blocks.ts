/**
 * Scattered cell writes gathered into rectangular blocks. An upgrade writes only the cells it
 * must (a new column's header, a new row's prefilled cells), so a block never spans a cell the
 * plan does not mean to write: a null is never sent over a cell that may hold the user's data.
 */
import { a1 } from "../model/address";
import type { CellValue } from "../model/finding";
import type { CellBlock } from "./types";

/** Cell writes by sheet row and column, turned into blocks once all are known. */
export class CellWrites {
  private readonly rows = new Map<number, Map<number, CellValue>>();

  /** Records one cell (1-based row, 0-based column); a later write to it wins. */
  set(row: number, col: number, value: CellValue): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(col, value);
  }

  /** True when the cell is already written. */
  has(row: number, col: number): boolean {
    return this.rows.get(row)?.has(col) ?? false;
  }

  /** How many cells are written. */
  get size(): number {
    let n = 0;
    for (const cells of this.rows.values()) n += cells.size;
    return n;
  }

  /**
   * The writes as blocks: runs of adjacent columns on a row, with runs of the same columns on
   * consecutive rows stacked into one block.
   */
  blocks(): CellBlock[] {
    const done: { row: number; col: number; cells: CellValue[][] }[] = [];
    type Open = { row: number; col: number; last: number; cells: CellValue[][] };
    const open = new Map<string, Open>();
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const cells = this.rows.get(row) as Map<number, CellValue>;
      const cols = [...cells.keys()].sort((a, b) => a - b);
      let i = 0;
      while (i < cols.length) {
        let j = i;
        while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
        const span = `${cols[i]}:${cols[j]}`;
        const values = cols.slice(i, j + 1).map((c) => cells.get(c) as CellValue);
        const block = open.get(span);
        if (block && block.last === row - 1) {
          block.cells.push(values);
          block.last = row;
        } else {
          if (block) done.push(block);
          open.set(span, { row, col: cols[i], last: row, cells: [values] });
        }
        i = j + 1;
      }
    }
    done.push(...open.values());
    done.sort((x, y) => x.row - y.row || x.col - y.col);
    return done.map((b) => ({ address: a1(b.row, b.col), cells: b.cells }));
  }
}
