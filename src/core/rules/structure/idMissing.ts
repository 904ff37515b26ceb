/** Structure: every register row has an ID; fixing gives it the next free number. */
import type { Finding } from "../../model/finding";
import { cellOf, nameOf, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { idRegistersOf, StepTally } from "./registers";

const rule: Rule<RuleIndex> = {
  id: "structure/id-missing",
  step: "1A",
  severity: "error",
  clause: "7.5.2",
  description: "A register row has no ID.",
  fixable: true,
  check({ isms, index }) {
    const findings: Finding[] = [];
    const tally = new StepTally();
    for (const reg of idRegistersOf(isms)) {
      let failed = 0;
      for (const row of reg.rows) {
        if (str(row.id) !== "") continue;
        failed++;
        const id = index.newIds.get(row);
        const cell = cellOf(reg, row, "id");
        const fixable = id !== undefined && cell !== "";
        findings.push(rowFinding(rule, reg, row, "id",
          `${nameOf(reg, row)} has no ID: give it one` +
          (fixable ? ` (fixing writes ${id}).` : "."), {
            step: reg.spec.step,
            fix: fixable ? [{ sheet: reg.sheet, cell, value: id, before: null }] : undefined,
          }));
      }
      tally.add(reg.spec.step, reg.rows.length, failed);
    }
    return tally.result(findings);
  },
};

export default rule;
