/** Step 1A: every asset has an owner (Annex A 5.9). */
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "asset/owner-missing",
  step: "1A",
  severity: "error",
  clause: "A 5.9",
  description: "An asset has no owner.",
  fixable: false,
  check({ isms }) {
    const reg = isms.assets;
    return perRow(reg, ["owner"], (asset) =>
      str(asset.owner) !== ""
        ? null
        : rowFinding(rule, reg, asset, "owner",
          `${nameOf(reg, asset)} has no owner: name the person accountable for it in Owner.`));
  },
};

export default rule;
