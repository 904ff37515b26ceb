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

/** Where a summary no dialog could show waits for the task pane (same origin, same storage). */
export const KEPT_SUMMARY_KEY = "arm.ribbonCheck";

/** How long a kept summary stays worth showing: after that it describes an older workbook. */
const KEPT_FOR_MS = 60 * 60 * 1000;

/** The part of Web Storage the kept summary uses. */
export type SummaryStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The page's localStorage, or null where the host denies it (it throws then). */
export function storageOf(scope: { localStorage?: Storage } = globalThis): SummaryStorage | null {
  try {
    return scope.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps `text` for the task pane to show; false when there is nowhere to keep it. */
export function keepSummary(
  text: string,
  storage: SummaryStorage | null,
  now = new Date(),
): boolean {
  try {
    storage?.setItem(KEPT_SUMMARY_KEY, JSON.stringify({ text, at: now.getTime() }));
    return storage !== null;
  } catch {
    return false;
  }
}

/** Takes the kept summary, once: its text when kept within the hour, else null. */
export function takeSummary(storage: SummaryStorage | null, now = new Date()): string | null {
  try {
    const raw = storage?.getItem(KEPT_SUMMARY_KEY);
    if (!raw) return null;
    storage?.removeItem(KEPT_SUMMARY_KEY);
    const kept = JSON.parse(raw) as { text?: unknown; at?: unknown };
    const age = now.getTime() - Number(kept.at);
    return typeof kept.text === "string" && age >= 0 && age <= KEPT_FOR_MS ? kept.text : null;
  } catch {
    return null;
  }
}
