/** Character-level helpers of the reader: error values, blanks, trimming and list splitting. */
import type { RawCell } from "../model/grid";

/** The error values Excel hands back in place of a value. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#REF!", "#VALUE!", "#N/A", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#BUSY!",
]);

const HASH = 35;

/** True when a string is one of Excel's error values (a cheap first-character test first). */
export function isErrorValue(text: string): boolean {
  return text.length > 2 && text.charCodeAt(0) === HASH && ERROR_VALUES.has(text);
}

/** True for printable ASCII other than the space: a character trim never removes. */
function isSolid(code: number): boolean {
  return code > 32 && code < 127;
}

/** The text without surrounding white space, without allocating when there is none. */
export function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (isSolid(text.charCodeAt(0)) && isSolid(text.charCodeAt(n - 1))) return text;
  return text.trim();
}

/**
 * True for text that needs no trimming and cannot be an error value: the common case, decided
 * from its first and last characters (printable ASCII, not "#", not a space).
 */
export function isPlainText(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  return first > HASH && first < 127 && isSolid(text.charCodeAt(n - 1));
}

/** True when a cell holds nothing a person would see: empty, null, or only white space. */
export function isBlank(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  if (isSolid(cell.charCodeAt(0))) return false;
  return cell.trim().length === 0;
}

const SEMICOLON = 59;
const COMMA = 44;
const LF = 10;
const CR = 13;

function isSeparator(c: number): boolean {
  return c === SEMICOLON || c === COMMA || c === LF || c === CR;
}

/** The item between two separators, trimmed, sliced once; "" when it holds only spaces. */
function itemOf(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  if (a === b) return "";
  const item = a === 0 && b === text.length ? text : text.slice(a, b);
  return isSolid(item.charCodeAt(0)) && isSolid(item.charCodeAt(item.length - 1)) ?
      item
    : item.trim();
}

/**
 * Splits a list cell on ";", "," and line breaks; items trimmed, empty items dropped. This runs
 * for every reference cell of a large register, so it allocates only what it returns: one slice
 * per item, and for the usual one to three items an array literal of that exact size (an array
 * grown by push reserves 17 slots, which the garbage collector then copies).
 */
export function splitList(text: string): string[] {
  const n = text.length;
  let first = "";
  let second = "";
  let third = "";
  let count = 0;
  let rest: string[] | null = null;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isSeparator(text.charCodeAt(i))) continue;
    const item = i > start ? itemOf(text, start, i) : "";
    start = i + 1;
    if (item.length === 0) continue;
    if (count === 0) first = item;
    else if (count === 1) second = item;
    else if (count === 2) third = item;
    else (rest ??= []).push(item);
    count++;
  }
  if (count === 0) return [];
  if (count === 1) return [first];
  if (count === 2) return [first, second];
  return rest === null ? [first, second, third] : [first, second, third, ...rest];
}

/** A header as matched: trimmed, lower case, inner white space collapsed to one space. */
export function headerKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The text a person sees for a raw cell, for messages and for text columns. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return typeof cell === "string" ? cell : String(cell);
}

const QUOTE_MAX = 40;

/** Text shortened for a message, so a long paste cannot flood the pane. */
export function shortened(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/** A cell's value quoted for a message, shortened. */
export function quoted(cell: RawCell): string {
  const short = shortened(trimmed(cellText(cell)));
  return typeof cell === "string" ? `"${short}"` : short;
}
