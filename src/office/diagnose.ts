/**
 * After a write failed on a missing item or a protected sheet, one more look at the workbook
 * finds which sheet or table is at fault, so the message can name it.
 */
import type { WorkbookPlan } from "../core/plan/types";

/**
 * A sentence naming the sheet or table behind the failure, or null when none is found. It
 * looks at the sheets' names first and then only at sheets still there: some Excel refuses to
 * go from a missing sheet (a null object) to its tables or protection.
 */
export async function diagnose(plan: WorkbookPlan): Promise<string | null> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();

      const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const probes = plan.sheets.filter((sp) => names.has(sp.name.toLowerCase())).map((sp) => {
        const ws = sheets.getItem(sp.name);
        const tables = ws.tables;
        tables.load("items/name");
        const protection = ws.protection;
        protection.load("protected");
        return { sp, tables, protection };
      });
      await context.sync();

      const gone = plan.sheets.find((sp) => !sp.create && !names.has(sp.name.toLowerCase()));
      if (gone) {
        return `The sheet ${gone.name} is no longer in the workbook: someone may have renamed ` +
          "or deleted it since the workbook was read. Run the command again.";
      }
      for (const { sp, tables, protection } of probes) {
        const wanted = sp.table && !sp.table.create ? sp.table.name.toLowerCase() : null;
        if (wanted && !tables.items.some((t) => t.name.toLowerCase() === wanted)) {
          return `The table ${sp.table?.name} is no longer on the sheet ${sp.name}: someone ` +
            "may have renamed or removed it since the workbook was read. Run the command again.";
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
