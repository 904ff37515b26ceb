/** Step 1A: a residual score below the inherent one is explained by controls that lower it. */
import { nameOf, perRow, product, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/residual-without-controls",
  step: "1A",
  severity: "warning",
  clause: "6.1.3",
  description: "A risk's residual score is lower than its inherent score but it names no control.",
  fixable: false,
  check({ isms, index }) {
    const reg = isms.risks;
    return perRow(reg, ["controls"], (risk) => {
      const inherent = product(risk.likelihood, risk.impact);
      const residual = product(risk.residualLikelihood, risk.residualImpact);
      if (inherent === null || residual === null || residual >= inherent) return "skip";
      if (index.controlsOfRisk(risk).length > 0) return null;
      return rowFinding(rule, reg, risk, "controls",
        `${nameOf(reg, risk)} is lowered from ${inherent} to ${residual} but names no control: ` +
        "list the controls that lower it in Controls, or raise the residual rating.");
    });
  },
};

export default rule;
