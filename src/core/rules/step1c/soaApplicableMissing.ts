/** Every SoA row records whether its control applies (clause 6.1.3 d). */
import type { RuleIndex } from "../lookup";
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** soa/applicable-missing: a control with no Yes or No in Applicable. */
export const soaApplicableMissing: Rule<RuleIndex> = {
  id: "soa/applicable-missing",
  step: "1C",
  severity: "error",
  clause: "6.1.3 d",
  description: "Every control in the SoA is marked applicable or excluded.",
  fixable: false,
  check({ isms }) {
    return perRow(isms.soa, ["applicable"], (row) => {
      if (str(row.applicable) !== "") return null;
      return rowFinding(soaApplicableMissing, isms.soa, row, "applicable",
        `${nameOf(isms.soa, row)} has no decision: enter Yes or No in Applicable.`);
    });
  },
};
