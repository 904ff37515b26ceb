/**
 * Excel's naming rules for worksheets and tables, so a name Excel would refuse fails here too.
 * Sheet names: 1-31 characters, none of : \ / ? * [ ], not starting or ending with an
 * apostrophe, not "History", unique ignoring case. Table names: up to 255 characters, starting
 * with a letter, underscore or backslash, then letters, digits, underscores, periods or
 * backslashes; not a cell address (A1 or R1C1 style), not "C" or "R", unique in the workbook.
 */
import { excelError, FakeErrorCode, type FakeOfficeError } from "./errors";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** Why `name` cannot name a worksheet, or null when it can (uniqueness checked separately). */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > 31) return `"${name}" is longer than 31 characters`;
  if (SHEET_FORBIDDEN.test(name)) return `"${name}" holds one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) {
    return `"${name}" starts or ends with an apostrophe`;
  }
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const A1_LIKE = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const R1C1_LIKE = /^[Rr](\d*)[Cc](\d*)$/;

/** Why `name` cannot name a table, or null when it can (uniqueness checked separately). */
export function tableNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "a table name cannot be blank";
  if (name.length > 255) return `"${name}" is longer than 255 characters`;
  if (!TABLE_NAME.test(name)) {
    return `"${name}" must start with a letter, _ or \\ and hold no spaces or punctuation`;
  }
  if (A1_LIKE.test(name) && columnOk(name)) return `"${name}" looks like a cell address`;
  if (R1C1_LIKE.test(name) || /^[CcRr]$/.test(name)) {
    return `"${name}" looks like an R1C1 reference`;
  }
  return null;
}

/** Only names whose letters are a real column (up to XFD) clash with addresses. */
function columnOk(name: string): boolean {
  const letters = /[A-Za-z]+/.exec(name)?.[0].toUpperCase() ?? "";
  return letters.length < 3 || letters <= "XFD";
}

/** The InvalidArgument error of a name Excel refuses. */
export function badName(kind: string, problem: string, location: string): FakeOfficeError {
  return excelError(FakeErrorCode.invalidArgument, `Invalid ${kind} name: ${problem}.`, location);
}

/** The ItemAlreadyExists error of a name already taken (compared ignoring case). */
export function takenName(kind: string, name: string, location: string): FakeOfficeError {
  return excelError(
    FakeErrorCode.itemAlreadyExists,
    `A ${kind} named "${name}" already exists (names are compared ignoring case).`,
    location,
  );
}
