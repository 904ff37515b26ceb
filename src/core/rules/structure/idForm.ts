/** Structure: IDs have their register's form, so people and references can follow. */
import type { Finding } from "../../model/finding";
import { nounOf, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { formatId, hasIdForm } from "./ids";
import { idRegistersOf, StepTally } from "./registers";

const rule: Rule<RuleIndex> = {
  id: "structure/id-form",
  step: "1A",
  severity: "warning",
  clause: "7.5.2",
  description: "An ID is not of its register's PREFIX-NNN form.",
  fixable: false,
  check({ isms }) {
    const findings: Finding[] = [];
    const tally = new StepTally();
    for (const reg of idRegistersOf(isms)) {
      const prefix = reg.spec.idPrefix as string;
      let checked = 0;
      let failed = 0;
      for (const row of reg.rows) {
        const id = str(row.id);
        if (id === "") continue;
        checked++;
        if (hasIdForm(id, prefix)) continue;
        failed++;
        findings.push(rowFinding(rule, reg, row, "id",
          `${nounOf(reg)} ID "${id}" on row ${row.row} is not of the form ` +
          `${formatId(prefix, 1)}: renumber it and the references to it.`,
          { step: reg.spec.step }));
      }
      tally.add(reg.spec.step, checked, failed);
    }
    return tally.result(findings);
  },
};

export default rule;
