/** Step 1A: a risk treated by Modify names the controls that modify it (clause 6.1.3 b). */
import { nameOf, perRow, rowFinding, treatmentOf } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/modify-without-controls",
  step: "1A",
  severity: "error",
  clause: "6.1.3 b",
  description: "A risk treated by Modify names no control.",
  fixable: false,
  check({ isms, index }) {
    const reg = isms.risks;
    return perRow(reg, ["treatment", "controls"], (risk) => {
      if (treatmentOf(risk.treatment) !== "Modify") return "skip";
      if (index.controlsOfRisk(risk).length > 0) return null;
      return rowFinding(rule, reg, risk, "controls",
        `${nameOf(reg, risk)} is treated by Modify but names no control: list the Annex A ` +
        "controls that reduce it in Controls (for example 5.15; 8.5).");
    });
  },
};

export default rule;
