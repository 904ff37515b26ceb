/**
 * Text that a spreadsheet could take for a formula, made inert for the auditor pack. A pack goes
 * to people outside the organisation and may be opened, copied or exported as CSV by tools that
 * run "=HYPERLINK(...)" or "+cmd|..." typed into a register; the pack must not carry that.
 *
 * The chosen form: such text gets a leading apostrophe ('), stored as part of the text. In a
 * file the apostrophe is an ordinary, visible character (Excel's own hidden "quote prefix" is a
 * cell style that other programs drop), so the cell reads "'=1+1" everywhere and runs nowhere.
 */
import type { CellValue } from "../model/finding";

/** The characters that make a spreadsheet or a CSV reader start a formula. */
const TRIGGERS = new Set(["=", "+", "-", "@"]);

/** Control characters that some readers strip before looking at the first character. */
const CONTROLS = new Set(["\t", "\r", "\n"]);

/** The mark put in front of formula-like text. */
export const NEUTRAL_MARK = "'";

/** True when a text would be read as a formula by some spreadsheet or CSV importer. */
export function isFormulaLike(text: string): boolean {
  if (text.length === 0) return false;
  if (CONTROLS.has(text[0])) return true;
  const first = text.trimStart()[0];
  return first !== undefined && TRIGGERS.has(first);
}

/** The text made inert: prefixed with an apostrophe when it is formula-like. */
export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `${NEUTRAL_MARK}${text}` : text;
}

/**
 * A cell as the pack may hold it: text neutralised, numbers, booleans and dates as they are,
 * and a formula replaced by its text, neutralised (the pack holds values only).
 */
export function neutraliseCell(cell: CellValue): CellValue {
  if (typeof cell === "string") return neutraliseText(cell);
  if (cell !== null && typeof cell === "object" && "formula" in cell) {
    return neutraliseText(cell.formula);
  }
  return cell;
}
