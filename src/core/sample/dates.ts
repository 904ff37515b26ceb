/** The dates of the sample ISMS, every one counted from the day the sample is made. */
import { addMonths } from "../model/dates";

/** Today, the ARM milestones, and day or month offsets from today, as Excel serials. */
export interface SampleDates {
  readonly today: number;
  /** About three weeks ago: the ISMS has been live long enough to show some operation. */
  readonly goLive: number;
  /** About three weeks ahead: six weeks after go-live, as ARM step 2 asks (at least a month). */
  readonly stage1: number;
  /** About two and a half months ahead: over three months of evidence since go-live. */
  readonly stage2: number;
  /** The serial a number of days after today (before it when negative). */
  day(offset: number): number;
  /** The serial a number of calendar months after today (before it when negative). */
  months(offset: number): number;
}

/** The sample's calendar for a given today (an Excel serial; a fraction of a day is dropped). */
export function sampleDates(today: number): SampleDates {
  const base = Math.floor(today);
  const day = (offset: number) => base + offset;
  const months = (offset: number) => addMonths(base, offset);
  return {
    today: base,
    goLive: day(-21),
    stage1: day(21),
    stage2: months(2) + 15,
    day,
    months,
  };
}
