/**
 * Step 1A: a risk names the assets it threatens. Only a warning: ISO/IEC 27001 allows an
 * event- or scenario-based assessment that names no asset.
 */
import { list, nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "risk/no-asset",
  step: "1A",
  severity: "warning",
  clause: "6.1.2 c",
  description: "A risk names no asset.",
  fixable: false,
  check({ isms }) {
    const reg = isms.risks;
    return perRow(reg, ["assets"], (risk) =>
      list(risk.assets).length > 0
        ? null
        : rowFinding(rule, reg, risk, "assets",
          `${nameOf(reg, risk)} names no asset: list the IDs of the assets it threatens in ` +
          "Assets, unless it is a scenario that concerns none."));
  },
};

export default rule;
