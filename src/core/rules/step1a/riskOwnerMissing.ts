/** Step 1A: every risk has a risk owner (clause 6.1.2 c 2). */
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/owner-missing",
  step: "1A",
  severity: "error",
  clause: "6.1.2 c",
  description: "A risk has no risk owner.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    return perRow(reg, ["owner"], (risk) =>
      str(risk.owner) !== ""
        ? null
        : rowFinding(rule, reg, risk, "owner",
          `${nameOf(reg, risk)} has no owner: name the person accountable for it in Owner.`));
  },
};

export default rule;
