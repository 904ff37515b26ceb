/**
 * Step 1A: a retained risk whose residual score is above appetite is accepted by its risk
 * owner, who and when (clause 6.1.3 f). Without a residual rating the inherent score stands,
 * since retaining a risk does not lower it.
 */
import { appetiteOf } from "./riskSettings";
import { isBlankNumber, nameOf, perRow, product, rowFinding, str, treatmentOf } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/residual-not-accepted",
  step: "1A",
  severity: "error",
  clause: "6.1.3 f",
  description: "A retained risk above appetite has no Accepted by or no Accepted on.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    const appetite = appetiteOf(isms.settings);
    return perRow(reg, ["treatment", "acceptedBy", "acceptedOn"], (risk) => {
      if (treatmentOf(risk.treatment) !== "Retain") return "skip";
      const residual = product(risk.residualLikelihood, risk.residualImpact) ??
        product(risk.likelihood, risk.impact);
      if (residual === null || residual <= appetite) return "skip";
      const noWho = str(risk.acceptedBy) === "";
      const noWhen = isBlankNumber(risk.acceptedOn);
      if (!noWho && !noWhen) return null;
      const missing = noWho && noWhen ? "Accepted by and Accepted on" : noWho
        ? "Accepted by" : "Accepted on";
      return rowFinding(rule, reg, risk, noWho ? "acceptedBy" : "acceptedOn",
        `${nameOf(reg, risk)} is retained at residual score ${residual}, above the risk ` +
        `appetite of ${appetite}, with no ${missing}: the risk owner must accept it; record ` +
        "who in Accepted by and when in Accepted on.");
    });
  },
};

export default rule;
