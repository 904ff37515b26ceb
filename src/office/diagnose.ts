/**
 * After a write failed on a missing item or a protected sheet, one more look at the workbook
 * finds which sheet or table is at fault, so the message can name it.
 */
import type { WorkbookPlan } from "../core/plan/types";

/** A sentence naming the sheet or table behind the failure, or null when none is found. */
export async function diagnose(plan: WorkbookPlan): Promise<string | null> {
  try {
    return await Excel.run(async (context) => {
      const probes = plan.sheets.map((sp) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sp.name);
        const table = sp.table && !sp.table.create
          ? ws.tables.getItemOrNullObject(sp.table.name)
          : null;
        table?.load("name");
        const protection = ws.protection;
        protection.load("protected");
        return { sp, ws, table, protection };
      });
      await context.sync();
      for (const { sp, ws, table, protection } of probes) {
        if (ws.isNullObject && sp.create) continue;
        if (ws.isNullObject) {
          return `The sheet ${sp.name} is no longer in the workbook: someone may have renamed ` +
            "or deleted it since the workbook was read. Run the command again.";
        }
        if (table?.isNullObject) {
          return `The table ${sp.table?.name} is no longer on the sheet ${sp.name}: someone may ` +
            "have renamed or removed it since the workbook was read. Run the command again.";
        }
        if (protection.protected) {
          return `The sheet ${sp.name} is protected: unprotect it (Review > Unprotect Sheet) ` +
            "and run the command again.";
        }
      }
      return null;
    });
  } catch {
    return null;
  }
}
