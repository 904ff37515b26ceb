/** An excluded control needs a justification for the exclusion (clause 6.1.3 d). */
import type { RuleIndex } from "../lookup";
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** soa/justification-missing: a control excluded with no Justification. */
export const soaJustificationMissing: Rule<RuleIndex> = {
  id: "soa/justification-missing",
  step: "1C",
  severity: "error",
  clause: "6.1.3 d",
  description: "Every excluded control has a justification for its exclusion.",
  fixable: false,
  check({ isms }) {
    return perRow(isms.soa, ["applicable", "justification"], (row) => {
      if (str(row.applicable) !== "No") return "skip";
      if (str(row.justification) !== "") return null;
      return rowFinding(soaJustificationMissing, isms.soa, row, "justification",
        `${nameOf(isms.soa, row)} is excluded with no justification: ` +
        "say in Justification why it does not apply.");
    });
  },
};
