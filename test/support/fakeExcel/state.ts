/**
 * The document behind the in-memory Excel: sheets of cells, tables, and the records tests
 * assert (validations, conditional formats, charts, formats, freeze panes, selection). The
 * proxies of the Office.js surface change this state only when a sync runs their requests.
 */
import { boxA1, overlaps, type Box } from "./address";
import { excelError, FakeErrorCode } from "./errors";
import { badName, sheetNameProblem, tableNameProblem, takenName } from "./names";
import { SheetState } from "./sheet";

/** What a cell holds as Excel reports it: "" for empty. */
export type CellScalar = string | number | boolean;

/** One cell: its value, the formula that computes it, and its number format. */
export interface CellState {
  value: CellScalar;
  formula?: string;
  numberFormat?: string;
}

/** A list validation (dropdown) set through range.dataValidation.rule. */
export interface ValidationRecord {
  address: string;
  box: Box;
  rule: Excel.DataValidationRule;
}

/** A conditional format added through range.conditionalFormats.add(type). */
export interface ConditionalFormatRecord {
  address: string;
  box: Box;
  type: string;
  dataBar: {
    fillColor?: string;
    barDirection?: string;
    lowerBoundRule?: Excel.ConditionalDataBarRule;
    upperBoundRule?: Excel.ConditionalDataBarRule;
  };
  colorScale: { criteria?: Excel.ConditionalColorScaleCriteria };
  textComparison: { rule?: Excel.ConditionalTextComparisonRule; fill?: string; font?: string };
  cellValue: { rule?: Excel.ConditionalCellValueRule; fill?: string; font?: string };
}

/** A chart added through worksheet.charts.add. */
export interface ChartRecord {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: { start: string; end: string };
}

/** A format property written to a range (font, fill, wrap, alignment, column width). */
export interface FormatRecord {
  address: string;
  property: string;
  value: unknown;
}

/** Page setup of a sheet as written through worksheet.pageLayout. */
export interface PageLayoutRecord {
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
}

export { SheetState } from "./sheet";

/** One table (ListObject): its name, sheet, range (header row first) and style. */
export class TableState {
  constructor(
    public name: string,
    public sheet: SheetState,
    public box: Box,
    public style: string,
    readonly id: string,
  ) {}

  /** The table's range address on its sheet, e.g. "A1:S101". */
  get address(): string {
    return boxA1(this.box);
  }

  /** The header texts, as the header row holds them. */
  get headers(): string[] {
    return this.sheet.valuesOf({ ...this.box, r2: this.box.r1 })[0].map(String);
  }
}

/** Counters a test or the benchmark reads: syncs, bytes sent and received per sync. */
export interface SyncStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Sync numbers (1-based) during which API calculation was suspended. */
  calculationSuspended: number[];
  /** Recalculations asked for: the sync (1-based) and the calculation type. */
  calculations: { sync: number; type: string }[];
}

/** The whole document: its sheets in tab order, its tables, selection and counters. */
export class BookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  active: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly stats: SyncStats = {
    syncs: 0, requestBytes: [], responseBytes: [], calculationSuspended: [], calculations: [],
  };
  readonly createdWorkbooks: (string | undefined)[] = [];
  /**
   * What a plain method or property reached from a null object gives (table.getRange() of a
   * missing table): null objects, or ItemNotFound at sync, the stricter reading, for tests.
   */
  nullChildren: "null" | "fail" = "null";
  /**
   * The requirement sets the host supports, each with its highest version: an API of a later
   * version fails at sync with ApiNotFound, and isSetSupported answers from here.
   */
  requirementSets: Record<string, string> = { ExcelApi: "1.20" };
  /** False plays an Excel whose failed syncs report no context.trace() messages. */
  reportTraces = true;
  requestLimitBytes = 5 * 1024 * 1024;
  responseLimitBytes = 5 * 1024 * 1024;
  private counter = 0;

  /** The live sheet of that name (ignoring case), or undefined. */
  sheet(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The sheet of that name. @throws FakeOfficeError ItemNotFound when there is none. */
  sheetOrThrow(name: string, location = "WorksheetCollection.getItem"): SheetState {
    const found = this.sheet(name);
    if (!found) {
      throw excelError(FakeErrorCode.itemNotFound, `There is no sheet named "${name}".`, location);
    }
    return found;
  }

  /** The table of that name (ignoring case), or undefined. */
  table(name: string): TableState | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  /**
   * Adds a sheet at the end (or at `position`), as Excel does, checking its name.
   * @throws FakeOfficeError InvalidArgument or ItemAlreadyExists for a name Excel refuses.
   */
  addSheet(name?: string, position?: number): SheetState {
    const finalName = name ?? this.freeSheetName();
    this.checkSheetName(finalName, null, "WorksheetCollection.add");
    const sheet = new SheetState(finalName, this.nextId("sheet"), () => this.tables);
    const at = position === undefined ? this.sheets.length : Math.min(position, this.sheets.length);
    this.sheets.splice(at, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  /** Checks a sheet name against Excel's rules and the other sheets' names. */
  checkSheetName(name: unknown, self: SheetState | null, location: string): void {
    const problem = sheetNameProblem(name);
    if (problem) throw badName("sheet", problem, location);
    const other = this.sheet(name as string);
    if (other && other !== self) throw takenName("sheet", name as string, location);
  }

  /** Checks a table name against Excel's rules and the other tables' names. */
  checkTableName(name: unknown, self: TableState | null, location: string): void {
    const problem = tableNameProblem(name);
    if (problem) throw badName("table", problem, location);
    const other = this.table(name as string);
    if (other && other !== self) throw takenName("table", name as string, location);
  }

  /** Removes a sheet with its tables. @throws InvalidOperation for the last sheet. */
  deleteSheet(sheet: SheetState, location = "Worksheet.delete"): void {
    if (this.sheets.length === 1) {
      throw excelError(FakeErrorCode.invalidOperation, "A workbook must keep one sheet.", location);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[0];
    if (this.selection?.sheet === sheet.name) this.selection = null;
  }

  /** Moves a sheet to a 0-based tab position. */
  moveSheet(sheet: SheetState, position: number): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }

  /**
   * Makes a table over a box whose first row is the header row, as tables.add(address, true):
   * blank headers become Column1, Column2 ..., repeated ones get a number, and a table of a
   * header row only gets one empty body row.
   * @throws FakeOfficeError InvalidArgument when the box overlaps another table.
   */
  addTable(sheet: SheetState, box: Box, location = "TableCollection.add"): TableState {
    const clash = this.tables.find((t) => t.sheet === sheet && overlaps(t.box, box));
    if (clash) {
      throw excelError(
        FakeErrorCode.invalidArgument,
        `A table cannot overlap another table (${clash.name}).`,
        location,
      );
    }
    const full = box.r2 === box.r1 ? { ...box, r2: box.r1 + 1 } : box;
    let n = this.tables.length + 1;
    while (this.table(`Table${n}`)) n++;
    const id = this.nextId("table");
    const table = new TableState(`Table${n}`, sheet, full, "TableStyleMedium2", id);
    this.fixHeaders(table);
    this.tables.push(table);
    return table;
  }

  /** Gives every header cell of the table a unique non-blank text, keeping the first of a kind. */
  fixHeaders(table: TableState): void {
    const seen = new Set<string>();
    const { r1, c1, c2 } = table.box;
    for (let c = c1; c <= c2; c++) {
      const raw = table.sheet.valueAt(r1, c);
      const text = String(raw).trim() === "" ? `Column${c - c1 + 1}` : String(raw);
      let unique = text;
      for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${text}${k}`;
      seen.add(unique.toLowerCase());
      if (unique !== raw) table.sheet.put(r1, c, unique);
    }
  }

  private freeSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  /** A fresh id for a new object. */
  nextId(kind: string): string {
    return `{${kind}-${++this.counter}}`;
  }
}

/** Refuses a change to a protected sheet, as Excel does. @throws FakeOfficeError AccessDenied. */
export function writable(sheet: SheetState, location: string): SheetState {
  if (sheet.protected) {
    throw excelError(
      FakeErrorCode.accessDenied,
      `The sheet "${sheet.name}" is protected: unprotect it to change it.`,
      location,
    );
  }
  return sheet;
}
