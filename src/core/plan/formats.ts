/**
 * The dropdowns, number formats and widths of a register's schema columns, wherever they stand
 * on the sheet. Ranges cover the rows in use plus a margin for new rows, never whole columns:
 * whole-column validations make files heavy and slow Excel on the web.
 */
import { columnLetter, rangeA1 } from "../model/address";
import type { ColumnSpec, SheetSpec } from "../schema/types";
import type { ColumnWidth, ListValidation, NumberFormat } from "./types";

/** Rows below the last used row that get dropdowns and formats, ready for new entries. */
export const MARGIN_ROWS = 200;

/** Excel refuses a list source longer than this many characters. */
const LIST_SOURCE_LIMIT = 255;

/** What a dropdown may offer from the settings. */
export interface ListSettings {
  readonly riskScale: number;
  readonly classificationLabels: readonly string[];
}

/**
 * The values of a column's dropdown, or null when it has none. Multi-value columns (Reasons)
 * get none, since a list validation would refuse "Legal; Contractual". Values holding a comma
 * or a quote are left out: the list source is comma-separated.
 */
export function dropdownOf(column: ColumnSpec, lists: ListSettings): readonly string[] | null {
  if (column.type === "choices") return null;
  let values: readonly string[] | undefined = column.list;
  if (column.listFrom === "classification") values = lists.classificationLabels;
  if (column.listFrom === "scale") {
    const scale = Number.isInteger(lists.riskScale) && lists.riskScale > 0 ? lists.riskScale : 5;
    values = Array.from({ length: Math.min(scale, 10) }, (_, i) => String(i + 1));
  }
  if (!values) return null;
  const clean = values.filter((v) => v.trim() !== "" && !/[,"]/.test(v));
  if (clean.length === 0 || clean.join(",").length > LIST_SOURCE_LIMIT) return null;
  return clean;
}

/** Dropdowns and number formats of every schema column found, over rows `first`..`last`. */
export function columnFormats(
  spec: SheetSpec,
  at: ReadonlyMap<string, number>,
  first: number,
  last: number,
  lists: ListSettings,
): { validations: ListValidation[]; numberFormats: NumberFormat[] } {
  const validations: ListValidation[] = [];
  const numberFormats: NumberFormat[] = [];
  for (const column of spec.columns) {
    const col = at.get(column.key);
    if (col === undefined) continue;
    const range = rangeA1(first, col, last, col);
    const values = dropdownOf(column, lists);
    if (values) validations.push({ range, values });
    if (column.numberFormat) numberFormats.push({ range, format: column.numberFormat });
  }
  return { validations, numberFormats };
}

/** The widths of the given schema columns at their sheet columns. */
export function columnWidths(
  spec: SheetSpec,
  at: ReadonlyMap<string, number>,
  only?: ReadonlySet<string>,
): ColumnWidth[] {
  const out: ColumnWidth[] = [];
  for (const column of spec.columns) {
    const col = at.get(column.key);
    if (col === undefined || (only && !only.has(column.key))) continue;
    out.push({ column: columnLetter(col), width: column.width });
  }
  return out;
}
