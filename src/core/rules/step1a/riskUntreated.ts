/** Step 1A: a risk above appetite has a treatment decided (clause 6.1.3 a). */
import { appetiteOf } from "./riskSettings";
import { nameOf, perRow, product, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/untreated-above-appetite",
  step: "1A",
  severity: "error",
  clause: "6.1.3 a",
  description: "A risk scores above the risk appetite and has no treatment.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    const appetite = appetiteOf(isms.settings);
    return perRow(reg, ["likelihood", "impact", "treatment"], (risk) => {
      const score = product(risk.likelihood, risk.impact);
      if (score === null || score <= appetite) return "skip";
      if (str(risk.treatment) !== "") return null;
      return rowFinding(rule, reg, risk, "treatment",
        `${nameOf(reg, risk)} scores ${score}, above the risk appetite of ${appetite}, and has ` +
        "no treatment: choose Modify, Retain, Avoid or Share in Treatment.");
    });
  },
};

export default rule;
