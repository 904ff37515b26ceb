/**
 * Step 1B: the SoA's Risks cell of a control lists the risks whose Controls name it, in risk
 * order, so each control is linked back to the risks it treats. Fixing refreshes the cell;
 * a risk with no ID counts with the ID that fixing gives it, so one round of fixes suffices.
 */
import { cellOf, hasColumns, list, nameOf, perRow, rowFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

/** The most characters an Excel cell holds. */
const CELL_LIMIT = 32_767;
/** How many IDs a message lists before it says how many more. */
const LISTED = 10;

const rule: Rule<RuleIndex> = {
  id: "soa/risks-stale",
  step: "1B",
  severity: "warning",
  clause: "6.1.3 d",
  description: "A control's Risks cell differs from the risks whose Controls name it.",
  fixable: true,
  check({ isms, index }) {
    const reg = isms.soa;
    // Without the risks' IDs and Controls the right list cannot be known: refreshing the cells
    // then would blank what the user has (the missing sheet or column is reported on its own).
    if (!hasColumns(isms.risks, "id", "controls")) return { findings: [], checked: 0, failed: 0 };
    // Listed once per control, since a control may stand on several rows of a messy SoA.
    const expected = new Map<string, string[]>();
    const idsFor = (control: string): string[] => {
      let ids = expected.get(control);
      if (ids) return ids;
      ids = [];
      const seen = new Set<string>();
      for (const risk of index.risksByControl.get(control) ?? []) {
        const id = index.idOf(risk);
        if (id === "" || seen.has(id)) continue;
        seen.add(id);
        ids.push(id);
      }
      expected.set(control, ids);
      return ids;
    };
    return perRow(reg, ["control", "risks"], (row) => {
      const control = index.normaliseControl(str(row.control));
      if (control === "") return "skip";
      const ids = idsFor(control);
      const now = list(row.risks);
      if (now.length === ids.length && now.every((id, i) => id === ids[i])) return null;
      const text = ids.join("; ");
      const cell = cellOf(reg, row, "risks");
      if (text.length > CELL_LIMIT) {
        return rowFinding(rule, reg, row, "risks",
          `${nameOf(reg, row)} is named by ${ids.length} risks, more than one cell can list: ` +
          "leave Risks as it is, or split the control's risks into groups.", { fix: [] });
      }
      const shown = ids.length > LISTED
        ? `${ids.slice(0, LISTED).join("; ")} and ${ids.length - LISTED} more` : text;
      const should = ids.length > 0 ? `should list ${shown}` : "should be blank: no risk names it";
      // A risk that is not in the register at all is a reference to nothing: an error.
      const unknown = now.filter((id) => !index.riskById.has(id) && !ids.includes(id));
      const dangling = unknown.length > 0
        ? ` It names ${unknown.slice(0, LISTED).join(", ")}, not in the Risks register.` : "";
      return rowFinding(rule, reg, row, "risks",
        `${nameOf(reg, row)}: Risks ${should}; fixing refreshes it from the Risks register.` +
        dangling, {
          ...(unknown.length > 0 ? { severity: "error" as const } : {}),
          fix: [{ sheet: reg.sheet, cell, value: ids.length > 0 ? text : null,
            before: now.join("; ") }],
        });
    });
  },
};

export default rule;
