/**
 * The workbook gateway: the one narrow door between the core and a workbook. Two executors
 * implement it, Office.js inside Excel and ExcelJS for .xlsx files; the commands use only this.
 */
import type { RawWorkbook } from "./model/grid";
import type { WorkbookPlan } from "./plan/types";

/** What the read should bring back besides the register sheets. */
export interface ReadRequest {
  /** Read only these register sheets (by sheet name); omitted, all the registers. */
  readonly sheets?: readonly string[];
  /** Also read what stands around each register table (RawSheet.around), for create/upgrade. */
  readonly around?: boolean;
}

/** What an executor reports after applying a plan. */
export interface ApplyReport {
  /** One line per thing done, for the pane and the command line ("Created sheet Risks"). */
  readonly done: readonly string[];
  /** Parts of the plan this executor cannot carry out (charts in a file), said plainly. */
  readonly skipped: readonly string[];
}

export interface WorkbookGateway {
  /** Reads every register sheet as raw grids, in one round trip inside Excel. */
  read(request?: ReadRequest): Promise<RawWorkbook>;
  /** Applies a plan, in one round trip inside Excel unless the payload must be split. */
  apply(plan: WorkbookPlan): Promise<ApplyReport>;
}
