/**
 * Tables (ListObjects) of the in-memory Excel: created with tables.add over a range whose first
 * row is the header row, named by Excel's rules, widened with resize. rows.add is refused:
 * the product never grows a table row by row (it conflicts when co-authoring).
 */
import { boxA1, overlaps, parseBox, sheetOf } from "./address";
import { FakeObject, propertyList, type FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import { FakeRange, type RangeTarget } from "./range";
import { writable, type SheetState, type TableState } from "./state";
import type { FakeWorksheet } from "./worksheet";

type SheetProxy = { resolveTarget(): SheetState | null };
type MakeSheet = (find: () => SheetState | null, nullable?: boolean) => FakeWorksheet;

/** The tables of a workbook, or of one sheet when `sheet` is given. */
export class FakeTableCollection extends FakeObject<TableState[]> {
  private itemsCache: FakeTable[] = [];

  constructor(core: FakeContextCore, private readonly sheet: SheetProxy | null,
    private readonly makeSheet: MakeSheet) {
    super(core, () => {
      if (!sheet) return core.book.tables;
      const s = sheet.resolveTarget();
      return s ? core.book.tables.filter((t) => t.sheet === s) : null;
    }, "TableCollection", true);
  }

  private innerProps = "name";

  protected override read(tables: TableState[], property: string): unknown {
    if (property === "count") return tables.length;
    this.itemsCache = tables.map((t) => {
      const proxy = new FakeTable(this.core, () => t, this.makeSheet);
      proxy.fill(this.innerProps);
      return proxy;
    });
    return this.itemsCache.length;
  }

  /** The tables loaded by load("items/name") and a sync. */
  get items(): FakeTable[] {
    this.loadedValue("items");
    return this.itemsCache;
  }

  /** Loads the tables with the properties named ("items/name" or "name"). */
  override load(props?: unknown): this {
    const inner = propertyList(props)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    this.innerProps = inner.join(",") || "name";
    return super.load("items");
  }

  /**
   * Creates a table over a filled range whose first row holds the headers.
   * @throws (at sync) InvalidArgument when it overlaps a table; NotImplemented without headers.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let made: TableState | null = null;
    const label = typeof address === "string" ? address : "(range)";
    this.core.enqueue("TableCollection.add", label.length + 8, () => {
      if (!hasHeaders) {
        throw excelError(FakeErrorCode.notImplemented, "Tables without headers are not imitated.");
      }
      const target = this.targetOf(address);
      writable(target.sheet, "TableCollection.add");
      made = this.core.book.addTable(target.sheet, target.box);
    });
    return new FakeTable(this.core, () => made, this.makeSheet);
  }

  private targetOf(address: string | FakeRange): RangeTarget {
    if (typeof address !== "string") {
      const t = address.resolveTarget();
      if (!t) throw excelError(FakeErrorCode.itemNotFound, "No such range.", "TableCollection.add");
      return t;
    }
    // The Office.js reference says an address without a sheet name means the active sheet;
    // this applies it to both collections (the stricter reading), so code passes a Range.
    const named = sheetOf(address);
    const book = this.core.book;
    const sheet = named !== null ? book.sheetOrThrow(named, "TableCollection.add") : book.active;
    if (!sheet) {
      throw excelError(FakeErrorCode.invalidArgument, "The address names no sheet.",
        "TableCollection.add");
    }
    return { sheet, box: parseBox(address, "TableCollection.add") };
  }

  private findTable(name: string): TableState | null {
    const t = this.core.book.table(name);
    if (!t) return null;
    const own = this.sheet?.resolveTarget();
    return this.sheet && t.sheet !== own ? null : t;
  }

  /** The table of that name. @throws (at sync) ItemNotFound when there is none. */
  getItem(name: string): FakeTable {
    const table = new FakeTable(this.core, () => this.findTable(name), this.makeSheet);
    return table.queueLookup();
  }

  /** The table of that name, or a null object. */
  getItemOrNullObject(name: string): FakeTable {
    this.core.requires("1.4", "TableCollection.getItemOrNullObject");
    const table = new FakeTable(this.core, () => this.findTable(name), this.makeSheet, true);
    return table.queueLookup();
  }
}

/** One table. */
export class FakeTable extends FakeObject<TableState> implements Pick<Excel.Table,
  "name" | "style" | "id" | "showHeaders" | "delete" | "isNullObject"
> {
  private readonly filled = new Map<string, unknown>();

  constructor(core: FakeContextCore, find: () => TableState | null,
    private readonly makeSheet: MakeSheet, nullable = false) {
    super(core, find, "Table", nullable);
  }

  protected override isGone(t: TableState): boolean {
    return !this.core.book.tables.includes(t);
  }

  /** Queues the lookup, so a missing table fails at this point of the batch. */
  queueLookup(): this {
    return this.lookup();
  }

  /** Fills properties of a collection item loaded with its collection. */
  fill(props: string): void {
    const t = this.resolveTarget();
    if (!t) return;
    for (const p of props.split(",").map((x) => x.trim()).filter(Boolean)) {
      this.filled.set(p, this.read(t, p));
    }
  }

  protected override read(t: TableState, property: string): unknown {
    switch (property) {
      case "name": return t.name;
      case "style": return t.style;
      case "id": return t.id;
      case "showHeaders": return true;
      case "showTotals": return false;
      default:
        throw excelError(FakeErrorCode.notImplemented, `Table.${property} is not imitated.`);
    }
  }

  private prop<V>(name: string): V {
    return (this.filled.has(name) ? this.filled.get(name) : this.loadedValue(name)) as V;
  }

  get name(): string { return this.prop("name"); }
  set name(name: string) {
    this.change("name", name, (t) => {
      writable(t.sheet, "Table.name");
      this.core.book.checkTableName(name, t, "Table.name");
      t.name = name;
    });
  }

  get style(): string { return this.prop("style"); }
  set style(style: string) {
    this.change("style", style, (t) => void (t.style = style));
  }

  get id(): string { return this.prop("id"); }
  get showHeaders(): boolean { return this.prop("showHeaders"); }

  /** The sheet the table is on. */
  get worksheet(): FakeWorksheet {
    return this.makeSheet(() => this.resolveTarget()?.sheet ?? null, this.nullableProxy);
  }

  private part(pick: (t: TableState) => RangeTarget): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.resolveTarget();
      return t ? pick(t) : null;
    }, this.nullableProxy);
  }

  /** The table's whole range, header row included. */
  getRange(): FakeRange {
    return this.part((t) => ({ sheet: t.sheet, box: t.box }));
  }

  /** The header row. */
  getHeaderRowRange(): FakeRange {
    return this.part((t) => ({ sheet: t.sheet, box: { ...t.box, r2: t.box.r1 } }));
  }

  /** The body, below the header row. */
  getDataBodyRange(): FakeRange {
    return this.part((t) => ({ sheet: t.sheet, box: { ...t.box, r1: t.box.r1 + 1 } }));
  }

  /**
   * Gives the table a new range: its header row stays in the same row and the new range must
   * overlap the old one; new header cells are named as Excel names them.
   */
  resize(newRange: string | FakeRange): void {
    this.core.requires("1.13", "Table.resize");
    const label = typeof newRange === "string" ? newRange : "(range)";
    this.call("resize", [label], (t) => {
      writable(t.sheet, "Table.resize");
      const box = typeof newRange === "string"
        ? parseBox(newRange, "Table.resize")
        : newRange.resolveTarget()?.box;
      const ok = box && box.r1 === t.box.r1 && box.r2 > box.r1 && overlaps(box, t.box);
      const clash = box && this.core.book.tables.find(
        (o) => o !== t && o.sheet === t.sheet && overlaps(o.box, box));
      if (!box || !ok || clash) {
        throw excelError(
          FakeErrorCode.invalidArgument,
          `Table ${t.name} cannot take the range ${box ? boxA1(box) : label}: ` +
            "the header row must " +
            "stay in its row, the range must overlap the table and no other table.",
          "Table.resize",
        );
      }
      t.box = box;
      this.core.book.fixHeaders(t);
    });
  }

  /** Deletes the table, leaving its cells. */
  delete(): void {
    this.call("delete", [], (t) => {
      writable(t.sheet, "Table.delete");
      this.core.book.tables = this.core.book.tables.filter((x) => x !== t);
    });
  }

  /** Rows of the table: adding rows one by one is refused here. */
  get rows() {
    return {
      add: (): never => {
        throw excelError(
          FakeErrorCode.notImplemented,
          "rows.add is not imitated: fill the range and resize the table instead.",
          "TableRowCollection.add",
        );
      },
    };
  }
}
