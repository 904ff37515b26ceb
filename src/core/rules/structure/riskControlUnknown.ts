/** References: the controls a risk names are controls of the chosen edition's Annex A. */
import { STANDARD_NAMES } from "../../catalogue";
import { RISKS_SHEET } from "../../schema/sheets";
import { nameOf, perRow, rowFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { named, unknownOf } from "./references";

const rule: Rule<RuleIndex> = {
  id: "risk/control-unknown",
  step: RISKS_SHEET.step,
  severity: "error",
  clause: "6.1.3 b",
  description: "A risk names a control that is not in the chosen edition's Annex A.",
  fixable: false,
  check({ isms, index }) {
    return perRow(isms.risks, ["controls"], (risk) => {
      const ids = index.controlsOfRisk(risk);
      if (ids.length === 0) return "skip";
      const unknown = unknownOf(ids, (id) => index.controls.has(id));
      if (unknown.length === 0) return null;
      // Controls of the edition the SoA follows: the Standard setting is reported, once.
      if (unknown.every((id) => index.ofSoaEdition(id))) return [];
      const n = named(unknown);
      return rowFinding(rule, isms.risks, risk, "controls",
        `${nameOf(isms.risks, risk)} names ${n.list} in Controls, which ${n.verb} not in ` +
        `Annex A of ${STANDARD_NAMES[index.edition]}: use the control numbers of the SoA.`);
    });
  },
};

export default rule;
