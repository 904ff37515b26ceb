/** Step 1A: every risk is rated for likelihood and impact on the workbook's scale (6.1.2 d). */
import type { Finding } from "../../model/finding";
import { isBlankNumber, nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { scaleOf } from "./riskSettings";

const RATINGS = [["likelihood", "Likelihood"], ["impact", "Impact"]] as const;

const rule: Rule<RuleIndex> = {
  id: "risk/rating-invalid",
  step: "1A",
  severity: "error",
  clause: "6.1.2 d",
  description: "A risk has no likelihood or impact, or one outside the risk scale.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    const scale = scaleOf(isms.settings);
    return perRow(reg, ["likelihood", "impact"], (risk) => {
      const found: Finding[] = [];
      for (const [key, header] of RATINGS) {
        const value: unknown = risk[key];
        let what: string;
        if (isBlankNumber(value)) what = `has no ${key}`;
        else if (typeof value !== "number" || Number.isNaN(value)) continue; // already reported
        else if (Number.isInteger(value) && value >= 1 && value <= scale) continue;
        else what = `has ${key} ${value}, outside the risk scale`;
        found.push(rowFinding(rule, reg, risk, key,
          `${nameOf(reg, risk)} ${what}: rate it from 1 to ${scale} in ${header}.`));
      }
      return found.length > 0 ? found : null;
    });
  },
};

export default rule;
