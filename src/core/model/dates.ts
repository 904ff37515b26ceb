/**
 * Excel dates in the 1900 date system. Serial 1 is 1900-01-01; Excel counts a 29 February 1900
 * that never was (serial 60), so serials from 61 on are one day ahead of a plain day count.
 * Serials 1-59 map to 1900-01-01 ... 1900-02-28; serial 60 has no real date.
 */

const MS_PER_DAY = 86_400_000;
/** Days between 1899-12-30 and 1970-01-01: serial of the Unix epoch for serials >= 61. */
const EPOCH_SERIAL = 25_569;

/** UTC midnight of a day (1-based month); unlike Date.UTC, years 0-99 stay as given. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The Excel serial of a calendar day (UTC year, 1-based month, day). */
export function serialOf(year: number, month: number, day: number): number {
  const days = utc(year, month, day).getTime() / MS_PER_DAY + EPOCH_SERIAL;
  return days < 61 ? days - 1 : days;
}

/** The calendar day of an Excel serial (its whole part), or null for 60 and non-positive days. */
export function dayOf(serial: number): { year: number; month: number; day: number } | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(whole) || whole < 1 || whole === 60) return null;
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date((days - EPOCH_SERIAL) * MS_PER_DAY);
  if (Number.isNaN(d.getTime())) return null;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "yyyy-mm-dd" of an Excel serial; "" when it has no real date. */
export function isoOf(serial: number): string {
  const d = dayOf(serial);
  if (!d) return "";
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(d.year, 4)}-${p(d.month)}-${p(d.day)}`;
}

/**
 * The serial of an ISO date text "yyyy-mm-dd" (also "yyyy-mm-ddThh:mm..."); null when the text
 * is not such a date or names a day that does not exist (2026-02-30).
 */
export function serialOfIso(text: string): number | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const back = utc(y, mo, d);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return serialOf(y, mo, d);
}

/**
 * The serial a number of calendar months after (or, negative, before) a serial's day. The day
 * is clamped to the month's end: one month after 31 January is 28 or 29 February.
 */
export function addMonths(serial: number, months: number): number {
  const d = dayOf(serial);
  if (!d) return serial;
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = utc(year, month + 1, 0).getUTCDate();
  return serialOf(year, month, Math.min(d.day, last));
}

/** Today's serial from the clock: only front ends call this; rules take today as an input. */
export function todaySerial(now: Date = new Date()): number {
  return serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
