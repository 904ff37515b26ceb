/**
 * Plan cells as Office.js takes them: whole 2-D arrays for `values` or, where a block holds a
 * formula, for `formulas`; dates as serial numbers with the date format beside them.
 */
import type { CellValue } from "../core/model/finding";
import { DATE_FORMAT } from "../core/schema/types";

/** What one cell of a values or formulas array holds. */
export type OfficeCell = string | number | boolean;

/** A block ready to write: its cells, whether they go as formulas, and the date formats. */
export interface OfficeBlock {
  readonly cells: OfficeCell[][];
  readonly asFormulas: boolean;
  /** Number formats for the block's date cells, null elsewhere (null leaves a cell as is). */
  readonly dateFormats: (string | null)[][] | null;
}

/** A number as some locale may write it: signs, currency, separators, brackets, exponent, %. */
const NUMBER_LIKE =
  /^[-+(]?\s?[$€£¥]?\s?[-+]?(\d(?:[\d,.]|\s(?=\d))*|[.,]\d+)([eE][-+]?\d+)?\s?%?\)?$/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([ T][\d:.]+)?$/;
const TIME_LIKE = /^\d{1,2}:\d{2}(:\d{2})?\s?(am|pm)?$/i;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A date with the month in words: Jan 5, 5 March, 5-Jan-2026, March 2026. */
const MONTH_DATE = new RegExp(`^(\\d{1,2}[-\\s/]*${MONTH}([-\\s,/]+\\d{1,4})?|` +
  `${MONTH}[-\\s/]+\\d{1,4}(,?\\s?\\d{2,4})?)$`, "i");
const ERROR_LIKE = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/**
 * True when Excel would turn this text into something else as it is written: a formula (also
 * text starting with + or -, as the Office.js reference warns), a number, an amount, a
 * percentage, a date, a time, a boolean or an error value. Such text is written with a leading
 * apostrophe, which Excel takes as "keep as text" and does not store: "5.10" stays "5.10", not
 * the number 5.1, and "1,000" stays text. The test is broad on purpose, so text keeps its form
 * whatever the locale's reading; an apostrophe where none was needed does no harm.
 */
export function needsTextMark(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return /^[-+=']/.test(t) || NUMBER_LIKE.test(t) || DATE_LIKE.test(t) || TIME_LIKE.test(t) ||
    MONTH_DATE.test(t) || ERROR_LIKE.test(t) || /^(true|false)$/i.test(t);
}

/** One plan cell as Office.js takes it ("" empties a cell; null would leave it unchanged). */
function officeCell(cell: CellValue): OfficeCell {
  if (cell === null) return "";
  if (typeof cell === "string") return needsTextMark(cell) ? `'${cell}` : cell;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if ("formula" in cell) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return cell.date;
}

/** Converts a plan block's cells; rows shorter than the widest are padded with "". */
export function officeBlock(cells: readonly (readonly CellValue[])[]): OfficeBlock {
  const width = cells.reduce((w, row) => Math.max(w, row.length), 0);
  let asFormulas = false;
  let anyDate = false;
  const out = cells.map((row) => {
    const line: OfficeCell[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const cell = j < row.length ? row[j] : null;
      if (cell !== null && typeof cell === "object") {
        if ("formula" in cell) asFormulas = true;
        else anyDate = true;
      }
      line[j] = officeCell(cell);
    }
    return line;
  });
  const dateFormats = anyDate
    ? cells.map((row) => Array.from({ length: width }, (_, j) => {
      const cell = row[j];
      return cell !== null && typeof cell === "object" && "date" in cell ? DATE_FORMAT : null;
    }))
    : null;
  return { cells: out, asFormulas, dateFormats };
}
