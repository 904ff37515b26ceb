/**
 * The workbook and request context of the in-memory Excel: worksheets, tables, the
 * application (calculation suspension) and the selection.
 */
import { parseBox } from "./address";
import { FakeContextCore, type SyncHook } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import { FakeRange } from "./range";
import type { BookState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheet";

const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"];

/** The application: suspending calculation until the next sync, and recalculating. */
export class FakeApplication
  implements Pick<Excel.Application, "calculate" | "suspendApiCalculationUntilNextSync"> {
  constructor(private readonly core: FakeContextCore) {}

  /** Recalculates the workbook (recorded with its sync). @throws (at sync) for another type. */
  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild") {
    this.core.enqueue("Application.calculate", calculationType.length, () => {
      if (!CALCULATION_TYPES.includes(calculationType)) {
        throw excelError(FakeErrorCode.invalidArgument,
          `"${calculationType}" is not a calculation type.`, "Application.calculate");
      }
      const stats = this.core.book.stats;
      stats.calculations.push({ sync: stats.syncs, type: calculationType });
    });
  }

  /** Suspends calculation until the next sync (recorded per sync). */
  suspendApiCalculationUntilNextSync(): void {
    this.core.requires("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.core.enqueue("Application.suspendApiCalculationUntilNextSync", 0, () => {
      const stats = this.core.book.stats;
      stats.calculationSuspended.push(stats.syncs);
    });
  }
}

/** The workbook of a request context. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;

  constructor(private readonly core: FakeContextCore) {
    this.worksheets = new FakeWorksheetCollection(core);
    this.tables = new FakeTableCollection(core, null, (find, nullable) =>
      new FakeWorksheet(core, find, nullable));
    this.application = new FakeApplication(core);
  }

  /** The selected range. @throws (at sync) InvalidSelection when nothing is selected. */
  getSelectedRange(): FakeRange {
    const range = new FakeRange(this.core, () => {
      const sel = this.core.book.selection;
      if (!sel) {
        const where = "Workbook.getSelectedRange";
        throw excelError(FakeErrorCode.invalidSelection, "Nothing is selected.", where);
      }
      return { sheet: this.core.book.sheetOrThrow(sel.sheet), box: parseBox(sel.address, "") };
    });
    this.core.enqueue("Workbook.getSelectedRange", 0, () => void range.resolveTarget());
    return range;
  }
}

/** The request context handed to an Excel.run batch. */
export class FakeRequestContext implements Pick<Excel.RequestContext, "trace"> {
  readonly core: FakeContextCore;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(book: BookState, hooks: SyncHook[]) {
    this.core = new FakeContextCore(book, hooks);
    this.workbook = new FakeWorkbook(this.core);
    this.application = this.workbook.application;
  }

  /** Queues a trace message, reported by a failed sync if it ran before the error. */
  trace(message: string): void {
    this.core.trace(message);
  }

  /** Sends the queued requests to the document in one round trip. */
  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    return this.core.sync().then(() => passThroughValue);
  }
}
