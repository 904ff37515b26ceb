/** A control stands once in the Statement of Applicability, so its decision is unambiguous. */
import type { RuleIndex } from "../lookup";
import { perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** soa/control-duplicate: a control listed on more than one SoA row. */
export const soaControlDuplicate: Rule<RuleIndex> = {
  id: "soa/control-duplicate",
  step: "1C",
  severity: "error",
  clause: "6.1.3 d",
  description: "No control is listed twice in the SoA.",
  fixable: false,
  check({ isms, index }) {
    const firstRow = new Map<string, number>();
    return perRow(isms.soa, ["control"], (row) => {
      const text = str(row.control);
      if (text === "") return "skip";
      const id = index.normaliseControl(text);
      const first = firstRow.get(id);
      if (first === undefined) {
        firstRow.set(id, row.row);
        return null;
      }
      return rowFinding(soaControlDuplicate, isms.soa, row, "control",
        `Control ${text} on row ${row.row} is already listed on row ${first}: ` +
        "keep one row per control and delete or merge the other.");
    });
  },
};
