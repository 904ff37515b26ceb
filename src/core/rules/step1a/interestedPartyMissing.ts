/** Step 1A: the Context register names at least one interested party (clause 4.2). */
import { once, sheetFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "context/interested-party-missing",
  step: "1A",
  severity: "error",
  clause: "4.2",
  description: "The Context register names no interested party.",
  fixable: false,
  check({ isms }) {
    const found = isms.context.rows.some((r) => str(r.kind).toLowerCase() === "interested party");
    if (found) return once(null);
    return once(sheetFinding(rule, isms.context,
      "Context lists no interested party: add a row of Kind \"Interested party\" for each " +
      "party whose needs the ISMS must meet (customers, regulators, staff ...).",
      { column: "Kind" }));
  },
};

export default rule;
