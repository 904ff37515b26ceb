/** ARM step 3: what must be done before an audit is planned to be done before it. */
import { isoOf } from "../../model/dates";
import { isNotDone } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { isKnown, nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** improvement/late-for-audit: not Done, Needed by a stage, target date after that audit. */
export const improvementLateForAudit: Rule<RuleIndex> = {
  id: "improvement/late-for-audit",
  step: "3",
  severity: "error",
  clause: "10.1",
  description: "Improvements needed by Stage 1 or Stage 2 are due before that audit.",
  fixable: false,
  check({ isms }) {
    const { stage1, stage2 } = isms.settings;
    const reg = isms.improvements;
    return perRow(reg, ["neededBy", "targetDate"], (row) => {
      const neededBy = str(row.neededBy);
      const audit = neededBy === "Stage 1" ? stage1 : neededBy === "Stage 2" ? stage2 : null;
      if (!isKnown(audit) || !isNotDone(str(row.status)) || !isKnown(row.targetDate)) {
        return "skip";
      }
      if (row.targetDate <= audit) return null;
      return rowFinding(improvementLateForAudit, reg, row, "targetDate",
        `${nameOf(reg, row)} is needed by ${neededBy} (${isoOf(audit)}) but its target date ` +
        `is ${isoOf(row.targetDate)}: bring the Target date forward or change Needed by.`);
    });
  },
};
