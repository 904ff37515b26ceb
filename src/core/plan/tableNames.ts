/**
 * Formulas written with the registers' table names, made to name the tables as they stand in a
 * workbook. A user may have created a register's table under another name (found by its sheet):
 * the product's formulas must then name that table, or they would show #NAME? or #REF!.
 */
import type { Isms } from "../model/isms";
export { renameTables } from "../schema/tableNames";

/** Each register's table name as declared, mapped to its name in the workbook. */
export function tableNamesOf(isms: Isms): ReadonlyMap<string, string> {
  const regs = [
    isms.settingRows, isms.context, isms.requirements, isms.assets, isms.risks, isms.soa,
    isms.improvements, isms.objectives, isms.audits, isms.incidents, isms.training,
  ];
  const names = new Map<string, string>();
  for (const reg of regs) {
    if (reg.table !== null && reg.table !== reg.spec.table) names.set(reg.spec.table, reg.table);
  }
  return names;
}
