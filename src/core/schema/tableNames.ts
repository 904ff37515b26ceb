/**
 * Formulas written with the registers' table names, made to name a table as it stands in a
 * workbook: a user may have created a register's table under another name, and the product's
 * formulas must then name that table, or they would show #NAME? or #REF!.
 */
import { REGISTERS } from "./sheets";

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
