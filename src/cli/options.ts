/** Turning the parsed options of a command into the values the commands take. */
import type { Edition } from "../core/catalogue/types";
import { serialOfIso, todaySerial } from "../core/model/dates";

/** A command line that parses but says something impossible (a bad date, an unknown edition). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

// Excel has no day before 1900, and before March 1900 its calendar counts a 29 February that
// never was: a day outside this span has no serial Excel would show as that day.
const FIRST_DAY = "1900-03-01";
const LAST_DAY = "9999-12-31";

/** --today as an Excel serial day, or today's from the clock. */
export function todayOf(options: ReadonlyMap<string, string>, now: Date): number {
  const text = options.get("--today");
  if (text === undefined) return todaySerial(now);
  const serial = /^\d{4}-\d{2}-\d{2}$/.test(text) ? serialOfIso(text) : null;
  if (serial === null) throw new UsageError(`--today must be a day as YYYY-MM-DD, not "${text}".`);
  // The fixed-width form compares as text in calendar order.
  if (text < FIRST_DAY || text > LAST_DAY) {
    throw new UsageError(`--today must be a day from ${FIRST_DAY} to ${LAST_DAY}, not "${text}".`);
  }
  return serial;
}

/** --standard as an Annex A edition (2022 when not given). */
export function editionOf(options: ReadonlyMap<string, string>): Edition {
  const text = options.get("--standard") ?? "2022";
  if (text === "2022" || text === "2013") return text;
  throw new UsageError(`--standard must be 2022 or 2013, not "${text}".`);
}

export { checkedAtOf } from "../core/commands";
