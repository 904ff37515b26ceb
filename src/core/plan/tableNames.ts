/**
 * Formulas written with the registers' table names, made to name the tables as they stand in a
 * workbook. A user may have created a register's table under another name (found by its sheet):
 * the product's formulas must then name that table, or they would show #NAME? or #REF!.
 */
import type { Isms } from "../model/isms";
import { REGISTERS } from "../schema/sheets";

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

const DECLARED = new Set(REGISTERS.map((s) => s.table));

/** A name followed by "[", not the tail of a longer name: a structured reference's table. */
const REFERENCE = /(^|[^A-Za-z0-9_.\\])([A-Za-z_][A-Za-z0-9_.]*)\[/g;

/**
 * The formula with every structured reference to a declared table name ("Risks[...") renamed
 * as `names` says; names not in the map, and text inside string literals, are left alone.
 */
export function renameTables(formula: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return formula;
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(REFERENCE, (m, pre, name) =>
      DECLARED.has(name) && names.has(name) ? `${pre}${names.get(name)}[` : m,
    );
  }
  return parts.join('"');
}
