/** A1 addresses: column letters, cell and range addresses, and parsing them back. */

const letters: string[] = [];

/** The letters of a 0-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  const cached = letters[index];
  if (cached !== undefined) return cached;
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (index < 1024) letters[index] = out;
  return out;
}

/** The 0-based column index of column letters: "A" -> 0, "AA" -> 26. */
export function columnIndex(col: string): number {
  let n = 0;
  for (const ch of col.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The A1 address of a cell from its 1-based row and 0-based column. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** The A1 address of a range from its corners (1-based rows, 0-based columns). */
export function rangeA1(row1: number, col1: number, row2: number, col2: number): string {
  return `${a1(row1, col1)}:${a1(row2, col2)}`;
}

/** A parsed cell address: 1-based row, 0-based column. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/**
 * Parses "B7", "$B$7" or "Sheet1!B7" (the sheet part is dropped).
 * @throws Error when the text is not a cell address.
 */
export function parseA1(address: string): CellRef {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(bare.trim());
  if (!m) throw new Error(`"${address}" is not a cell address.`);
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/**
 * Parses a range "A1:C9" (or a single cell) into its top-left and bottom-right corners.
 * @throws Error when the text is not a range address.
 */
export function parseRange(address: string): { start: CellRef; end: CellRef } {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = parseA1(a);
  return { start, end: b === undefined ? start : parseA1(b) };
}
