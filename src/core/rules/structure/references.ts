/** Reading references out of a cell and naming the ones that lead nowhere. */
import { list, str } from "../helpers";

/** The references of a refs cell (a list) or of a text cell that may hold several. */
export function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return list(value);
  return str(value).split(/[;,\r\n]+/).map((t) => t.trim()).filter((t) => t !== "");
}

/** The references that `exists` does not know, each once, in the order written. */
export function unknownOf(refs: readonly string[], exists: (ref: string) => boolean): string[] {
  const seen = new Set<string>();
  for (const ref of refs) if (!seen.has(ref) && !exists(ref)) seen.add(ref);
  return [...seen];
}

/** How many references a message lists before it says how many more there are. */
const LISTED = 5;

/** "A-009" or "A-009, A-010" with the verb agreeing: "is" or "are"; long lists cut short. */
export function named(refs: readonly string[]): { list: string; verb: string } {
  const many = refs.length > 1;
  const shown = refs.slice(0, LISTED).join(", ");
  const more = refs.length > LISTED ? ` and ${refs.length - LISTED} more` : "";
  return { list: shown + more, verb: many ? "are" : "is" };
}
