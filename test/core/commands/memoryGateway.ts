/**
 * A workbook gateway over an in-memory workbook, for driving the commands in tests: it records
 * every plan applied and counts reads and applies. Failures can be injected.
 */
import type { ApplyReport, WorkbookGateway } from "../../../src/core/gateway";
import type { RawWorkbook } from "../../../src/core/model/grid";
import { SimulatedWorkbook } from "../../../src/core/plan/simulate";
import type { WorkbookPlan } from "../../../src/core/plan/types";

export interface MemoryGatewayOptions {
  readonly failRead?: unknown;
  readonly failApply?: unknown;
}

/** The in-memory gateway: the workbook, the plans applied, and the calls made. */
export class MemoryGateway implements WorkbookGateway {
  readonly book: SimulatedWorkbook;
  readonly plans: WorkbookPlan[] = [];
  reads = 0;
  applies = 0;

  constructor(
    raw: RawWorkbook = { sheetNames: ["Sheet1"], sheets: [] },
    private readonly options: MemoryGatewayOptions = {},
  ) {
    this.book = new SimulatedWorkbook(raw);
  }

  async read(): Promise<RawWorkbook> {
    this.reads++;
    if (this.options.failRead !== undefined) throw this.options.failRead;
    return this.book.read("memory.xlsx");
  }

  async apply(plan: WorkbookPlan): Promise<ApplyReport> {
    this.applies++;
    if (this.options.failApply !== undefined) throw this.options.failApply;
    this.plans.push(plan);
    this.book.apply(plan);
    return {
      done: plan.sheets.map((s) => `${s.create ? "Created" : "Updated"} sheet ${s.name}`),
      skipped: plan.sheets.flatMap((s) => (s.charts ?? []).map((c) => `Chart ${c.title}`)),
    };
  }

  /** Every sheet's cells, for comparing the whole workbook before and after a command. */
  everything(): Map<string, Map<string, unknown>> {
    return new Map(this.book.sheetNames.map((n) => [n, this.book.snapshot(n)]));
  }
}
