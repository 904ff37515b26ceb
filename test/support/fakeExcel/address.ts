/**
 * Addresses inside the in-memory Excel: 0-based boxes of cells, parsed from A1 text ("B2",
 * "A1:C9", "C:C", "1:1", "Sheet!A1:B2") and printed back the way Excel prints them.
 */
import { columnIndex, columnLetter } from "../../../src/core/model/address";
import { excelError, FakeErrorCode } from "./errors";

/** The last row and column of a worksheet (1,048,576 rows by 16,384 columns), 0-based. */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

/** A rectangle of cells: 0-based first and last row and column, inclusive. */
export interface Box {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** The sheet part of "Sheet!A1" without quotes, or null when the address names none. */
export function sheetOf(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = address.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/**
 * Parses an A1 address (cell, range, whole columns or whole rows) into a box.
 * @throws FakeOfficeError InvalidArgument when the text is not an address.
 */
export function parseBox(address: string, location: string): Box {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.trim().split(":");
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  let box: Box | null = null;
  if (ca && cb) {
    box = order(Number(ca[2]) - 1, columnIndex(ca[1]), Number(cb[2]) - 1, columnIndex(cb[1]));
  } else if (COLUMN.test(a) && COLUMN.test(b) && bare.includes(":")) {
    box = order(0, columnIndex(a.replace("$", "")), LAST_ROW, columnIndex(b.replace("$", "")));
  } else if (ROW.test(a) && ROW.test(b) && bare.includes(":")) {
    box = order(Number(a.replace("$", "")) - 1, 0, Number(b.replace("$", "")) - 1, LAST_COL);
  }
  if (!box || box.r1 < 0 || box.r2 > LAST_ROW || box.c1 < 0 || box.c2 > LAST_COL) {
    throw excelError(
      FakeErrorCode.invalidArgument,
      `"${address}" is not a valid range address.`,
      location,
    );
  }
  return box;
}

function order(r1: number, c1: number, r2: number, c2: number): Box {
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** "B2" or "A1:C9" of a box, as Excel prints a range address (a single cell without colon). */
export function boxA1(box: Box): string {
  const first = `${columnLetter(box.c1)}${box.r1 + 1}`;
  if (box.r1 === box.r2 && box.c1 === box.c2) return first;
  return `${first}:${columnLetter(box.c2)}${box.r2 + 1}`;
}

/** "Sheet1!A1:C9", quoting a sheet name that is not a plain word as Excel does. */
export function qualified(sheet: string, box: Box): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !CELL.test(sheet) &&
    !/^[Rr]\d*[Cc]\d*$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${boxA1(box)}`;
}

/** True when two boxes share at least one cell. */
export function overlaps(a: Box, b: Box): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** Rows and columns of a box. */
export function sizeOf(box: Box): { rows: number; cols: number } {
  return { rows: box.r2 - box.r1 + 1, cols: box.c2 - box.c1 + 1 };
}
