/** The remaining core requirements of step 1C (clauses 6.1.3 to 10) are met. */
import { STEP_1A_CLAUSES } from "../../catalogue";
import type { RuleIndex } from "../lookup";
import { perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** requirements/1c-not-done: a Requirements row of step 1C whose Status is not Done. */
export const requirementNotDone: Rule<RuleIndex> = {
  id: "requirements/1c-not-done",
  step: "1C",
  severity: "warning",
  clause: "4-10",
  description: "Every requirement of ARM step 1C is Done.",
  fixable: false,
  check({ isms }) {
    const reg = isms.requirements;
    return perRow(reg, ["status"], (row) => {
      const clause = str(row.clause);
      // A blank ARM step falls back to the method's own split of the clauses.
      const step = str(row.step) || (STEP_1A_CLAUSES.has(clause) ? "1A" : "1C");
      if (step !== "1C") return "skip";
      const status = str(row.status);
      if (status === "Done") return null;
      const name = clause !== "" ? `Clause ${clause}` : `Requirement on row ${row.row}`;
      const now = status === "" ? "has no status" : `is ${status}`;
      return rowFinding(requirementNotDone, reg, row, "status",
        `${name} ${now}: finish the work and record how you meet it, then set Status to Done.`);
    });
  },
};
