/** ARM step 3: every improvement is planned: an owner, a priority, a target date, Needed by. */
import type { Finding } from "../../model/finding";
import type { ImprovementRow } from "../../schema/rows";
import type { RuleIndex } from "../lookup";
import { isBlankNumber, nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

interface Need {
  readonly key: keyof ImprovementRow & string;
  readonly blank: (r: ImprovementRow) => boolean;
  readonly what: string;
}

const NEEDS: readonly Need[] = [
  {
    key: "owner", blank: (r) => str(r.owner) === "",
    what: "no owner: name the person who will see it through in Owner",
  },
  {
    key: "priority", blank: (r) => str(r.priority) === "",
    what: "no priority: weigh ease and benefit and set Priority",
  },
  {
    key: "targetDate", blank: (r) => isBlankNumber(r.targetDate),
    what: "no target date: enter when it will be done in Target date",
  },
  {
    key: "neededBy", blank: (r) => str(r.neededBy) === "",
    what: "no Needed by: decide whether it must be done by Stage 1, Stage 2 or after " +
      "certification",
  },
];

/** improvement/incomplete: an improvement without owner, priority, target date or Needed by. */
export const improvementIncomplete: Rule<RuleIndex> = {
  id: "improvement/incomplete",
  step: "3",
  severity: "error",
  clause: "10.1",
  description: "Every improvement has an owner, a priority, a target date and a Needed by.",
  fixable: false,
  check({ isms }) {
    const reg = isms.improvements;
    const present = NEEDS.filter((n) => typeof reg.columns[n.key] === "number");
    return perRow(reg, [], (row) => {
      const findings: Finding[] = [];
      for (const need of present) {
        if (!need.blank(row)) continue;
        const message = `${nameOf(reg, row)} has ${need.what}.`;
        findings.push(rowFinding(improvementIncomplete, reg, row, need.key, message));
      }
      return findings.length > 0 ? findings : null;
    });
  },
};
