/** A risk cannot be treated by a control that the Statement of Applicability excludes. */
import type { RiskRow } from "../../schema/rows";
import type { RuleIndex } from "../lookup";
import { nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** risk/control-excluded: a risk names in Controls a control the SoA marks not applicable. */
export const riskControlExcluded: Rule<RuleIndex> = {
  id: "risk/control-excluded",
  step: "1C",
  severity: "error",
  clause: "6.1.3 d",
  description: "No risk names a control that the SoA excludes.",
  fixable: false,
  check({ isms, index }) {
    // Start from the few excluded controls and the risks that name them, not from every risk.
    const hits = new Map<RiskRow, string[]>();
    for (const [id, row] of index.soaByControl) {
      if (str(row.applicable) !== "No") continue;
      for (const risk of index.risksByControl.get(id) ?? []) {
        const ids = hits.get(risk);
        if (ids) ids.push(id);
        else hits.set(risk, [id]);
      }
    }
    return perRow(isms.risks, ["controls"], (risk) => {
      if (index.controlsOfRisk(risk).length === 0) return "skip";
      const excluded = hits.get(risk);
      if (excluded === undefined) return null;
      const which = excluded.join(", ");
      const them = excluded.length === 1 ? "it" : "them";
      return rowFinding(riskControlExcluded, isms.risks, risk, "controls",
        `${nameOf(isms.risks, risk)} names ${which} in Controls, which the SoA excludes: ` +
        `include ${them} in the SoA or take ${them} out of Controls.`);
    });
  },
};
