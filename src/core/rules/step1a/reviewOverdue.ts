/** Step 1A: risks are reviewed within the review interval (clause 8.2: at planned intervals). */
import { addMonths, isoOf } from "../../model/dates";
import { isBlankNumber, isKnown, nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { reviewMonthsOf } from "./riskSettings";

/**
 * The earliest last-review day that is not overdue today. A review is due on the day `months`
 * months after it (clamped to the month's end) and overdue from the next day. That due day
 * never decreases as the review day moves later, so the first day whose due day is today or
 * later splits current from overdue; it lies a few days from `months` months before today.
 * Found once, it spares a calendar computation per risk.
 */
export function earliestCurrent(today: number, months: number): number {
  let day = addMonths(today, -months) - 4;
  for (let i = 0; i < 12 && addMonths(day, months) < today; i++) day++;
  return day;
}

const rule: Rule<RuleIndex> = {
  id: "risk/review-overdue",
  step: "1A",
  severity: "warning",
  clause: "8.2",
  description: "A risk was not reviewed within the review interval, or never.",
  fixable: false,
  check({ isms, today }) {
    const reg = isms.risks;
    const months = reviewMonthsOf(isms.settings);
    const earliest = earliestCurrent(today, months);
    return perRow(reg, ["lastReviewed"], (risk) => {
      if (str(risk.status) === "Closed") return "skip";
      const last: unknown = risk.lastReviewed;
      if (isBlankNumber(last)) {
        return rowFinding(rule, reg, risk, "lastReviewed",
          `${nameOf(reg, risk)} has never been reviewed: review it and record the date in ` +
          "Last reviewed.");
      }
      // An unreadable date has been reported by the reader already.
      if (!isKnown(last)) return "skip";
      if (last >= earliest) return null;
      return rowFinding(rule, reg, risk, "lastReviewed",
        `${nameOf(reg, risk)} was last reviewed on ${isoOf(last)}, more than ${months} months ` +
        "ago: review it and record the date in Last reviewed.");
    });
  },
};

export default rule;
