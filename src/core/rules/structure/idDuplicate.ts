/** Structure: no two rows of a register share an ID, so references point at one row. */
import type { Finding } from "../../model/finding";
import { nounOf, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { idRegistersOf, StepTally } from "./registers";

const rule: Rule<RuleIndex> = {
  id: "structure/id-duplicate",
  step: "1A",
  severity: "error",
  clause: "7.5.2",
  description: "Two rows of a register have the same ID.",
  fixable: false,
  check({ isms }) {
    const findings: Finding[] = [];
    const tally = new StepTally();
    for (const reg of idRegistersOf(isms)) {
      const firstRow = new Map<string, number>();
      let checked = 0;
      let failed = 0;
      for (const row of reg.rows) {
        const id = str(row.id);
        if (id === "") continue;
        checked++;
        const first = firstRow.get(id);
        if (first === undefined) {
          firstRow.set(id, row.row);
          continue;
        }
        failed++;
        findings.push(rowFinding(rule, reg, row, "id",
          `${nounOf(reg)} ID ${id} on row ${row.row} is already used on row ${first}: give ` +
          "this row its own ID.", { step: reg.spec.step }));
      }
      tally.add(reg.spec.step, checked, failed);
    }
    return tally.result(findings);
  },
};

export default rule;
