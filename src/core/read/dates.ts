/** Reading date cells: Excel serials as they are, ISO text dates accepted and reported. */
import { serialOfIso } from "../model/dates";
import type { RawCell } from "../model/grid";
import type { CellReader } from "./cells";
import { report, type ColumnSite } from "./report";
import { isErrorValue, quoted, trimmed } from "./text";

/** The last day Excel can show, 9999-12-31. */
const LAST_SERIAL = 2_958_465;

/** True when a number is an Excel serial of a real day (serial 60, 29 February 1900, is not). */
export function isDateSerial(n: number): boolean {
  return n >= 1 && n < LAST_SERIAL + 1 && (n < 60 || n >= 61);
}

/** What a date cell holds, for callers that word their own findings (the settings). */
export type DateCell =
  | { readonly kind: "blank" }
  | { readonly kind: "serial"; readonly serial: number }
  | { readonly kind: "text"; readonly serial: number }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "bad" };

const BLANK: DateCell = { kind: "blank" };
const BAD: DateCell = { kind: "bad" };

/** Classifies a cell as a date. */
export function dateCell(cell: RawCell): DateCell {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "number") return isDateSerial(cell) ? { kind: "serial", serial: cell } : BAD;
  if (typeof cell !== "string") return BAD;
  if (isErrorValue(cell)) return { kind: "error", error: cell };
  const t = trimmed(cell);
  if (t.length === 0) return BLANK;
  const serial = serialOfIso(t);
  // A text date before 1900 or after 9999 has no Excel date to become: it is not a date.
  return serial === null || !isDateSerial(serial) ? BAD : { kind: "text", serial };
}

const EXAMPLE = "Type a date such as 2026-03-31.";

/** The reader of a date column. */
export function dateReader(site: ColumnSite): CellReader {
  return (cell, row, id) => {
    if (typeof cell === "number" && isDateSerial(cell)) return cell;
    const d = dateCell(cell);
    switch (d.kind) {
      case "blank":
        return null;
      case "serial":
        return d.serial;
      case "text":
        report(
          site, "cell/text-date", "warning", row, id,
          `${quoted(cell)} is text that looks like a date. Fix turns it into a real date.`,
          { date: d.serial }, cell as string,
        );
        return d.serial;
      case "error":
        report(
          site, "cell/formula-error", "error", row, id,
          `the cell shows the error ${d.error}. Correct the formula or the cells it uses, or ` +
            "type the date.",
        );
        return NaN;
      default:
        report(
          site, "cell/not-a-date", "error", row, id, `${quoted(cell)} is not a date. ${EXAMPLE}`,
        );
        return NaN;
    }
  };
}
