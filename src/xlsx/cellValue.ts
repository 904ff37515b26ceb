/** Turns an ExcelJS cell into the raw value Excel would hand back for it. */
import type { Cell, CellValue as ExcelValue } from "exceljs";
import type { RawCell } from "../core/model/grid";

const MS_PER_DAY = 86_400_000;
/** The serial ExcelJS gives 1970-01-01 (it maps serials to Dates linearly from 1899-12-30). */
const EPOCH_SERIAL = 25_569;

/** ExcelJS's ValueType numbers, kept here so the hot loop compares plain integers. */
const NULL = 0;
const MERGE = 1;
/** A number cell, as ExcelJS types it. */
export const NUMBER = 2;
/** A text cell. */
export const STRING = 3;
const DATE = 4;
const HYPERLINK = 5;
/** A formula cell, its cached value in `result`. */
export const FORMULA = 6;
const RICH_TEXT = 8;
/** A TRUE/FALSE cell. */
export const BOOLEAN = 9;
/** An error value cell (#N/A ...), the text in `value.error`. */
export const ERROR = 10;

/**
 * The serial stored in the file for a Date that ExcelJS made from it. ExcelJS converts
 * linearly, without Excel's phantom 29 February 1900, so going back through the calendar would
 * shift every serial below 61 by a day: the inverse of its own mapping gives the stored number.
 */
export function serialOfDateTime(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return Number.NaN;
  return ms / MS_PER_DAY + EPOCH_SERIAL;
}

/** The Date that ExcelJS writes as exactly this serial (the inverse of serialOfDateTime). */
export function dateOfStoredSerial(serial: number): Date | null {
  if (!Number.isFinite(serial)) return null;
  const date = new Date(Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Plain text of a rich-text run list or of a hyperlink's text (which may itself be rich). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return String(serialOfDateTime(value));
  const runs = (value as { richText?: { text?: string }[] }).richText;
  if (Array.isArray(runs)) return runs.map((run) => run.text ?? "").join("");
  return "";
}

/** A formula's cached result (or a loose value) as Excel would report it. */
function resultOf(value: unknown): RawCell {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
    default:
      break;
  }
  if (value instanceof Date) return serialOfDateTime(value);
  const error = (value as { error?: string }).error;
  if (typeof error === "string") return error;
  return textOf(value);
}

/** The raw value of one ExcelJS cell: numbers, text, booleans, error text, dates as serials. */
export function rawOf(cell: Cell | undefined): RawCell {
  if (cell === undefined) return null;
  const value: ExcelValue = cell.value;
  switch (cell.type as number) {
    case NULL:
    case MERGE:
      return null;
    case STRING:
      // An empty text cell reads as an empty cell, as the streaming read hands it over.
      return value === "" ? null : (value as string);
    case NUMBER:
    case BOOLEAN:
      return value as number | boolean;
    case DATE:
      return serialOfDateTime(value as Date);
    case HYPERLINK:
      return textOf((value as { text?: unknown }).text);
    case FORMULA:
      // The value ExcelJS builds for a formula drops a cached result of 0; `result` keeps it.
      return resultOf(cell.result);
    case RICH_TEXT:
      return textOf(value);
    case ERROR:
      return (value as { error?: string }).error ?? "#VALUE!";
    default:
      return resultOf(value);
  }
}
