/**
 * Step 1A: an in-scope asset that matters (rated 2 or more for confidentiality, integrity or
 * availability) is named by at least one risk, or its risks have not been assessed.
 */
import { hasColumns, isKnown, nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "asset/no-risk",
  step: "1A",
  severity: "warning",
  clause: "6.1.2 c",
  description: "An in-scope asset rated 2 or more in C, I or A is named by no risk.",
  fixable: false,
  check({ isms, index }) {
    const reg = isms.assets;
    // Which risks name an asset cannot be told without the Risks register's Assets column.
    if (!hasColumns(isms.risks, "assets")) return { findings: [], checked: 0, failed: 0 };
    return perRow(reg, [], (asset) => {
      const id = str(asset.id);
      // Rows without an ID cannot be named by a risk; the missing ID is reported on its own.
      if (id === "" || str(asset.inScope) === "No" || str(asset.status) === "Retired") {
        return "skip";
      }
      const ratings = [asset.confidentiality, asset.integrity, asset.availability];
      const top = Math.max(0, ...ratings.filter(isKnown));
      if (top < 2) return "skip";
      if (index.assetsNamedByRisks.has(id)) return null;
      return rowFinding(rule, reg, asset, "id",
        `${nameOf(reg, asset)} is in scope and rated ${top} for confidentiality, integrity or ` +
        "availability, but no risk names it: assess the risks to it in Risks.");
    });
  },
};

export default rule;
