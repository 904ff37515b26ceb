/** ARM step 3: improvements are done by the date they were planned for. */
import { isoOf } from "../../model/dates";
import { isNotDone, isOverdue } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { isKnown, nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** improvement/overdue: an improvement not Done whose target date is before today. */
export const improvementOverdue: Rule<RuleIndex> = {
  id: "improvement/overdue",
  step: "3",
  severity: "warning",
  clause: "10.1",
  description: "No open improvement is past its target date.",
  fixable: false,
  check({ isms, today }) {
    const reg = isms.improvements;
    return perRow(reg, ["targetDate"], (row) => {
      const status = str(row.status);
      if (!isNotDone(status) || !isKnown(row.targetDate)) return "skip";
      if (!isOverdue(status, row.targetDate, today)) return null;
      return rowFinding(improvementOverdue, reg, row, "targetDate",
        `${nameOf(reg, row)} was due on ${isoOf(row.targetDate)} and is not Done: ` +
        "finish it, or agree a new Target date with its owner.");
    });
  },
};
