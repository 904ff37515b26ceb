/**
 * Structure: every cell of a register holds a value its column can take (a list word, a date, a
 * whole number, no formula error). The reader reports each cell that does not, naming it; this
 * rule counts those rows as failed checks, so a step's progress falls with them.
 */
import { parseA1 } from "../../model/address";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { registersOf, StepTally } from "./registers";

/** The reader's findings about cells: their rule ids start so. */
const CELL_RULE = "cell/";

/** The sheet row of an A1 address, or null. */
function rowOf(cell: string): number | null {
  try {
    return parseA1(cell).row;
  } catch {
    return null;
  }
}

const rule: Rule<RuleIndex> = {
  id: "structure/cell-values",
  step: "1A",
  severity: "error",
  clause: "7.5.3",
  description: "A register row holds a cell the reader could not take as its column's kind.",
  fixable: false,
  check({ isms }) {
    const badRows = new Map<string, Set<number>>();
    for (const f of isms.findings ?? []) {
      if (!f || typeof f.rule !== "string" || !f.rule.startsWith(CELL_RULE)) continue;
      const row = typeof f.cell === "string" ? rowOf(f.cell) : null;
      if (row === null) continue;
      let rows = badRows.get(f.sheet);
      if (!rows) badRows.set(f.sheet, (rows = new Set()));
      rows.add(row);
    }
    const tally = new StepTally();
    for (const reg of registersOf(isms)) {
      if (!reg.present || reg.rows.length === 0) continue;
      const bad = badRows.get(reg.sheet);
      let failed = 0;
      if (bad) for (const row of reg.rows) if (bad.has(row.row)) failed++;
      tally.add(reg.spec.step, reg.rows.length, failed);
    }
    // The reader's findings stand for themselves: this rule adds none of its own.
    return tally.result([]);
  },
};

export default rule;
