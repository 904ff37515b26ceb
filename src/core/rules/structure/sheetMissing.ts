/** Structure: every register sheet of the workbook is there. */
import type { Finding } from "../../model/finding";
import { sheetFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { registersOf, StepTally } from "./registers";

const rule: Rule<RuleIndex> = {
  id: "structure/sheet-missing",
  step: "1A",
  severity: "error",
  clause: "7.5",
  description: "A register sheet of the ISMS workbook is missing.",
  fixable: false,
  check({ isms }) {
    const findings: Finding[] = [];
    const tally = new StepTally();
    for (const reg of registersOf(isms)) {
      const missing = !reg.present;
      tally.add(reg.spec.step, 1, missing ? 1 : 0);
      if (!missing) continue;
      findings.push(sheetFinding(rule, reg,
        `The ${reg.spec.sheet} sheet (table ${reg.spec.table}) is missing: run Create or ` +
        "upgrade to add it.", { step: reg.spec.step }));
    }
    return tally.result(findings);
  },
};

export default rule;
