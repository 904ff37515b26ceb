/** References: the improvement an incident names is in the Improvements register. */
import { INCIDENTS_SHEET } from "../../schema/sheets";
import { hasColumns, nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { named, refsIn, unknownOf } from "./references";

const rule: Rule<RuleIndex> = {
  id: "incident/improvement-unknown",
  step: INCIDENTS_SHEET.step,
  severity: "error",
  clause: "A 5.27",
  description: "An incident names an improvement that is not in the Improvements register.",
  fixable: false,
  check({ isms, index }) {
    if (!hasColumns(isms.improvements, "id")) return { findings: [], checked: 0, failed: 0 };
    return perRow(isms.incidents, ["improvement"], (inc) => {
      const refs = refsIn(inc.improvement);
      if (refs.length === 0) return "skip";
      const unknown = unknownOf(refs, (ref) => index.improvementById.has(ref));
      if (unknown.length === 0) return null;
      const n = named(unknown);
      return rowFinding(rule, isms.incidents, inc, "improvement",
        `${nameOf(isms.incidents, inc)} names ${n.list} in Improvement, which ${n.verb} not ` +
        "in the Improvements register: correct the ID or log the improvement.");
    });
  },
};

export default rule;
