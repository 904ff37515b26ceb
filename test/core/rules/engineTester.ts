/**
 * A table-driven tester for one rule, in the manner of ESLint's rule tests: workbooks that
 * pass, and workbooks that fail with every expected finding written out.
 */
import type { CellChange, Finding, Severity } from "../../../src/core/model/finding";
import type { ArmStep } from "../../../src/core/schema/types";
import { buildIndex, type RuleIndex } from "../../../src/core/rules/lookup";
import type { Rule } from "../../../src/core/rules/types";
import { buildIsms, day, type IsmsParts } from "../../support/isms";

/** A finding as a test expects it. */
export interface Expected {
  cell: string;
  severity: Severity;
  id: string;
  column: string;
  /** The sheet, when the finding is not on the rule's usual sheet. */
  sheet?: string;
  step?: ArmStep;
  /** Words the message must contain. */
  says?: string;
  fix?: readonly CellChange[];
}

export interface PassingCase {
  name: string;
  isms: IsmsParts;
  /** Today as ISO text; 2026-12-03 when left out. */
  today?: string;
  /** Rows (or facts) the rule must count as checked. */
  checked?: number;
}

export interface FailingCase extends PassingCase {
  errors: Expected[];
  failed?: number;
}

const TODAY = "2026-12-03";

function run(rule: Rule<RuleIndex>, c: PassingCase) {
  const isms = buildIsms(c.isms);
  return rule.check({ isms, today: day(c.today ?? TODAY), index: buildIndex(isms) });
}

function shape(f: Finding, rule: Rule<RuleIndex>, sheet: string): Expected {
  const out: Expected = { cell: f.cell, severity: f.severity, id: f.id, column: f.column };
  if (f.sheet !== sheet) out.sheet = f.sheet;
  if (f.step !== rule.step) out.step = f.step;
  if (f.fix) out.fix = f.fix;
  return out;
}

function expectedShape(e: Expected): Expected {
  const { says: _says, ...rest } = e;
  return rest;
}

/** Declares the tests of one rule: its passing and failing workbooks. */
export function testRule(
  rule: Rule<RuleIndex>, sheet: string, cases: { valid: PassingCase[]; invalid: FailingCase[] },
): void {
  describe(`rule ${rule.id}`, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [c.name, c] as const))("passes %s", (_name, c) => {
        const result = run(rule, c);
        expect(result.findings).toEqual([]);
        expect(result.failed).toBe(0);
        if (c.checked !== undefined) expect(result.checked).toBe(c.checked);
      });
    }
    it.each(cases.invalid.map((c) => [c.name, c] as const))("flags %s", (_name, c) => {
      const result = run(rule, c);
      expect(result.findings.map((f) => shape(f, rule, sheet))).toEqual(
        c.errors.map(expectedShape));
      for (const [i, f] of result.findings.entries()) {
        expect(f.rule).toBe(rule.id);
        expect(f.fixable).toBe(f.fix !== undefined);
        if (f.fixable) expect(rule.fixable).toBe(true);
        if (f.id !== "") expect(f.message).toContain(f.id);
        const says = c.errors[i]?.says;
        if (says) expect(f.message).toContain(says);
      }
      expect(result.failed).toBe(c.failed ?? c.errors.length);
      if (c.checked !== undefined) expect(result.checked).toBe(c.checked);
      expect(result.failed).toBeLessThanOrEqual(result.checked);
    });
  });
}
