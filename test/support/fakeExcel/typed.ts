/**
 * What Excel (en-US) makes of text written to a cell through `values` or `formulas`: text that
 * reads as a number, a percentage, an amount of dollars, a date, a time or a boolean is stored
 * as that; text starting with + or - is taken as a formula, as the Office.js reference says.
 * A leading apostrophe, or the text number format "@", keeps the text as it is. Other locales
 * read more forms (24,5 or 31.03.2026); those are not imitated.
 */
import { serialOf } from "../../../src/core/model/dates";
import type { CellScalar } from "./state";

/** A constant to store, or a formula to set (text Excel takes as one). */
export type Typed = { readonly value: CellScalar } | { readonly formula: string };

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+`;
const NUMBER = new RegExp(
  String.raw`^([+-])?(\$)?([+-])?(${DIGITS})([eE][+-]?\d+)?(%)?$`,
);
const BRACKETED = new RegExp(String.raw`^\((\$)?(${DIGITS})(%)?\)$`);
const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
];

/** The month (1-12) a word names, in full or by its first three letters ("Sept" too). */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.slice(0, 3) === w) ||
    (m === "september" && w === "sept"));
  return i < 0 ? null : i + 1;
}

/** The serial of a real calendar day, or null ("Feb 30" is text). */
function dateSerial(year: number, month: number, day: number): number | null {
  const full = year < 100 ? (year < 30 ? 2000 + year : 1900 + year) : year;
  const d = new Date(Date.UTC(full, month - 1, day));
  const real = d.getUTCFullYear() === full && d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day;
  return real && month >= 1 && day >= 1 ? serialOf(full, month, day) : null;
}

/** The serial of a date written in one of the forms Excel (en-US) reads, or null. */
function dateOf(text: string): number | null {
  const thisYear = new Date().getUTCFullYear();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) {
    const day = dateSerial(+m[1], +m[2], +m[3]);
    const time = m[4] === undefined ? 0 : (+m[4] * 3600 + +m[5] * 60 + +(m[6] ?? 0)) / 86400;
    return day === null ? null : day + time;
  }
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text);
  if (m) return dateSerial(m[3] ? +m[3] : thisYear, +m[1], +m[2]);
  m = /^(\d{1,2})[- ]([A-Za-z]+\.?)(?:[- ,]+(\d{2}|\d{4}))?$/.exec(text);
  if (m && monthOf(m[2])) return dateSerial(m[3] ? +m[3] : thisYear, monthOf(m[2]) ?? 0, +m[1]);
  m = /^([A-Za-z]+\.?)[- ](\d{1,2})(?:,? (\d{4}))?$/.exec(text);
  if (m && monthOf(m[1])) return dateSerial(m[3] ? +m[3] : thisYear, monthOf(m[1]) ?? 0, +m[2]);
  m = /^([A-Za-z]+\.?)[- ](\d{4})$/.exec(text);
  if (m && monthOf(m[1])) return dateSerial(+m[2], monthOf(m[1]) ?? 0, 1);
  return null;
}

/** The fraction of a day a time such as 10:30 or 2:15 PM stands for, or null. */
function timeOf(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?$/i.exec(text);
  if (!m) return null;
  let hours = +m[1];
  if (m[4]) hours = (hours % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  const seconds = hours * 3600 + +m[2] * 60 + +(m[3] ?? 0);
  return +m[2] < 60 && hours < 24 ? seconds / 86400 : null;
}

/** The number text stands for, or null. */
function numberOf(text: string): number | null {
  const m = NUMBER.exec(text);
  if (m && !(m[1] && m[3])) {
    const sign = m[1] === "-" || m[3] === "-" ? -1 : 1;
    const n = sign * Number(`${m[4].replace(/,/g, "")}${m[5] ?? ""}`);
    return m[6] ? n / 100 : n;
  }
  const b = BRACKETED.exec(text);
  if (b) return -Number(b[2].replace(/,/g, "")) / (b[3] ? 100 : 1);
  return null;
}

/** What Excel stores for text written to a cell whose number format is `format`. */
export function typedText(text: string, format: string | undefined): Typed {
  if (format === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const found = numberOf(trimmed) ?? dateOf(trimmed) ?? timeOf(trimmed);
  if (found !== null) return { value: found };
  if (/^[+-]./.test(trimmed)) return { formula: `=${trimmed}` };
  return { value: text };
}
