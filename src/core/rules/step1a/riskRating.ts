/**
 * Step 1A: every risk is rated for likelihood and impact on the workbook's scale (6.1.2 d), and
 * a residual rating, where one is given, is on the same scale (6.1.3: the residual score decides
 * acceptance and deferral, so a residual 0 must not pass as within appetite).
 */
import type { Finding } from "../../model/finding";
import { hasColumns, isBlankNumber, nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { scaleOf } from "./riskSettings";

/** Key, header, and whether a blank is a finding: residual ratings may wait for treatment. */
const RATINGS = [
  ["likelihood", "Likelihood", true],
  ["impact", "Impact", true],
  ["residualLikelihood", "Residual likelihood", false],
  ["residualImpact", "Residual impact", false],
] as const;

const rule: Rule<RuleIndex> = {
  id: "risk/rating-invalid",
  step: "1A",
  severity: "error",
  clause: "6.1.2 d",
  description: "A risk has no likelihood or impact, or a rating outside the risk scale.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    const scale = scaleOf(isms.settings);
    const ratings = RATINGS.filter(([key]) => hasColumns(reg, key));
    return perRow(reg, ["likelihood", "impact"], (risk) => {
      const found: Finding[] = [];
      let unreadable = false;
      for (const [key, header, required] of ratings) {
        const value: unknown = risk[key];
        const name = header.toLowerCase();
        let what: string;
        if (isBlankNumber(value)) {
          if (!required) continue;
          what = `has no ${name}`;
        } else if (typeof value !== "number" || Number.isNaN(value)) {
          unreadable = true; // the reader's finding names the cell; the row still fails
          continue;
        } else if (Number.isInteger(value) && value >= 1 && value <= scale) continue;
        else what = `has ${name} ${value}, outside the risk scale`;
        found.push(rowFinding(rule, reg, risk, key,
          `${nameOf(reg, risk)} ${what}: rate it from 1 to ${scale} in ${header}.`));
      }
      return found.length > 0 || unreadable ? found : null;
    });
  },
};

export default rule;
