/** Applicable and Status agree: an excluded control is Not applicable, and only it is. */
import type { RuleIndex } from "../lookup";
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** soa/status-mismatch: Applicable No with another Status, or Yes with Not applicable. */
export const soaStatusMismatch: Rule<RuleIndex> = {
  id: "soa/status-mismatch",
  step: "1C",
  severity: "warning",
  clause: "6.1.3 d",
  description: "Excluded controls have Status Not applicable, and applicable ones do not.",
  fixable: false,
  check({ isms }) {
    return perRow(isms.soa, ["applicable", "status"], (row) => {
      const applicable = str(row.applicable);
      const status = str(row.status);
      const name = nameOf(isms.soa, row);
      if (applicable === "No" && status !== "Not applicable") {
        const now = status === "" ? "no status" : `Status ${status}`;
        return rowFinding(soaStatusMismatch, isms.soa, row, "status",
          `${name} is excluded but has ${now}: set Status to Not applicable, ` +
          "or Applicable to Yes.");
      }
      if (applicable === "Yes" && status === "Not applicable") {
        return rowFinding(soaStatusMismatch, isms.soa, row, "status",
          `${name} is applicable but its Status is Not applicable: ` +
          "give its real status, or set Applicable to No with a justification.");
      }
      return applicable === "" ? "skip" : null;
    });
  },
};
