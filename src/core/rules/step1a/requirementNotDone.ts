/** Step 1A: the clauses of step 1A (4.1-4.4, 5.1-5.3, 6.1-6.1.2) are done. */
import { STEP_1A_CLAUSES } from "../../catalogue";
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "requirements/1a-not-done",
  step: "1A",
  severity: "warning",
  clause: "4-6.1.2",
  description: "A Requirements row of step 1A is not Done.",
  fixable: false,
  check({ isms }) {
    const reg = isms.requirements;
    return perRow(reg, ["status"], (req) => {
      const step = str(req.step);
      const ofStep = step !== "" ? step === "1A" : STEP_1A_CLAUSES.has(str(req.clause));
      if (!ofStep) return "skip";
      const status = str(req.status);
      if (status === "Done") return null;
      const now = status === "" ? "has no Status" : `is "${status}"`;
      return rowFinding(rule, reg, req, "status",
        `${nameOf(reg, req)} ${now}: finish the work of step 1A for it and set Status to Done.`);
    });
  },
};

export default rule;
