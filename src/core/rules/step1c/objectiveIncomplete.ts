/** An information security objective is measurable and owned (clause 6.2). */
import type { Finding } from "../../model/finding";
import type { RuleIndex } from "../lookup";
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

const NEEDS: readonly { key: "measure" | "target" | "owner"; what: string }[] = [
  { key: "measure", what: "no measure: say in Measure how progress is measured" },
  { key: "target", what: "no target: set the value to reach in Target" },
  { key: "owner", what: "no owner: name the person accountable for it in Owner" },
];

/** objective/incomplete: an objective without measure, target or owner (one finding each). */
export const objectiveIncomplete: Rule<RuleIndex> = {
  id: "objective/incomplete",
  step: "1C",
  severity: "error",
  clause: "6.2",
  description: "Every objective has a measure, a target and an owner.",
  fixable: false,
  check({ isms }) {
    const reg = isms.objectives;
    const present = NEEDS.filter((n) => typeof reg.columns[n.key] === "number");
    return perRow(reg, [], (row) => {
      const findings: Finding[] = [];
      for (const need of present) {
        if (str(row[need.key]) !== "") continue;
        const message = `${nameOf(reg, row)} has ${need.what}.`;
        findings.push(rowFinding(objectiveIncomplete, reg, row, need.key, message));
      }
      return findings.length > 0 ? findings : null;
    });
  },
};
