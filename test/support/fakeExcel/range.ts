/**
 * Range proxies of the in-memory Excel: values, formulas and number formats as 2-D arrays that
 * must match the range's size (null leaves a cell as it is), formats, dropdowns, conditional
 * formats and selection.
 */
import { boxA1, parseBox, qualified, sizeOf, type Box } from "./address";
import { FakeObject, type FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import { shiftFormula, structuredReferences } from "./formula";
import { RangeFormatParts } from "./rangeFormat";
import { typedText } from "./typed";
import { FakeConditionalFormats } from "./conditionalFormat";
import { FakeDataValidation } from "./dataValidation";
import { writable, type BookState, type CellScalar, type SheetState } from "./state";

/** Where a range proxy points: a sheet and a box on it. */
export interface RangeTarget {
  readonly sheet: SheetState;
  readonly box: Box;
}

type GridProperty = "values" | "formulas" | "numberFormat";


/**
 * Refuses a formula naming a table, or a column of a table, that the workbook does not hold,
 * as Excel does when the formula is entered ("There's a problem with this formula").
 * @throws FakeOfficeError InvalidArgument.
 */
function checkReferences(formula: string, book: BookState, location: string): void {
  for (const ref of structuredReferences(formula)) {
    const table = book.table(ref.table);
    const headers = table?.headers.map((h) => h.toLowerCase()) ?? [];
    const missing = ref.columns.find((c) => !headers.includes(c.toLowerCase()));
    if (table && missing === undefined) continue;
    const problem = table ? `the table ${table.name} has no column "${missing}"`
      : `there is no table named ${ref.table}`;
    throw excelError(FakeErrorCode.invalidArgument,
      `The formula ${formula} refers to ${ref.text}, but ${problem}.`, location);
  }
}

/** A range of cells on one sheet. */
export class FakeRange extends FakeObject<RangeTarget> implements Pick<Excel.Range,
  "values" | "formulas" | "numberFormat" | "text" | "address" | "addressLocal" | "rowCount" |
  "columnCount" | "cellCount" | "rowIndex" | "columnIndex" | "select" | "clear" | "isNullObject"
> {
  constructor(core: FakeContextCore, find: () => RangeTarget | null, nullable = false) {
    super(core, find, "Range", nullable);
  }

  protected override read(t: RangeTarget, property: string): unknown {
    const { rows, cols } = sizeOf(t.box);
    switch (property) {
      case "values": return t.sheet.valuesOf(t.box);
      case "formulas": return t.sheet.formulasOf(t.box);
      case "numberFormat": return t.sheet.numberFormatsOf(t.box);
      case "text": return t.sheet.valuesOf(t.box).map((r) => r.map(String));
      case "address": return qualified(t.sheet.name, t.box);
      case "addressLocal": return qualified(t.sheet.name, t.box);
      case "rowCount": return rows;
      case "columnCount": return cols;
      case "cellCount": return rows * cols;
      case "rowIndex": return t.box.r1;
      case "columnIndex": return t.box.c1;
      default:
        throw excelError(FakeErrorCode.notImplemented, `Range.${property} is not imitated.`);
    }
  }

  get values(): CellScalar[][] { return this.loadedValue("values"); }
  set values(grid: unknown[][]) { this.writeGrid("values", grid); }
  get formulas(): CellScalar[][] { return this.loadedValue("formulas"); }
  set formulas(grid: unknown[][]) { this.writeGrid("formulas", grid); }
  get numberFormat(): string[][] { return this.loadedValue("numberFormat"); }
  set numberFormat(grid: unknown[][]) { this.writeGrid("numberFormat", grid); }
  get text(): string[][] { return this.loadedValue("text"); }
  get address(): string { return this.loadedValue("address"); }
  get addressLocal(): string { return this.loadedValue("addressLocal"); }
  get rowCount(): number { return this.loadedValue("rowCount"); }
  get columnCount(): number { return this.loadedValue("columnCount"); }
  get cellCount(): number { return this.loadedValue("cellCount"); }
  get rowIndex(): number { return this.loadedValue("rowIndex"); }
  get columnIndex(): number { return this.loadedValue("columnIndex"); }

  private writeGrid(property: GridProperty, grid: unknown[][]): void {
    this.change(property, grid, (t) => {
      const location = `Range.${property}`;
      writable(t.sheet, location);
      const { rows, cols } = sizeOf(t.box);
      const fits = Array.isArray(grid) && grid.length === rows &&
        grid.every((row) => Array.isArray(row) && row.length === cols);
      if (!fits) {
        throw excelError(
          FakeErrorCode.invalidArgument,
          `The array given to ${location} does not match the range ${boxA1(t.box)} ` +
            `(${rows} rows by ${cols} columns).`,
          location,
        );
      }
      grid.forEach((row, i) => row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const r = t.box.r1 + i;
        const c = t.box.c1 + j;
        if (property === "numberFormat") {
          t.sheet.cellForWrite(r, c).numberFormat = String(v);
          return;
        }
        if (typeof v === "number" || typeof v === "boolean") {
          t.sheet.put(r, c, v);
          return;
        }
        const text = String(v);
        const typed = text.startsWith("=") && text.length > 1 ? { formula: text }
          : typedText(text, t.sheet.cell(r, c)?.numberFormat);
        if ("value" in typed) {
          t.sheet.put(r, c, typed.value);
          return;
        }
        checkReferences(typed.formula, this.core.book, location);
        t.sheet.put(r, c, "", typed.formula);
      }));
    });
  }

  /** The range's format: width, wrap, alignment, font and fill. */
  get format(): RangeFormatParts {
    return new RangeFormatParts(this.core, this);
  }

  /** The range's data validation (dropdown lists). */
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.core, this);
  }

  /** The conditional formats of the range. */
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.core, this);
  }

  /** The sheet the range is on. */
  get worksheetState(): SheetState {
    return this.need("Range.worksheet").sheet;
  }

  /** A range relative to this one, computed when the request runs. */
  private derived(make: (t: RangeTarget) => Box): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.resolveTarget();
      if (!t) return null;
      const box = make(t);
      if (box.r1 < 0 || box.c1 < 0 || box.r2 < box.r1 || box.c2 < box.c1) {
        throw excelError(FakeErrorCode.invalidArgument, "The range falls off the sheet.", "Range");
      }
      return { sheet: t.sheet, box };
    });
  }

  /** The cell at a 0-based row and column of the range. */
  getCell(row: number, column: number): FakeRange {
    return this.derived(({ box }) => ({
      r1: box.r1 + row, c1: box.c1 + column, r2: box.r1 + row, c2: box.c1 + column,
    }));
  }

  /** The range grown (or shrunk) by rows and columns at its bottom-right. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ box }) => ({
      ...box, r2: box.r2 + deltaRows, c2: box.c2 + deltaColumns,
    }));
  }

  /** The range moved by rows and columns. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ box }) => ({
      r1: box.r1 + rowOffset, c1: box.c1 + columnOffset,
      r2: box.r2 + rowOffset, c2: box.c2 + columnOffset,
    }));
  }

  /**
   * Fills the destination (which holds this range and extends it down or across) by copying
   * this range's cells: formulas move their relative references as Excel does; constants and
   * number formats are copied as they are (Excel's number series are not imitated).
   */
  autoFill(
    destinationRange?: string | FakeRange,
    _type: Excel.AutoFillType | string = "FillDefault",
  ): void {
    const label = typeof destinationRange === "string" ? destinationRange : "(range)";
    this.core.requires("1.9", "Range.autoFill");
    this.call("autoFill", [label], (t) => {
      const location = "Range.autoFill";
      writable(t.sheet, location);
      const dest = typeof destinationRange === "string"
        ? parseBox(destinationRange, location)
        : destinationRange?.resolveTarget()?.box;
      const src = t.box;
      const inside = dest && dest.r1 === src.r1 && dest.c1 === src.c1 && dest.r2 >= src.r2 &&
        dest.c2 >= src.c2 && (dest.r2 === src.r2 || dest.c2 === src.c2);
      if (!dest || !inside) {
        throw excelError(FakeErrorCode.invalidArgument,
          "The destination must extend the range down or across.", location);
      }
      const { rows, cols } = sizeOf(src);
      for (let r = dest.r1; r <= dest.r2; r++) {
        for (let c = dest.c1; c <= dest.c2; c++) {
          if (r <= src.r2 && c <= src.c2) continue;
          const sr = src.r1 + ((r - src.r1) % rows);
          const sc = src.c1 + ((c - src.c1) % cols);
          const from = t.sheet.cell(sr, sc);
          const dr = r - sr;
          const dc = c - sc;
          const formula = from?.formula;
          if (formula !== undefined) t.sheet.put(r, c, "", shiftFormula(formula, dr, dc));
          else t.sheet.put(r, c, from?.value ?? "");
          const format = from?.numberFormat;
          if (format !== undefined) t.sheet.cellForWrite(r, c).numberFormat = format;
        }
      }
    });
  }

  /** Selects the range in the grid, showing its sheet. */
  select(): void {
    this.call("select", [], (t) => {
      this.core.book.active = t.sheet;
      this.core.book.selection = { sheet: t.sheet.name, address: boxA1(t.box) };
    });
  }

  /** Clears contents, formats or both ("All", the default). */
  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" = "All"): void {
    this.call("clear", [applyTo], (t) => {
      writable(t.sheet, "Range.clear");
      if (applyTo === "Formats") t.sheet.clear(t.box, true);
      else t.sheet.clear(t.box, applyTo === "All");
      if (applyTo === "Contents") return;
      t.sheet.formats = t.sheet.formats.filter((f) => f.address !== boxA1(t.box));
    });
  }
}
