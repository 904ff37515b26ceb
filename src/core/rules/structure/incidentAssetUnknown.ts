/** References: the assets an incident names are in the Assets register. */
import { INCIDENTS_SHEET } from "../../schema/sheets";
import { hasColumns, nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { named, refsIn, unknownOf } from "./references";

const rule: Rule<RuleIndex> = {
  id: "incident/asset-unknown",
  step: INCIDENTS_SHEET.step,
  severity: "error",
  clause: "A 5.24",
  description: "An incident names an asset that is not in the Assets register.",
  fixable: false,
  check({ isms, index }) {
    if (!hasColumns(isms.assets, "id")) return { findings: [], checked: 0, failed: 0 };
    return perRow(isms.incidents, ["assets"], (inc) => {
      const refs = refsIn(inc.assets);
      if (refs.length === 0) return "skip";
      const unknown = unknownOf(refs, (ref) => index.assetById.has(ref));
      if (unknown.length === 0) return null;
      const n = named(unknown);
      return rowFinding(rule, isms.incidents, inc, "assets",
        `${nameOf(isms.incidents, inc)} names ${n.list} in Assets, which ${n.verb} not in ` +
        "the Assets register: correct the ID or add the asset.");
    });
  },
};

export default rule;
