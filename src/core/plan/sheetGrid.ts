/**
 * A sheet built cell by cell, where a cell may be live: a formula together with the value it
 * stands for. The Dashboard writes the formulas; the auditor pack freezes the same sheet as the
 * values, so both come from one layout.
 */
import { a1 } from "../model/address";
import type { CellValue } from "../model/finding";
import type { CellBlock } from "./types";

/** A live cell: the formula the workbook keeps, and its value when frozen. */
export interface LiveCell {
  readonly live: string;
  readonly frozen: CellValue;
}

type Entry = CellValue | LiveCell;

function isLive(entry: Entry): entry is LiveCell {
  return entry !== null && typeof entry === "object" && "live" in entry;
}

/** Cells of a sheet by 1-based row and 0-based column. */
export class SheetGrid {
  private readonly rows: Entry[][] = [];
  private width = 0;

  /** Puts a value or a live cell; returns its A1 address. */
  set(row: number, col: number, entry: Entry): string {
    const cells = (this.rows[row - 1] ??= []);
    cells[col] = entry;
    this.width = Math.max(this.width, col + 1);
    return a1(row, col);
  }

  /** Puts a row of values from a column on. */
  line(row: number, col: number, entries: readonly Entry[]): void {
    entries.forEach((e, j) => this.set(row, col + j, e));
  }

  /** The sheet as one block from A1: live cells as formulas, or as their values when frozen. */
  block(frozen: boolean): CellBlock {
    const cells: CellValue[][] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] ?? [];
      const out: CellValue[] = [];
      for (let j = 0; j < this.width; j++) {
        const entry = row[j] ?? null;
        out.push(isLive(entry) ? (frozen ? entry.frozen : { formula: entry.live }) : entry);
      }
      cells.push(out);
    }
    return { address: "A1", cells };
  }
}
