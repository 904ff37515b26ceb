/** Step 1A: treatment never makes a risk worse, so the residual score is not above the inherent. */
import { nameOf, perRow, product, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/residual-above-inherent",
  step: "1A",
  severity: "warning",
  clause: "6.1.3",
  description: "A risk's residual score is above its inherent score.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    return perRow(reg, ["residualLikelihood", "residualImpact"], (risk) => {
      const inherent = product(risk.likelihood, risk.impact);
      const residual = product(risk.residualLikelihood, risk.residualImpact);
      if (inherent === null || residual === null) return "skip";
      if (residual <= inherent) return null;
      return rowFinding(rule, reg, risk, "residualLikelihood",
        `${nameOf(reg, risk)} has residual score ${residual}, above its inherent score ` +
        `${inherent}: check Residual likelihood and Residual impact.`);
    });
  },
};

export default rule;
