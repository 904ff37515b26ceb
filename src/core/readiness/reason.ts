/** One-line reasons that name the rows to look at, without flooding a Dashboard cell. */
import { REASON_ID_LIMIT } from "./thresholds";

/** "R-003, R-009" or "R-001, R-002, R-003, R-004, R-005 and 3 more". */
export function nameRows(labels: readonly string[], limit = REASON_ID_LIMIT): string {
  if (labels.length <= limit) return labels.join(", ");
  return `${labels.slice(0, limit).join(", ")} and ${labels.length - limit} more`;
}

/** How a row is named in a reason: its ID, or "row N" when it has none. */
export function labelOf(id: string, row: number): string {
  return id !== "" ? id : `row ${row}`;
}

/** "1 risk" / "3 risks": a count with its noun. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** "The 1 risk" / "All 3 risks": every row of a kind, in a reason that says they all pass. */
export function all(count: number, noun: string): string {
  return count === 1 ? `The 1 ${noun}` : `All ${count} ${noun}s`;
}
