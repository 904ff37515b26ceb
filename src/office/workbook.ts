/**
 * The Office.js executor: the workbook gateway inside Excel. A command costs one sync to read
 * and one to write, whatever the number of rows; a write over Excel on the web's request
 * limit is split into bands of whole rows, one sync each.
 */
import type { ApplyReport, ReadRequest, WorkbookGateway } from "../core/gateway";
import type { RawWorkbook } from "../core/model/grid";
import type { WorkbookPlan } from "../core/plan/types";
import { describeExcelError, excelErrorCode, OfficeCommandError } from "./errors";
import { SYNC_BEGUN, writeFailure } from "./failure";
import { packSyncs, queueGroup, type QueuedPart } from "./pack";
import { SYNC_PAYLOAD_LIMIT } from "./payload";
import { readWorkbook, type ReadMemo } from "./read";
import { planSteps, type Handles } from "./steps";

/** Writes of at least this many cells suspend Excel's calculation until their sync ends. */
const LARGE_WRITE_CELLS = 1000;

/** Options of the executor; the defaults suit Excel on every platform. */
export interface OfficeWorkbookOptions {
  /** Payload bytes one write sync may carry (default SYNC_PAYLOAD_LIMIT, 4.5 MB). */
  readonly payloadLimit?: number;
}

/** The workbook open in Excel, read and written through Office.js. */
export class OfficeWorkbook implements WorkbookGateway {
  private memo: ReadMemo | null = null;
  private readonly payloadLimit: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? SYNC_PAYLOAD_LIMIT;
  }

  /**
   * Reads the register sheets in one sync.
   * @throws OfficeCommandError with a sentence for the person when Excel refuses.
   */
  async read(request?: ReadRequest): Promise<RawWorkbook> {
    try {
      const { raw, memo } = await readWorkbook(request);
      this.memo = memo;
      return raw;
    } catch (err) {
      throw new OfficeCommandError(describeExcelError(err), [], excelErrorCode(err), err);
    }
  }

  /**
   * Applies a plan in one sync, or in bands of whole rows when it is over the payload limit.
   * @throws OfficeCommandError saying what went wrong, what to do, and what was done before.
   */
  async apply(plan: WorkbookPlan): Promise<ApplyReport> {
    this.refuseProtected(plan);
    const groups = packSyncs(planSteps(plan, this.memo), this.payloadLimit);
    const done: string[] = [];
    let completed = 0;
    let queued: QueuedPart[] = [];
    try {
      await Excel.run(async (context) => {
        const handles: Handles = { context, sheets: new Map(), tables: new Map() };
        const application = context.workbook.application;
        let suspended = false;
        for (const [i, group] of groups.entries()) {
          if (group.cells >= LARGE_WRITE_CELLS) {
            application.suspendApiCalculationUntilNextSync();
            suspended = true;
          }
          // Traces cost no sync: a failed sync reports those that ran, so how far it got.
          context.trace(SYNC_BEGUN);
          queued = queueGroup(group, handles, (part) => context.trace(String(part)));
          // Once calculation was suspended, recalculating is left to the add-in (Office.js
          // reference). Recalculate takes the cells Excel marked dirty; Full would recompute
          // every formula of the user's too, on a large workbook a long wait for nothing.
          if (suspended && i === groups.length - 1) {
            application.calculate(Excel.CalculationType.recalculate);
            queued.push({ what: "recalculating the workbook" });
          }
          await context.sync();
          for (const part of queued) if (part.done) done.push(part.done);
          queued = [];
          completed++;
        }
      });
    } catch (err) {
      throw await writeFailure(err, plan, { done, completed, queued });
    } finally {
      // What the read learnt is stale once the workbook has been written.
      this.memo = null;
    }
    return { done, skipped: [] };
  }

  /**
   * Shows a finding's cell: activates its sheet and selects the cell (A1 when none is given).
   * @throws OfficeCommandError when the sheet is gone or Excel refuses.
   */
  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell.trim() === "" ? "A1" : cell).select();
        await context.sync();
      });
    } catch (err) {
      const code = excelErrorCode(err);
      const message = code === "ItemNotFound"
        ? `The sheet ${sheet} is no longer in the workbook: someone may have renamed or ` +
          "deleted it. Run the check again."
        : describeExcelError(err);
      throw new OfficeCommandError(message, [], code, err);
    }
  }

  /** Refuses, before anything is sent, a plan that changes a sheet the read found protected. */
  private refuseProtected(plan: WorkbookPlan): void {
    const locked = plan.sheets.find((sp) =>
      !sp.create && this.memo?.protectedSheets.has(sp.name.toLowerCase()));
    if (!locked) return;
    throw new OfficeCommandError(
      `The sheet ${locked.name} is protected: unprotect it (Review > Unprotect Sheet) and run ` +
        "the command again. Nothing was changed.",
      [],
      "AccessDenied",
    );
  }
}

/** Activates a sheet and selects a cell in the open workbook (for the task pane's findings). */
export function selectCell(sheet: string, cell: string): Promise<void> {
  return new OfficeWorkbook().selectCell(sheet, cell);
}
