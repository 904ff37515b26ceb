/** Whether a plan would change anything in a workbook. */
import type { SheetPlan, WorkbookPlan } from "./types";

/** True when a sheet's plan creates, clears, writes, builds a table or draws nothing. */
function sheetIsNoop(sheet: SheetPlan): boolean {
  return (
    !sheet.create &&
    !sheet.clear &&
    sheet.blocks.every((b) => b.cells.length === 0) &&
    sheet.table === undefined &&
    (sheet.charts?.length ?? 0) === 0
  );
}

/**
 * True when applying the plan would change no sheet, cell, table or chart: what create/upgrade
 * gives on a workbook it has already made complete. A plan that only restates dropdowns and
 * formats counts as a no-op, since applying them again leaves the workbook as it is.
 */
export function isNoop(plan: WorkbookPlan): boolean {
  return plan.sheets.every(sheetIsNoop);
}
