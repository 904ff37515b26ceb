/** The ribbon check's summary: one short paragraph, and where a dialog finds it in its URL. */

/** The counts a check reports. */
export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What the ribbon says after a check. */
export function summaryText(s: Summary): string {
  if (s.errors + s.warnings + s.info === 0) {
    return "Check done: no findings. The workbook meets every ARM rule the product checks.";
  }
  return `Check done: ${count(s.errors, "error")}, ${count(s.warnings, "warning")}, ` +
    `${s.info} info. Open the ARM pane (Home > ARM) to see each finding and go to its cell.`;
}

const KEY = "#summary=";

/** The address of the function file that shows `text` when opened as a dialog. */
export function summaryUrl(base: string, text: string): string {
  return `${base.split("#")[0]}${KEY}${encodeURIComponent(text)}`;
}

/** The text a dialog was opened to show, or null when the page was not opened for that. */
export function summaryOfHash(hash: string): string | null {
  if (!hash.startsWith(KEY)) return null;
  try {
    return decodeURIComponent(hash.slice(KEY.length));
  } catch {
    return null;
  }
}
