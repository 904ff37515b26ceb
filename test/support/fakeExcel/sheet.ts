/**
 * One worksheet of the in-memory Excel's document: its cells (values, formulas worked out as
 * they are read, number formats) and the records tests assert.
 */
import { overlaps, parseBox, sizeOf, type Box } from "./address";
import { evaluate } from "./formula";
import type {
  CellScalar, CellState, ChartRecord, ConditionalFormatRecord, FormatRecord, PageLayoutRecord,
  TableState, ValidationRecord,
} from "./state";

/** How deep formulas are being worked out, so a circular reference ends as an error. */
let depth = 0;

/** One worksheet of the document. */
export class SheetState {
  name: string;
  readonly id: string;
  tabColor = "";
  protected = false;
  deleted = false;
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  validations: ValidationRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  charts: ChartRecord[] = [];
  formats: FormatRecord[] = [];
  pageLayout: PageLayoutRecord = {};
  private readonly rows: (CellState | undefined)[][] = [];

  constructor(
    name: string,
    id: string,
    /** The workbook's tables, for formulas that name a table. */
    private readonly tables: () => readonly TableState[] = () => [],
  ) {
    this.name = name;
    this.id = id;
  }

  /** The cell at a 0-based row and column, if anything was ever put there. */
  cell(r: number, c: number): CellState | undefined {
    return this.rows[r]?.[c];
  }

  /** The cell at (r, c), created empty when missing. */
  cellForWrite(r: number, c: number): CellState {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= { value: "" });
  }

  /** The value of a cell ("" when empty); a formula is worked out as the cell is read. */
  valueAt(r: number, c: number): CellScalar {
    const cell = this.rows[r]?.[c];
    if (cell?.formula === undefined) return cell?.value ?? "";
    if (depth > 32) return "#REF!";
    depth++;
    try {
      return evaluate(cell.formula, {
        value: (rr, cc) => this.valueAt(rr, cc),
        thisRow: (name, header) => this.thisRow(name, header, r),
      });
    } finally {
      depth--;
    }
  }

  /** The cell of a table's column on row `r`, for a this-row reference; undefined off the table. */
  private thisRow(name: string, header: string, r: number): CellScalar | undefined {
    const table = this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table || r <= table.box.r1 || r > table.box.r2) return undefined;
    const wanted = header.trim().toLowerCase();
    const col = table.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
    return col < 0 ? undefined : table.sheet.valueAt(r, table.box.c1 + col);
  }

  /** Puts a constant or a formula into a cell. */
  put(r: number, c: number, value: CellScalar, formula?: string): void {
    const cell = this.cellForWrite(r, c);
    if (formula !== undefined) {
      cell.formula = formula;
      cell.value = "";
    } else {
      delete cell.formula;
      cell.value = value;
    }
  }

  /** Empties the cells of a box: contents, and formats too when asked. */
  clear(box: Box, formats: boolean): void {
    for (let r = box.r1; r <= Math.min(box.r2, this.rows.length - 1); r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = box.c1; c <= Math.min(box.c2, row.length - 1); c++) {
        const cell = row[c];
        if (!cell) continue;
        cell.value = "";
        delete cell.formula;
        if (formats) delete cell.numberFormat;
      }
    }
    if (formats) {
      this.formats = this.formats.filter((f) => !overlaps(parseBox(f.address, ""), box));
      this.conditionalFormats = this.conditionalFormats.filter((f) => !overlaps(f.box, box));
    }
  }

  /**
   * The smallest box holding every cell with a value or formula (and, unless `valuesOnly`, a
   * number format or a table); null when the sheet is empty.
   */
  usedBox(valuesOnly: boolean, tables: readonly TableState[]): Box | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const used = cell.value !== "" || cell.formula !== undefined ||
          (!valuesOnly && cell.numberFormat !== undefined && cell.numberFormat !== "General");
        if (!used) return;
        r1 = Math.min(r1, r);
        c1 = Math.min(c1, c);
        r2 = Math.max(r2, r);
        c2 = Math.max(c2, c);
      });
    });
    if (!valuesOnly) {
      for (const t of tables) {
        if (t.sheet !== this) continue;
        r1 = Math.min(r1, t.box.r1);
        c1 = Math.min(c1, t.box.c1);
        r2 = Math.max(r2, t.box.r2);
        c2 = Math.max(c2, t.box.c2);
      }
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }

  /** The values of a box, row by row. */
  valuesOf(box: Box): CellScalar[][] {
    return this.grid(box, (cell, r, c) => (cell?.formula === undefined ? cell?.value ?? ""
      : this.valueAt(r, c)));
  }

  /** The formulas of a box: a cell's formula text, or its constant value. */
  formulasOf(box: Box): CellScalar[][] {
    return this.grid(box, (cell) => cell?.formula ?? cell?.value ?? "");
  }

  /** The number formats of a box ("General" where none was set). */
  numberFormatsOf(box: Box): string[][] {
    return this.grid(box, (cell) => cell?.numberFormat ?? "General");
  }

  private grid<T>(box: Box, pick: (cell: CellState | undefined, r: number, c: number) => T): T[][] {
    const { rows, cols } = sizeOf(box);
    const out: T[][] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const row = this.rows[box.r1 + i];
      const line: T[] = new Array(cols);
      for (let j = 0; j < cols; j++) line[j] = pick(row?.[box.c1 + j], box.r1 + i, box.c1 + j);
      out[i] = line;
    }
    return out;
  }
}
