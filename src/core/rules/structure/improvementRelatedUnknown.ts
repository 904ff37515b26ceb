/** References: an improvement's Related names risks, assets, incidents or controls that exist. */
import { IMPROVEMENTS_SHEET } from "../../schema/sheets";
import { nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { named, refsIn, unknownOf } from "./references";

const rule: Rule<RuleIndex> = {
  id: "improvement/related-unknown",
  step: IMPROVEMENTS_SHEET.step,
  severity: "error",
  clause: "10.2",
  description: "An improvement's Related names something that is not in the workbook.",
  fixable: false,
  check({ isms, index }) {
    return perRow(isms.improvements, ["related"], (imp) => {
      const refs = refsIn(imp.related);
      if (refs.length === 0) return "skip";
      const unknown = unknownOf(refs,
        (ref) => index.kindOf(ref) !== null || index.unverifiable(ref) || index.ofSoaEdition(ref));
      if (unknown.length === 0) return null;
      const n = named(unknown);
      return rowFinding(rule, isms.improvements, imp, "related",
        `${nameOf(isms.improvements, imp)} names ${n.list} in Related, which ${n.verb} not a ` +
        "risk, asset, incident or Annex A control of this workbook: correct the reference.");
    });
  },
};

export default rule;
