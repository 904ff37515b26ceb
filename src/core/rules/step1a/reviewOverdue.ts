/** Step 1A: risks are reviewed within the review interval (clause 8.2: at planned intervals). */
import { isoOf } from "../../model/dates";
import { reviewCutoff } from "../../readiness/thresholds";
import { isBlankNumber, isKnown, nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { reviewMonthsOf } from "./riskSettings";

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
    // Found once for the register: the earliest review day still within the interval today.
    const earliest = reviewCutoff(months, today);
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
