/**
 * Cell readers: one function per column, built once per read, that types a raw cell by the
 * column's type and reports what it cannot read. The common case (a well-formed value) costs a
 * typeof and a few character tests; messages are only built when something is wrong.
 */
import type { RawCell } from "../model/grid";
import type { ColumnSpec } from "../schema/types";
import { report, type ColumnSite } from "./report";
import { dateReader } from "./dates";
import { cellText, isErrorValue, isPlainText, quoted, splitList, trimmed } from "./text";
import { renameTables } from "../schema/tableNames";
import { REGISTERS } from "../schema/sheets";

/** The table name the schema declares for a register. */
function tableOfRegister(key: string): string {
  return REGISTERS.find((s) => s.key === key)?.table ?? "";
}

/** Types one cell of a column; `row` is the sheet row and `id` the row's key, for findings. */
export type CellReader = (cell: RawCell, row: number, id: string) => unknown;

/** What the reader knows before reading registers: the lists that come from the settings. */
export interface ReaderLists {
  readonly classification: readonly string[];
}

/** Reports an error value standing in a cell: the field is then read as unreadable. */
export function reportError(site: ColumnSite, row: number, id: string, error: string): void {
  report(
    site, "cell/formula-error", "error", row, id,
    `the cell shows the error ${error}. Correct the formula or the cells it uses, or type the ` +
      "value.",
  );
}

/** Free text and IDs: trimmed text, numbers and booleans as the text Excel shows. */
function textReader(site: ColumnSite): CellReader {
  return (cell, row, id) => {
    if (typeof cell === "string") {
      if (isPlainText(cell)) return cell;
      if (cell.length === 0) return "";
      if (isErrorValue(cell)) {
        reportError(site, row, id, cell);
        return "";
      }
      return trimmed(cell);
    }
    if (cell === null || cell === undefined) return "";
    return cellText(cell);
  };
}

/** The Settings Value column: the value as it stands, trimmed, null when blank. */
function rawReader(site: ColumnSite): CellReader {
  return (cell, row, id) => {
    if (cell === undefined || cell === null) return null;
    if (typeof cell !== "string") return cell;
    if (isErrorValue(cell)) {
      reportError(site, row, id, cell);
      return null;
    }
    const t = trimmed(cell);
    return t.length === 0 ? null : t;
  };
}

/** Each list word, exactly and in lower case, mapped to the word itself. */
function listIndex(list: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const word of list) {
    index.set(word, word);
    if (!index.has(word.toLowerCase())) index.set(word.toLowerCase(), word);
  }
  return index;
}

function listText(list: readonly string[]): string {
  return list.length === 0 ? "(the list is empty)" : list.join(", ");
}

/**
 * A word of a list as typed exactly, found with a hash of its length and two characters in a
 * small table, then one comparison: several times cheaper than a Map look-up, and choice cells
 * are a quarter of a register's cells. Words that share a slot are found by the slower path.
 */
class ExactWords {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(SLOTS);

  constructor(list: readonly string[]) {
    for (const word of list) {
      const slot = slotOf(word);
      if (this.slots[slot] === undefined) this.slots[slot] = word;
    }
  }

  /** The word itself when `text` is exactly a word of the list, else undefined. */
  find(text: string): string | undefined {
    const word = this.slots[slotOf(text)];
    return word === text ? word : undefined;
  }
}

const SLOTS = 1024;

function slotOf(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  return ((n * 31 + text.charCodeAt(0)) * 31 + text.charCodeAt(n >> 1)) & (SLOTS - 1);
}

/** One value of a list, matched regardless of case; other words reported. */
function choiceReader(site: ColumnSite, spec: ColumnSpec, list: readonly string[]): CellReader {
  const exact = new ExactWords(list);
  const index = listIndex(list);
  const synonyms = spec.synonyms;
  const allowed = listText(list);
  return (cell, row, id) => {
    let text: string;
    if (typeof cell === "string") {
      const hit = exact.find(cell);
      if (hit !== undefined) return hit;
      if (cell.length === 0) return "";
      if (isErrorValue(cell)) {
        reportError(site, row, id, cell);
        return "";
      }
      text = trimmed(cell);
      if (text.length === 0) return "";
    } else {
      if (cell === null || cell === undefined) return "";
      text = cellText(cell);
    }
    const lower = text.toLowerCase();
    const word = index.get(text) ?? index.get(lower);
    if (word !== undefined) {
      // COUNTIFS on the Dashboard and Excel's own filters miss "Yes " where the check sees Yes.
      if (typeof cell === "string" && text !== cell) {
        report(
          site, "cell/spaces", "warning", row, id,
          `${quoted(cell)} has spaces around ${word}, which Excel's counts and filters miss. ` +
            `Fix writes ${word}.`,
          word, cell,
        );
      }
      return word;
    }
    const canonical = synonyms?.[lower];
    if (canonical !== undefined && Object.prototype.hasOwnProperty.call(synonyms, lower)) {
      report(
        site, "cell/synonym", "warning", row, id,
        `${quoted(cell)} is read as ${canonical}, the word the standard uses. Fix writes ` +
          `${canonical}.`,
        canonical, cellText(cell),
      );
      return canonical;
    }
    report(
      site, "cell/not-in-list", "error", row, id,
      `${quoted(cell)} is not one of ${allowed}. Pick a value from the list.`,
    );
    return text;
  };
}

/** Lists in one cell (references, or several words of a list), split on ; , and line breaks. */
function listReader(site: ColumnSite, list: readonly string[] | undefined): CellReader {
  const index = list ? listIndex(list) : null;
  const allowed = list ? listText(list) : "";
  return (cell, row, id) => {
    if (cell === null || cell === undefined) return [];
    if (typeof cell === "string") {
      if (cell.length === 0) return [];
      if (isErrorValue(cell)) {
        reportError(site, row, id, cell);
        return [];
      }
    }
    const items = typeof cell === "string" ? splitList(cell) : [cellText(cell)];
    if (index === null) return items;
    let unknown: string[] | null = null;
    for (let i = 0; i < items.length; i++) {
      const word = index.get(items[i]) ?? index.get(items[i].toLowerCase());
      if (word !== undefined) items[i] = word;
      else (unknown ??= []).push(items[i]);
    }
    if (unknown !== null) {
      const names = unknown.map((u) => quoted(u)).join(", ");
      report(
        site, "cell/not-in-list", "error", row, id,
        `${names} ${unknown.length === 1 ? "is" : "are"} not one of ${allowed}. Use words ` +
          "from the list, separated by \";\".",
      );
    }
    return items;
  };
}

/** Whole numbers, from numbers or numeric text, range-checked where the schema fixes a range. */
function integerReader(site: ColumnSite, spec: ColumnSpec): CellReader {
  const ranged = spec.listFrom !== "scale";
  const min = ranged ? spec.min : undefined;
  const max = ranged ? spec.max : undefined;
  const low = min ?? -Infinity;
  const high = max ?? Infinity;
  const example = min !== undefined ? Math.max(min, Math.min(3, high)) : 3;
  const span =
    min !== undefined && max !== undefined ? `from ${min} to ${max}`
    : min !== undefined ? `of ${min} or more`
    : `of ${max} or less`;
  const check = (n: number, cell: RawCell, row: number, id: string): number => {
    if (!Number.isInteger(n)) {
      report(
        site, "cell/not-a-number", "error", row, id,
        `${quoted(cell)} is not a whole number. Type a whole number such as ${example}.`,
      );
      return NaN;
    }
    if (n < low || n > high) {
      report(
        site, "cell/out-of-range", "error", row, id,
        `${quoted(cell)} is out of range. Type a whole number ${span}.`,
      );
      return NaN;
    }
    return n;
  };
  const fromText = (n: number, cell: RawCell, row: number, id: string): number => {
    const value = check(n, cell, row, id);
    // A number stored as text reads here, but COUNTIFS and sorting in Excel treat it as text.
    if (!Number.isNaN(value)) {
      report(
        site, "cell/number-as-text", "warning", row, id,
        `${quoted(cell)} is a number stored as text, which Excel's counts and sorting miss. ` +
          `Fix writes the number ${value}.`,
        value, cell,
      );
    }
    return value;
  };
  return (cell, row, id) => {
    if (typeof cell === "number") {
      if (Number.isInteger(cell) && cell >= low && cell <= high) return cell;
      return check(cell, cell, row, id);
    }
    return numberFromOther(site, cell, row, id, example, fromText);
  };
}

/** A number as Excel takes it when typed: digits, a point, an exponent; no hex or binary. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a non-number cell as a number: blank null, numeric text its value, else reported. */
function numberFromOther(
  site: ColumnSite,
  cell: RawCell,
  row: number,
  id: string,
  example: number,
  then: (n: number, cell: RawCell, row: number, id: string) => number,
): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") {
    if (isErrorValue(cell)) {
      reportError(site, row, id, cell);
      return NaN;
    }
    const t = trimmed(cell);
    if (t.length === 0) return null;
    // Decimal numbers only: Number() would also take "0x3", "0b11" and "Infinity".
    const n = DECIMAL.test(t) ? Number(t) : NaN;
    if (Number.isFinite(n)) return then(n, cell, row, id);
  }
  report(
    site, "cell/not-a-number", "error", row, id,
    `${quoted(cell)} is not a number. Type a whole number such as ${example}.`,
  );
  return NaN;
}

/**
 * Computed columns: the number Excel computed, null when it shows nothing. Text or an error
 * where the live formula belongs is reported with the formula as its fix, when the register is
 * a table its this-row references can name.
 */
function formulaReader(site: ColumnSite, spec: ColumnSpec): CellReader {
  const keep = (n: number) => n;
  const table = site.table ?? null;
  const formula = spec.formula && table !== null
    ? renameTables(spec.formula, new Map([[tableOfRegister(site.register), table]]))
    : null;
  const broken = (cell: RawCell, row: number, id: string, what: string): number => {
    const fixing = formula !== null ? "Fix puts the formula back." : "Type the formula back.";
    report(
      site, formula !== null ? "cell/formula-replaced" : "cell/not-a-number", "error", row, id,
      `${what} where the formula of ${site.header} belongs. ${fixing}`,
      formula !== null ? { formula } : undefined, formula !== null ? cellText(cell) : undefined,
    );
    return NaN;
  };
  return (cell, row, id) => {
    if (typeof cell === "number") return cell;
    if (cell === null || cell === undefined) return null;
    if (typeof cell === "string") {
      if (cell.length === 0) return null;
      if (isErrorValue(cell)) {
        // Most often the live formula itself, showing what its ratings make of it.
        reportError(site, row, id, cell);
        return NaN;
      }
      const t = trimmed(cell);
      if (t.length === 0) return null;
      if (DECIMAL.test(t)) return numberFromOther(site, cell, row, id, 6, keep);
    }
    return broken(cell, row, id, `${quoted(cell)} stands`);
  };
}

/** The reader for one column of a register. */
export function columnReader(spec: ColumnSpec, site: ColumnSite, lists: ReaderLists): CellReader {
  switch (spec.type) {
    case "id":
    case "text":
      return site.register === "settings" && spec.key === "value" ?
          rawReader(site)
        : textReader(site);
    case "choice": {
      const list = spec.listFrom === "classification" ? lists.classification : spec.list;
      return list ? choiceReader(site, spec, list) : textReader(site);
    }
    case "choices":
      return listReader(site, spec.list);
    case "refs":
      return listReader(site, undefined);
    case "date":
      return dateReader(site);
    case "integer":
      return integerReader(site, spec);
    case "formula":
      return formulaReader(site, spec);
  }
}
