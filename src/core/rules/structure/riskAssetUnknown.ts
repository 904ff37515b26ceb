/** References: the assets a risk names are in the Assets register. */
import { RISKS_SHEET } from "../../schema/sheets";
import { hasColumns, nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { named, refsIn, unknownOf } from "./references";

const rule: Rule<RuleIndex> = {
  id: "risk/asset-unknown",
  step: RISKS_SHEET.step,
  severity: "error",
  clause: "6.1.2",
  description: "A risk names an asset that is not in the Assets register.",
  fixable: false,
  check({ isms, index }) {
    // With no Assets sheet or ID column every reference would fail; that is reported instead.
    if (!hasColumns(isms.assets, "id")) return { findings: [], checked: 0, failed: 0 };
    return perRow(isms.risks, ["assets"], (risk) => {
      const refs = refsIn(risk.assets);
      if (refs.length === 0) return "skip";
      const unknown = unknownOf(refs, (ref) => index.assetById.has(ref));
      if (unknown.length === 0) return null;
      const n = named(unknown);
      return rowFinding(rule, isms.risks, risk, "assets",
        `${nameOf(isms.risks, risk)} names ${n.list} in Assets, which ${n.verb} not in the ` +
        `Assets register: correct the ID or add the asset.`);
    });
  },
};

export default rule;
