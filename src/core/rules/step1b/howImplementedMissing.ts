/** Step 1B: every applicable control describes what the organisation does today. */
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { isApplicable } from "./applicable";

const rule: Rule<RuleIndex> = {
  id: "soa/how-implemented-missing",
  step: "1B",
  severity: "warning",
  clause: "6.1.3 d",
  description: "An applicable control has no \"How implemented\".",
  fixable: false,
  check({ isms }) {
    const reg = isms.soa;
    return perRow(reg, ["applicable", "howImplemented"], (row) => {
      if (!isApplicable(row.applicable)) return "skip";
      if (str(row.howImplemented) !== "") return null;
      return rowFinding(rule, reg, row, "howImplemented",
        `${nameOf(reg, row)} is applicable but "How implemented" is blank: describe what the ` +
        "organisation does today for it.");
    });
  },
};

export default rule;
