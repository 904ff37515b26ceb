/**
 * Step 1A: the Score and Residual score cells hold the product of their row's ratings. A value
 * that differs means the live formula was typed over; fixing writes the formula back.
 */
import type { Finding } from "../../model/finding";
import type { RiskRow } from "../../schema/rows";
import {
  cellOf, hasColumns, headerOf, isKnown, nameOf, perRow, product, rowFinding,
} from "../helpers";
import { renameTables } from "../../schema/tableNames";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

type ScoreKey = "score" | "residualScore";

const SCORES: readonly (readonly [ScoreKey, keyof RiskRow, keyof RiskRow])[] = [
  ["score", "likelihood", "impact"],
  ["residualScore", "residualLikelihood", "residualImpact"],
];

const rule: Rule<RuleIndex> = {
  id: "risk/score-formula",
  step: "1A",
  severity: "warning",
  clause: "6.1.2 d",
  description: "A Score or Residual score cell holds a value other than its row's product.",
  fixable: true,
  check({ isms }) {
    const reg = isms.risks;
    const present = SCORES.filter(([key]) => hasColumns(reg, key));
    if (present.length === 0) return { findings: [], checked: 0, failed: 0 };
    // The formulas name the table; a renamed table keeps its own name in them.
    const table = reg.table ?? reg.spec.table;
    const names = new Map([[reg.spec.table, table]]);
    const formulaOf = (key: ScoreKey) =>
      renameTables(reg.spec.columns.find((c) => c.key === key)?.formula ?? "", names);
    return perRow(reg, [], (risk) => {
      const found: Finding[] = [];
      for (const [key, a, b] of present) {
        const value: unknown = risk[key];
        if (!isKnown(value)) continue;
        const expected = product(risk[a], risk[b]);
        if (expected !== null && Math.abs(value - expected) < 1e-9) continue;
        const header = headerOf(reg, key);
        const should = expected === null ? "blank until both ratings are given" : `${expected}`;
        found.push(rowFinding(rule, reg, risk, key,
          `${nameOf(reg, risk)} has ${value} in ${header} where the formula gives ${should}: ` +
          "the formula was typed over; fixing puts it back.", {
            fix: [{ sheet: reg.sheet, cell: cellOf(reg, risk, key),
              value: { formula: formulaOf(key) }, before: value }],
          }));
      }
      return found.length > 0 ? found : null;
    });
  },
};

export default rule;
