/** An included control says why it is included: risk assessment, legal, contractual ... */
import type { RuleIndex } from "../lookup";
import { list, nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** soa/reasons-missing: an applicable control with no Reasons. */
export const soaReasonsMissing: Rule<RuleIndex> = {
  id: "soa/reasons-missing",
  step: "1C",
  severity: "warning",
  clause: "6.1.3 d",
  description: "Every applicable control gives the reasons for its inclusion.",
  fixable: false,
  check({ isms }) {
    return perRow(isms.soa, ["applicable", "reasons"], (row) => {
      if (str(row.applicable) !== "Yes") return "skip";
      if (list(row.reasons).length > 0) return null;
      return rowFinding(soaReasonsMissing, isms.soa, row, "reasons",
        `${nameOf(isms.soa, row)} is applicable with no reason given: pick the reasons ` +
        "for including it in Reasons (Risk assessment, Legal, Contractual, Business, " +
        "Best practice).");
    });
  },
};
