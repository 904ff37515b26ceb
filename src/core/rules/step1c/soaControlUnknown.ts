/** Each SoA row names a control of the edition the workbook follows. */
import { STANDARD_NAMES, controlIndex, normaliseControlId } from "../../catalogue";
import type { RuleIndex } from "../lookup";
import { perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** soa/control-unknown: an SoA row whose Control is blank or not in the chosen Annex A. */
export const soaControlUnknown: Rule<RuleIndex> = {
  id: "soa/control-unknown",
  step: "1C",
  severity: "error",
  clause: "6.1.3 d",
  description: "Every SoA row names an Annex A control of the chosen edition.",
  fixable: false,
  check({ isms, index }) {
    const standard = STANDARD_NAMES[index.edition];
    return perRow(isms.soa, ["control"], (row) => {
      const text = str(row.control);
      if (text === "") {
        return rowFinding(soaControlUnknown, isms.soa, row, "control",
          `SoA row ${row.row} names no control: enter its Annex A control id in Control.`);
      }
      if (index.controls.has(index.normaliseControl(text))) return null;
      // An SoA of the other edition is reported once, on the Standard setting: the row fails.
      const other = index.soaEdition;
      if (other !== null && controlIndex(other).has(normaliseControlId(text, other))) return [];
      return rowFinding(soaControlUnknown, isms.soa, row, "control",
        `Control "${text}" on row ${row.row} is not an Annex A control of ${standard}: ` +
        "correct the id in Control or delete the row.");
    });
  },
};
