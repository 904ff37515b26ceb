/**
 * Worksheets of the in-memory Excel: name (Excel's rules), position, tab colour, ranges, the
 * used range, tables, charts, frozen rows, page layout, protection, activation and deletion.
 */
import { boxA1, LAST_COL, LAST_ROW, parseBox } from "./address";
import { FakeObject, propertyList, type FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import { FakeRange } from "./range";
import { FakeChartCollection } from "./chart";
import { writable, type SheetState } from "./state";
import { FakeTableCollection } from "./table";

/** One worksheet. */
export class FakeWorksheet extends FakeObject<SheetState> implements Pick<Excel.Worksheet,
  "name" | "id" | "position" | "tabColor" | "activate" | "delete" | "isNullObject"
> {
  private readonly filled = new Map<string, unknown>();

  constructor(core: FakeContextCore, find: () => SheetState | null, nullable = false) {
    super(core, find, "Worksheet", nullable);
  }

  protected override isGone(sheet: SheetState): boolean {
    return sheet.deleted;
  }

  /** Queues the lookup, so a missing sheet fails at this point of the batch. */
  queueLookup(): this {
    return this.lookup();
  }

  /** Fills properties of a collection item loaded with its collection. */
  fill(props: string[]): void {
    const sheet = this.resolveTarget();
    if (sheet) for (const p of props) this.filled.set(p, this.read(sheet, p));
  }

  protected override read(sheet: SheetState, property: string): unknown {
    switch (property) {
      case "name": return sheet.name;
      case "id": return sheet.id;
      case "position": return this.core.book.sheets.indexOf(sheet);
      case "tabColor": return sheet.tabColor;
      case "visibility": return "Visible";
      default:
        throw excelError(FakeErrorCode.notImplemented, `Worksheet.${property} is not imitated.`);
    }
  }

  private prop<V>(name: string): V {
    return (this.filled.has(name) ? this.filled.get(name) : this.loadedValue(name)) as V;
  }

  get name(): string { return this.prop("name"); }
  set name(name: string) {
    this.change("name", name, (sheet) => {
      this.core.book.checkSheetName(name, sheet, "Worksheet.name");
      sheet.name = name;
    });
  }

  get id(): string { return this.prop("id"); }
  get position(): number { return this.prop("position"); }
  set position(position: number) {
    this.change("position", position, (sheet) => this.core.book.moveSheet(sheet, position));
  }

  get tabColor(): string { return this.prop("tabColor"); }
  set tabColor(color: string) {
    this.core.requires("1.7", "Worksheet.tabColor");
    this.change("tabColor", color, (sheet) => void (sheet.tabColor = color));
  }

  /** A range by A1 address, the whole sheet without one (a null object from a null sheet). */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.core, () => {
      const sheet = this.resolveTarget();
      if (!sheet) return null;
      const box = address === undefined
        ? { r1: 0, c1: 0, r2: LAST_ROW, c2: LAST_COL }
        : parseBox(address, "Worksheet.getRange");
      return { sheet, box };
    }, this.nullableProxy);
  }

  /** The cell at a 0-based row and column. */
  getCell(row: number, column: number): FakeRange {
    return this.getRange(boxA1({ r1: row, c1: column, r2: row, c2: column }));
  }

  private used(valuesOnly: boolean, nullable: boolean): FakeRange {
    const range = new FakeRange(this.core, () => {
      const sheet = this.resolveTarget();
      if (!sheet) return null;
      const box = sheet.usedBox(valuesOnly, this.core.book.tables);
      if (box) return { sheet, box };
      return nullable ? null : { sheet, box: { r1: 0, c1: 0, r2: 0, c2: 0 } };
    }, nullable);
    this.core.enqueue("Worksheet.getUsedRange", 0, () => void range.resolveTarget());
    return range;
  }

  /** The used range; A1 on an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, false);
  }

  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.core.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this.used(valuesOnly, true);
  }

  /** The tables on this sheet. */
  get tables(): FakeTableCollection {
    const make = (find: () => SheetState | null, nullable?: boolean) =>
      new FakeWorksheet(this.core, find, nullable);
    return new FakeTableCollection(this.core, this, make);
  }

  /** The charts on this sheet. */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.core, this);
  }

  /** Frozen panes: only rows at the top are imitated. */
  get freezePanes() {
    return {
      freezeRows: (count = 1) => {
        this.core.requires("1.7", "WorksheetFreezePanes.freezeRows");
        this.call("freezeRows", [count], (s) => {
          writable(s, "freezeRows").frozenRows = count;
        });
      },
      unfreeze: () => {
        this.core.requires("1.7", "WorksheetFreezePanes.unfreeze");
        this.call("unfreeze", [], (s) => void (writable(s, "unfreeze").frozenRows = 0));
      },
    };
  }

  /** Page setup: orientation, fit to pages, print titles. */
  get pageLayout() {
    const core = this.core;
    const call = (what: string, args: unknown[], apply: (s: SheetState) => void) => {
      core.requires("1.9", `PageLayout.${what}`);
      this.call(`pageLayout.${what}`, args, apply);
    };
    return {
      set orientation(value: Excel.PageOrientation | "Landscape" | "Portrait") {
        call("orientation", [value], (s) => void (s.pageLayout.orientation = value));
      },
      set zoom(value: Excel.PageLayoutZoomOptions) {
        call("zoom", [value], (s) => void (s.pageLayout.zoom = value));
      },
      setPrintTitleRows(rows: string) {
        call("setPrintTitleRows", [rows], (s) => {
          s.pageLayout.printTitleRows = rows;
        });
      },
    };
  }

  /** Sheet protection: whether the sheet is protected, protect and unprotect. */
  get protection(): FakeProtection {
    return new FakeProtection(this.core, () => this.resolveTarget());
  }

  /** Shows the sheet. */
  activate(): void {
    this.call("activate", [], (sheet) => void (this.core.book.active = sheet));
  }

  /** Deletes the sheet and its tables. */
  delete(): void {
    this.call("delete", [], (sheet) => this.core.book.deleteSheet(sheet));
  }
}

/** The protection of a sheet. */
export class FakeProtection extends FakeObject<SheetState>
  implements Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect"> {
  constructor(core: FakeContextCore, find: () => SheetState | null) {
    super(core, find, "WorksheetProtection", core.book.nullChildren === "null");
  }

  protected override read(sheet: SheetState, property: string): unknown {
    if (property === "protected") return sheet.protected;
    const message = `WorksheetProtection.${property} is not imitated.`;
    throw excelError(FakeErrorCode.notImplemented, message);
  }

  get protected(): boolean { return this.loadedValue("protected"); }

  protect(): void {
    this.call("protect", [], (sheet) => void (sheet.protected = true));
  }

  unprotect(): void {
    this.call("unprotect", [], (sheet) => void (sheet.protected = false));
  }
}

/** The worksheets of the workbook. */
export class FakeWorksheetCollection extends FakeObject<SheetState[]> {
  private itemsCache: FakeWorksheet[] = [];
  private innerProps: string[] = ["name"];

  constructor(core: FakeContextCore) {
    super(core, () => core.book.sheets, "WorksheetCollection");
  }

  protected override read(sheets: SheetState[], property: string): unknown {
    if (property === "count") return sheets.length;
    this.itemsCache = sheets.map((s) => {
      const proxy = new FakeWorksheet(this.core, () => s);
      proxy.fill(this.innerProps);
      return proxy;
    });
    return this.itemsCache.length;
  }

  /** Loads the sheets with the properties named ("items/name" or "name"). */
  override load(props?: unknown): this {
    const inner = propertyList(props)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    this.innerProps = inner.length > 0 ? inner : ["name"];
    return super.load("items");
  }

  /** The sheets loaded by load() and a sync, in tab order. */
  get items(): FakeWorksheet[] {
    this.loadedValue("items");
    return this.itemsCache;
  }

  /** Adds a sheet at the end. @throws (at sync) for a name Excel refuses. */
  add(name?: string): FakeWorksheet {
    let made: SheetState | null = null;
    this.core.enqueue("WorksheetCollection.add", (name ?? "").length, () => {
      made = this.core.book.addSheet(name);
    });
    return new FakeWorksheet(this.core, () => made);
  }

  /** The sheet of that name (ignoring case). @throws (at sync) ItemNotFound. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.core.book.sheet(key) ?? null).queueLookup();
  }

  /** The sheet of that name, or a null object. */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.core.requires("1.4", "WorksheetCollection.getItemOrNullObject");
    const find = () => this.core.book.sheet(key) ?? null;
    return new FakeWorksheet(this.core, find, true).queueLookup();
  }

  /** The sheet shown in the grid. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.core.book.active).queueLookup();
  }
}
