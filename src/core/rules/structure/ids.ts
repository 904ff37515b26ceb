/** The PREFIX-NNN form of row IDs, and the next free numbers of a register. */

/** True when an ID has the form of its register, e.g. R-001 (three digits or more). */
export function hasIdForm(id: string, prefix: string): boolean {
  if (!id.startsWith(`${prefix}-`)) return false;
  const digits = id.slice(prefix.length + 1);
  return digits.length >= 3 && /^\d+$/.test(digits);
}

/** Digits a double holds exactly: past them an ID's number is read as a bigint. */
const EXACT_DIGITS = 15;

/**
 * The number of an ID of the register's form, or null. Exact however many digits the ID has
 * (a pasted R-99999999999999999 is past a double's precision), so a new ID never repeats one;
 * ordinary IDs stay plain numbers, which are far cheaper to read.
 */
export function idNumber(id: string, prefix: string): number | bigint | null {
  if (!hasIdForm(id, prefix)) return null;
  const digits = id.slice(prefix.length + 1);
  return digits.length <= EXACT_DIGITS ? Number(digits) : BigInt(digits);
}

/** An ID of the register's form for a number: R-007, R-1234. */
export function formatId(prefix: string, n: number | bigint): string {
  return `${prefix}-${String(n).padStart(3, "0")}`;
}
