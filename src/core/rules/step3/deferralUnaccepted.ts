/**
 * ARM step 3: an improvement may wait until after certification only where the risk owner
 * accepts the above-appetite risk until then.
 */
import { nameRows } from "../../readiness/reason";
import { residualScoreOf } from "../../readiness/scores";
import { isNotDone } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { list, nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** improvement/deferral-unaccepted: After certification, above-appetite risk, no acceptance. */
export const deferralUnaccepted: Rule<RuleIndex> = {
  id: "improvement/deferral-unaccepted",
  step: "3",
  severity: "error",
  clause: "6.1.3 f",
  description: "Deferring an improvement past certification is accepted by the risk owner " +
    "where a related risk is above appetite.",
  fixable: false,
  check({ isms, index }) {
    const appetite = isms.settings.riskAppetite;
    const reg = isms.improvements;
    return perRow(reg, ["neededBy", "related"], (row) => {
      if (str(row.neededBy) !== "After certification" || !isNotDone(str(row.status))) {
        return "skip";
      }
      const above: string[] = [];
      for (const ref of list(row.related)) {
        const risk = index.riskById.get(ref);
        const residual = risk ? residualScoreOf(risk) : null;
        if (residual !== null && residual > appetite) above.push(ref);
      }
      if (above.length === 0 || str(row.deferralAcceptedBy) !== "") return null;
      const risks = above.length === 1 ? `risk ${above[0]}` : `risks ${nameRows(above)}`;
      return rowFinding(deferralUnaccepted, reg, row, "deferralAcceptedBy",
        `${nameOf(reg, row)} waits until after certification while ${risks} stays above ` +
        `appetite (${appetite}): have the risk owner accept this in Deferral accepted by, ` +
        "or bring it forward to Stage 2.");
    });
  },
};
