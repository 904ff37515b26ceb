/**
 * Installs the in-memory Excel as the globals `Excel`, `Office` and `OfficeExtension`, so code
 * written for Office.js runs unchanged in tests, the benchmark and the browser test page.
 */
import { supports, type SyncHook } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { BookState } from "./state";
import { FakeRequestContext } from "./workbook";

/** How the in-memory Excel starts. */
export interface FakeExcelOptions {
  /** Sheets the workbook starts with, in tab order; by default one sheet, "Sheet1". */
  readonly sheets?: readonly string[];
  /** Request payload limit in bytes (Excel on the web: 5 MB). */
  readonly requestLimitBytes?: number;
  /** Response payload limit in bytes (Excel on the web: 5 MB). */
  readonly responseLimitBytes?: number;
  /** What plain navigation from a null object gives: null objects (default) or ItemNotFound. */
  readonly nullChildren?: "null" | "fail";
  /** The highest ExcelApi version the host supports (default 1.20): later APIs fail. */
  readonly excelApi?: string;
}

/** What a test holds after installing: the document, counters and removal. */
export interface FakeExcelHandle {
  /** The document: sheets, tables, records, counters. */
  readonly book: BookState;
  /** context.sync() calls since install or the last resetCounters(). */
  readonly syncCount: number;
  /** Request bytes of each sync, in order. */
  readonly requestBytes: readonly number[];
  /** Zeroes the counters (after a test has seeded the workbook through the API). */
  resetCounters(): void;
  /** Runs `hook` before each later sync reaches the document (a co-author's edit). */
  beforeSync(hook: SyncHook): void;
  /** Removes the globals this install put in place. */
  uninstall(): void;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const ENUMS = {
  ErrorCodes: Object.fromEntries(Object.entries(FakeErrorCode)),
  ConditionalFormatType: {
    dataBar: "DataBar", colorScale: "ColorScale", containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ChartType: {
    barClustered: "BarClustered", columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked", pie: "Pie",
  },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
};

const GLOBALS = ["Excel", "Office", "OfficeExtension"] as const;

/** Installs a fresh in-memory workbook as the Office.js globals. */
export function installFakeExcel(options: FakeExcelOptions = {}): FakeExcelHandle {
  const book = new BookState();
  for (const name of options.sheets ?? ["Sheet1"]) book.addSheet(name);
  if (options.requestLimitBytes !== undefined) book.requestLimitBytes = options.requestLimitBytes;
  book.responseLimitBytes = options.responseLimitBytes ?? book.responseLimitBytes;
  book.nullChildren = options.nullChildren ?? "null";
  if (options.excelApi !== undefined) book.requirementSets.ExcelApi = options.excelApi;
  const hooks: SyncHook[] = [];
  const scope = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((g) => [g, scope[g]] as const);

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    const context = new FakeRequestContext(book, hooks);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.core.pending) await context.sync();
    return result;
  }

  scope.Excel = {
    ...ENUMS,
    run,
    RequestContext: FakeRequestContext,
    createWorkbook: async (base64?: string) => {
      if (!supports(book, "ExcelApi", "1.8")) {
        throw new FakeOfficeError(FakeErrorCode.apiNotFound,
          "Excel.createWorkbook is part of ExcelApi 1.8, which this Excel does not support.",
          "Excel.createWorkbook");
      }
      book.createdWorkbooks.push(base64);
    },
  };
  scope.Office = {
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      host: "Excel",
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => supports(book, name, minVersion),
      },
    },
  };
  scope.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: ENUMS.ErrorCodes };

  return {
    book,
    get syncCount() {
      return book.stats.syncs;
    },
    get requestBytes() {
      return book.stats.requestBytes;
    },
    resetCounters() {
      book.stats.syncs = 0;
      book.stats.requestBytes.length = 0;
      book.stats.responseBytes.length = 0;
      book.stats.calculationSuspended.length = 0;
      book.stats.calculations.length = 0;
    },
    beforeSync(hook) {
      hooks.push(hook);
    },
    uninstall() {
      for (const [name, value] of saved) {
        if (value === undefined) delete scope[name];
        else scope[name] = value;
      }
    },
  };
}
