/** Every Annex A control of the chosen edition has a row in the Statement of Applicability. */
import type { Finding } from "../../model/finding";
import type { RuleIndex } from "../lookup";
import { hasColumns, sheetFinding } from "../helpers";
import type { Rule } from "../types";

/** soa/control-missing: a control of the edition has no SoA row. */
export const soaControlMissing: Rule<RuleIndex> = {
  id: "soa/control-missing",
  step: "1C",
  severity: "error",
  clause: "6.1.3 d",
  description: "Every Annex A control of the chosen edition is listed in the SoA.",
  fixable: false,
  check({ isms, index }) {
    const soa = isms.soa;
    if (!hasColumns(soa, "control")) return { findings: [], checked: 0, failed: 0 };
    const findings: Finding[] = [];
    for (const control of index.controls.values()) {
      if (index.soaByControl.has(control.id)) continue;
      findings.push(sheetFinding(soaControlMissing, soa,
        `Control ${control.id} (${control.title}) is missing from the SoA: add a row for it ` +
        "and decide whether it applies (Create or upgrade adds the missing rows).",
        { column: "Control" }));
    }
    return { findings, checked: index.controls.size, failed: findings.length };
  },
};
