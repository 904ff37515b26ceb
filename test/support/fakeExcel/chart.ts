/**
 * Charts of a sheet in the in-memory Excel: added over a source range, named (one name per
 * chart on a sheet, the stricter reading), placed; changing one needs the sheet unprotected.
 */
import { boxA1 } from "./address";
import { FakeObject, type FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import type { FakeRange } from "./range";
import { writable, type ChartRecord, type SheetState } from "./state";

interface SheetProxy {
  resolveTarget(): SheetState | null;
}

/** The charts of a sheet. */
export class FakeChartCollection extends FakeObject<ChartRecord[]> {
  private names: string[] = [];

  constructor(core: FakeContextCore, private readonly sheet: SheetProxy) {
    const nullable = core.book.nullChildren === "null";
    super(core, () => sheet.resolveTarget()?.charts ?? null, "ChartCollection", nullable);
  }

  protected override read(charts: ChartRecord[], property: string): unknown {
    this.names = charts.map((c) => c.name);
    return property === "count" ? charts.length : this.names.length;
  }

  /** Loads the charts' names ("items/name"). */
  override load(_props?: unknown): this {
    return super.load("items");
  }

  /** The charts loaded by load("items/name") and a sync: their names only. */
  get items(): { name: string }[] {
    this.loadedValue("items");
    return this.names.map((name) => ({ name }));
  }

  /** Adds a chart of a type over a source range, series by rows or columns. */
  add(
    type: Excel.ChartType | string,
    sourceData: FakeRange,
    seriesBy: Excel.ChartSeriesBy | string = "Auto",
  ): FakeChart {
    const holder: { chart?: ChartRecord; sheet?: SheetState } = {};
    this.core.enqueue("ChartCollection.add", type.length + seriesBy.length, () => {
      const sheet = this.sheet.resolveTarget();
      const source = sourceData.resolveTarget();
      if (!sheet || !source) {
        const where = "ChartCollection.add";
        throw excelError(FakeErrorCode.itemNotFound, "No such sheet or range.", where);
      }
      writable(sheet, "ChartCollection.add");
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name.toLowerCase() === `chart ${n}`)) n++;
      const chart = { name: `Chart ${n}`, type, source: boxA1(source.box), seriesBy, title: "" };
      sheet.charts.push(chart);
      holder.chart = chart;
      holder.sheet = sheet;
    });
    return new FakeChart(this.core, holder);
  }

  /** The chart of that name, or a null object (deleting a null object does nothing). */
  getItemOrNullObject(name: string): FakeChart {
    this.core.requires("1.4", "ChartCollection.getItemOrNullObject");
    const holder: { chart?: ChartRecord; sheet?: SheetState } = {};
    this.core.enqueue("ChartCollection.getItemOrNullObject", 0, () => {
      const sheet = this.sheet.resolveTarget();
      holder.sheet = sheet ?? undefined;
      holder.chart = sheet?.charts.find((c) => c.name === name);
    });
    return new FakeChart(this.core, holder);
  }

  /** The chart of that name. @throws (at sync) ItemNotFound when there is none. */
  getItem(name: string): FakeChart {
    const holder: { chart?: ChartRecord; sheet?: SheetState } = {};
    this.core.enqueue("ChartCollection.getItem", 0, () => {
      const sheet = this.sheet.resolveTarget();
      holder.sheet = sheet ?? undefined;
      holder.chart = sheet?.charts.find((c) => c.name === name);
      if (!holder.chart) {
        const where = "ChartCollection.getItem";
        throw excelError(FakeErrorCode.itemNotFound, `There is no chart "${name}".`, where);
      }
    });
    return new FakeChart(this.core, holder);
  }
}

/** One chart: name, title, position. */
export class FakeChart implements Pick<Excel.Chart, "name" | "setPosition" | "delete"> {
  constructor(
    private readonly core: FakeContextCore,
    private readonly holder: { chart?: ChartRecord; sheet?: SheetState },
  ) {}

  private edit(what: string, value: unknown, apply: (chart: ChartRecord) => void): void {
    const location = `Chart.${what}`;
    this.core.enqueue(location, JSON.stringify(value ?? null).length, () => {
      const { chart, sheet } = this.holder;
      if (!chart) throw excelError(FakeErrorCode.itemNotFound, "No such chart.", location);
      if (sheet) writable(sheet, location);
      apply(chart);
    });
  }

  set name(name: string) {
    this.edit("name", name, (c) => {
      const taken = this.holder.sheet?.charts.some((o) =>
        o !== c && o.name.toLowerCase() === name.toLowerCase());
      if (taken) {
        throw excelError(FakeErrorCode.itemAlreadyExists,
          `The sheet already has a chart named "${name}".`, "Chart.name");
      }
      c.name = name;
    });
  }

  get title() {
    const edit = this.edit.bind(this);
    return {
      set text(text: string) {
        edit("title", text, (c) => void (c.title = text));
      },
    };
  }

  /** Places the chart over cells, from a top-left cell to a bottom-right one. */
  setPosition(startCell: string, endCell?: string): void {
    this.edit("setPosition", [startCell, endCell], (c) => {
      c.position = { start: startCell, end: endCell ?? startCell };
    });
  }

  /** Deletes the chart. */
  delete(): void {
    this.core.enqueue("Chart.delete", 0, () => {
      const { chart, sheet } = this.holder;
      if (!chart || !sheet) return;
      writable(sheet, "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}
