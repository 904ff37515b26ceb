/** Every Annex A control of the chosen edition has a row in the Statement of Applicability. */
import type { Finding } from "../../model/finding";
import type { RuleIndex } from "../lookup";
import { STANDARD_NAMES } from "../../catalogue";
import { hasColumns, settingFinding, sheetFinding } from "../helpers";
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
    if (index.soaEdition !== null) {
      // An SoA of the other edition lacks every control of this one: say why, once.
      const finding = settingFinding(soaControlMissing, isms, "standard",
        `The SoA lists the Annex A controls of ${STANDARD_NAMES[index.soaEdition]}, but the ` +
        `Standard setting says ${STANDARD_NAMES[index.edition]}: set Standard back to ` +
        `${STANDARD_NAMES[index.soaEdition]}, or start a new workbook for ` +
        `${STANDARD_NAMES[index.edition]}.`, { step: "1C" });
      return { findings: [finding], checked: index.controls.size, failed: index.controls.size };
    }
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
