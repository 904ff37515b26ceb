/**
 * Every threshold of the readiness model in one place: the timing of ARM step 2, when step-4
 * findings become errors, and what each of the twelve Stage 2 questions holds the registers to.
 * The Dashboard prints QUESTION_THRESHOLDS next to the answers, so a person sees the bar.
 */
import { addMonths } from "../model/dates";
import { isKnown } from "../rules/helpers";

/** Go-live must be at least this many calendar months before Stage 1. */
export const GO_LIVE_MONTHS_BEFORE_STAGE1 = 1;

/** Stage 2 must see at least this many calendar months of evidence after go-live. */
export const EVIDENCE_MONTHS_BEFORE_STAGE2 = 2;

/** Stage 2 should come at least this many days after Stage 1 (three weeks). */
export const MIN_DAYS_STAGE1_TO_STAGE2 = 21;

/** Once Stage 2 is this many days away or less, a readiness question answered No is an error. */
export const STAGE2_ESCALATION_DAYS = 30;

/** Improvements from Stage 1 of these priorities must be Done before Stage 2 (question 1). */
export const STAGE1_FINDING_PRIORITIES: readonly string[] = ["Critical", "High"];

/** Open incidents of these severities need an improvement (question 11). */
export const SERIOUS_INCIDENT_SEVERITIES: readonly string[] = ["High", "Critical"];

/** Incident statuses that count as still open (question 11). */
export const OPEN_INCIDENT_STATUSES: readonly string[] = ["Open", "Investigating"];

/** Objective statuses that count as measured and met, or on the way (question 3). */
export const OBJECTIVE_GOOD_STATUSES: readonly string[] = ["On track", "Met"];

/** How many row IDs a reason names before it says "and N more". */
export const REASON_ID_LIMIT = 5;

/** The latest go-live date that leaves the required month before Stage 1. */
export function latestGoLive(stage1: number): number {
  return addMonths(stage1, -GO_LIVE_MONTHS_BEFORE_STAGE1);
}

/** The earliest Stage 2 date that gives the required months of evidence after go-live. */
export function earliestStage2(goLive: number): number {
  return addMonths(goLive, EVIDENCE_MONTHS_BEFORE_STAGE2);
}

/** True once Stage 2 is STAGE2_ESCALATION_DAYS away or less (or has passed). */
export function stage2IsNear(stage2: number | null, today: number): boolean {
  return isKnown(stage2) && today >= stage2 - STAGE2_ESCALATION_DAYS;
}

/**
 * The day a review falls due: the interval in calendar months after the last review. A row
 * reviewed on that day or later is within the interval; the day after, it is overdue.
 */
export function reviewDue(lastReviewed: number, months: number): number {
  return addMonths(lastReviewed, months);
}

/** True when a row was reviewed within `months` calendar months before today. */
export function reviewedWithin(
  lastReviewed: number | null,
  months: number,
  today: number,
): boolean {
  return isKnown(lastReviewed) && today <= reviewDue(lastReviewed, months);
}

/**
 * The earliest last-review day that is still within the interval on `today`: a row reviewed on
 * or after it passes, exactly as reviewedWithin says, but found once for a whole register.
 */
export function reviewCutoff(months: number, today: number): number {
  // addMonths never decreases as the day grows, so the days that pass form [cutoff, ...).
  // The answer lies within a few days of that first guess (month ends); the steps are bounded,
  // so a day outside Excel's calendar, where addMonths cannot count, costs nothing.
  let cutoff = addMonths(today, -months);
  for (let i = 0; i < 31 && reviewDue(cutoff, months) < today; i++) cutoff++;
  for (let i = 0; i < 31 && reviewDue(cutoff - 1, months) >= today; i++) cutoff--;
  return cutoff;
}

/** True when an improvement is not Done (case as typed is ignored, like Excel's COUNTIFS). */
export function isNotDone(status: string): boolean {
  return status.toLowerCase() !== "done";
}

/** True when an improvement is overdue: not Done and its target date is before today. */
export function isOverdue(status: string, targetDate: number | null, today: number): boolean {
  return isNotDone(status) && isKnown(targetDate) && targetDate < today;
}

/** True for a readable date or number: not blank, not unreadable (NaN); shared with the rules. */
export { isKnown };

/** What each readiness question asks of the registers, as printed on the Dashboard. */
export const QUESTION_THRESHOLDS: readonly { number: number; question: string; bar: string }[] = [
  {
    number: 1, question: "Closed any critical findings from Stage 1?",
    bar: "Improvements from the Stage 1 audit with priority Critical or High are all Done; " +
      "Not yet before the Stage 1 date; Partly when only High ones are open.",
  },
  {
    number: 2, question: "Evidence of operation of all required ISMS processes?",
    bar: "Every Requirements row is Done and names its Evidence.",
  },
  {
    number: 3, question: "Objectives measured and met?",
    bar: "Objectives exist, each has a Last measured date and status On track or Met.",
  },
  {
    number: 4, question: "Risk register maintained?",
    bar: "Risks exist, each rated (likelihood and impact within the scale) and reviewed within " +
      "the risk review interval (calendar months, due on the same day of the month).",
  },
  {
    number: 5, question: "Awareness training deployed to those in scope?",
    bar: "Awareness rows required by today (not Waived) are Done; Not yet when none is due.",
  },
  {
    number: 6, question: "Competency gaps being closed?",
    bar: "No Competence row (not Waived) has its Required by date before today and is not Done.",
  },
  {
    number: 7, question: "Internal audits conducted?",
    bar: "An internal audit is Done, on or after the go-live date where there is one.",
  },
  {
    number: 8, question: "Management reviews conducted?",
    bar: "A management review is Done, on or after the go-live date where there is one.",
  },
  {
    number: 9, question: "Corrective actions and improvements logged and tracked?",
    bar: "Improvements exist, each with owner, target date and status, none overdue " +
      "(not Done with its target date before today).",
  },
  {
    number: 10, question: "Evidence of operation of all relevant controls?",
    bar: "Every applicable control is Implemented and names its Evidence.",
  },
  {
    number: 11, question: "Incidents logged, tracked and managed?",
    bar: "Every incident has severity and status; Closed ones a Closed on date; open High or " +
      "Critical ones an improvement.",
  },
  {
    number: 12, question: "Happy with the current risk profile?",
    bar: "Every risk is within appetite (residual score), accepted (Accepted by and " +
      "Accepted on), or named by an improvement not Done with a target date.",
  },
];

/**
 * How most questions turn a count into an answer: Yes when every row passes, Partly when some
 * do, No when none does (or there is nothing to hold up).
 */
export function answerOf(passed: number, total: number): "yes" | "partly" | "no" {
  if (total > 0 && passed === total) return "yes";
  return passed > 0 ? "partly" : "no";
}
