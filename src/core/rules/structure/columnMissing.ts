/** Structure: every column of a register is there; only the checks' own columns are needed. */
import { a1 } from "../../model/address";
import type { Finding } from "../../model/finding";
import type { ExtraColumn } from "../../model/isms";
import type { ColumnSpec } from "../../schema/types";
import { sheetFinding } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { registersOf, StepTally } from "./registers";

/** A column is required when the schema says so; a register cannot do without its IDs either. */
function isRequired(col: ColumnSpec, keyColumn: string): boolean {
  return col.required === true || col.type === "id" || col.key === keyColumn;
}

/** How many letters a header may differ by and still be taken for a misspelling. */
const MISSPELT = 2;

/** Edits (insert, delete, change) between two short texts, counting no further than `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(prev[j] + 1, next[j - 1] + 1, prev[j - 1] + same));
    }
    prev = next;
  }
  return prev[b.length];
}

/** The user's column whose header is nearest a missing one (a misspelling), or null. */
function nearest(header: string, extras: readonly ExtraColumn[]): ExtraColumn | null {
  const want = header.toLowerCase();
  let best: ExtraColumn | null = null;
  let bestDistance = MISSPELT + 1;
  for (const extra of extras) {
    const have = String(extra.header ?? "").trim().toLowerCase();
    if (have.length < 3) continue;
    const d = distance(want, have, MISSPELT);
    if (d < bestDistance) {
      best = extra;
      bestDistance = d;
    }
  }
  return best;
}

const rule: Rule<RuleIndex> = {
  id: "structure/column-missing",
  step: "1A",
  severity: "error",
  clause: "7.5",
  description: "A register lacks a column: an error for a required column, else information.",
  fixable: false,
  check({ isms }) {
    const findings: Finding[] = [];
    const tally = new StepTally();
    for (const reg of registersOf(isms)) {
      if (!reg.present) continue;
      let failed = 0;
      for (const col of reg.spec.columns) {
        if (typeof reg.columns[col.key] === "number") continue;
        const required = isRequired(col, reg.spec.keyColumn);
        if (required) failed++;
        const extra = nearest(col.header, reg.extras);
        const where = { step: reg.spec.step, severity: required ? "error" : "info",
          column: col.header } as const;
        if (extra !== null) {
          const cell = a1(reg.headerRow, extra.col);
          findings.push({
            ...sheetFinding(rule, reg, `The ${reg.sheet} sheet has no "${col.header}" column; ` +
              `the column headed "${extra.header}" at ${cell} looks like it: rename that ` +
              `header to "${col.header}".`, where),
            cell,
          });
          continue;
        }
        const message = required
          ? `The ${reg.sheet} sheet has no "${col.header}" column, which the checks need: ` +
            "restore its header or run Create or upgrade to add it."
          : `The ${reg.sheet} sheet has no "${col.header}" column: run Create or upgrade to ` +
            "add it if you want to use it.";
        findings.push(sheetFinding(rule, reg, message, where));
      }
      tally.add(reg.spec.step, reg.spec.columns.length, failed);
    }
    return tally.result(findings);
  },
};

export default rule;
