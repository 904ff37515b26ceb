/** Structure: every column of a register is there; only the checks' own columns are needed. */
import type { Finding } from "../../model/finding";
import type { ColumnSpec } from "../../schema/types";
import { sheetFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { registersOf, StepTally } from "./registers";

/** A column is required when the schema says so; a register cannot do without its IDs either. */
function isRequired(col: ColumnSpec, keyColumn: string): boolean {
  return col.required === true || col.type === "id" || col.key === keyColumn;
}

const rule: Rule<RuleIndex> = {
  id: "structure/column-missing",
  step: "1A",
  severity: "error",
  clause: "7.5",
  description: "A register lacks a column: an error for a required column, else information.",
  fixable: false,
  check({ isms }) {
    const findings: Finding[] = [];
    const tally = new StepTally();
    for (const reg of registersOf(isms)) {
      if (!reg.present) continue;
      let failed = 0;
      for (const col of reg.spec.columns) {
        if (typeof reg.columns[col.key] === "number") continue;
        const required = isRequired(col, reg.spec.keyColumn);
        if (required) failed++;
        const message = required
          ? `The ${reg.sheet} sheet has no "${col.header}" column, which the checks need: ` +
            "restore its header or run Create or upgrade to add it."
          : `The ${reg.sheet} sheet has no "${col.header}" column: run Create or upgrade to ` +
            "add it if you want to use it.";
        findings.push(sheetFinding(rule, reg, message, {
          step: reg.spec.step, severity: required ? "error" : "info", column: col.header,
        }));
      }
      tally.add(reg.spec.step, reg.spec.columns.length, failed);
    }
    return tally.result(findings);
  },
};

export default rule;
