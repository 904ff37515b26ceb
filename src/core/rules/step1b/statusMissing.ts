/** Step 1B: every applicable control says how far it is implemented. */
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { isApplicable } from "./applicable";

const rule: Rule<RuleIndex> = {
  id: "soa/status-missing",
  step: "1B",
  severity: "error",
  clause: "6.1.3 d",
  description: "An applicable control has no Status.",
  fixable: false,
  check({ isms }) {
    const reg = isms.soa;
    return perRow(reg, ["applicable", "status"], (row) => {
      if (!isApplicable(row.applicable)) return "skip";
      if (str(row.status) !== "") return null;
      return rowFinding(rule, reg, row, "status",
        `${nameOf(reg, row)} is applicable but has no Status: say whether it is Implemented, ` +
        "Partially implemented, Planned or Not started.");
    });
  },
};

export default rule;
