import fc from "fast-check";
import type { Isms } from "../../../src/core/model/isms";
import type { ColumnType, RegisterKey } from "../../../src/core/schema/types";
import { REGISTERS } from "../../../src/core/schema/sheets";
import { runRules } from "../../../src/core/rules/engine";
import { buildIndex, type RuleIndex } from "../../../src/core/rules/lookup";
import { ALL_RULES } from "../../../src/core/rules/registry";
import { STEP_1A_RULES } from "../../../src/core/rules/step1a";
import { STEP_1B_RULES } from "../../../src/core/rules/step1b";
import { STRUCTURE_RULES } from "../../../src/core/rules/structure";
import type { Rule } from "../../../src/core/rules/types";
import { buildIsms, type IsmsParts } from "../../support/isms";

const plausible = fc.constantFrom(
  "R-001", "R-002", "A-001", "I-001", "IN-001", "5.15", "A.8.5", "A.9.2.1", "Yes", "No", "Modify",
  "Mitigate", "Retain", "Done", "1A", "1C", "Stage 1", "After certification", "Interested party",
  "Internal issue", "Implemented", "Not applicable", "Closed", "#REF!", "", " ",
);

const huge = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? "R-001" : `A-${i}`));

const KEYS = REGISTERS.filter((s) => s.key !== "settings").map((s) => s.key);

const text = fc.oneof(fc.string(), plausible, plausible);
const numberCell = fc.oneof(
  fc.constant(null), fc.constant(Number.NaN), fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.double(), fc.constantFrom(Infinity, -Infinity, 0, -1, 1e300),
);
// The huge list is rare: it is there to show that nothing loops over a list inside a list.
const listCell = fc.oneof(
  { arbitrary: fc.array(text, { maxLength: 6 }), weight: 12 },
  { arbitrary: fc.constant([] as string[]), weight: 4 },
  { arbitrary: fc.constant(huge), weight: 1 },
);

/** Anything a cell field might hold, including what the reader would never produce. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(), plausible, plausible, fc.constant(Number.NaN), fc.constant(null),
  fc.constant(undefined), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double(),
  fc.constantFrom(Infinity, -Infinity, 0, -1, 1e300), fc.boolean(),
  fc.array(fc.oneof(plausible, fc.string(), fc.constant(null)), { maxLength: 6 }), listCell,
  fc.constant({}),
);

/** A value of a column's type as the reader produces it: text, a number or NaN, or a list. */
function typed(type: ColumnType): fc.Arbitrary<unknown> {
  if (type === "refs" || type === "choices") return listCell;
  if (type === "date" || type === "integer" || type === "formula") return numberCell;
  return text;
}

function registersOf(value: (type: ColumnType) => fc.Arbitrary<unknown>) {
  return fc.record(Object.fromEntries(
    REGISTERS.filter((s) => s.key !== "settings").map((s) => [
      s.key,
      fc.array(fc.record(Object.fromEntries(s.columns.map((c) => [c.key, value(c.type)])),
        { requiredKeys: [] }), { maxLength: 6 }),
    ]),
  ) as Record<string, fc.Arbitrary<Record<string, unknown>[]>>);
}

const typedSettings = fc.record({
  organisation: text, scope: text, edition: fc.constantFrom("2022", "2013"),
  riskScale: numberCell, riskAppetite: numberCell, reviewMonths: numberCell,
  classificationLabels: listCell, goLive: numberCell, stage1: numberCell, stage2: numberCell,
}, { requiredKeys: [] });

const wildSettings = fc.record({
  organisation: anything, scope: anything, edition: fc.constantFrom("2022", "2013", "1999"),
  riskScale: anything, riskAppetite: anything, reviewMonths: anything,
  classificationLabels: anything, goLive: anything, stage1: anything, stage2: anything,
}, { requiredKeys: [] });

function workbooks(
  value: (type: ColumnType) => fc.Arbitrary<unknown>, settings: fc.Arbitrary<unknown>,
) {
  return fc.record({
    registers: registersOf(value),
    settings,
    absent: fc.subarray(KEYS as RegisterKey[]),
    missing: fc.dictionary(fc.constantFrom(...KEYS),
      fc.subarray(["id", "owner", "controls", "risks", "status", "assets", "score"])),
    today: fc.oneof(fc.integer({ min: 1, max: 80_000 }), fc.constant(Number.NaN)),
  }).map((p) => ({
    isms: buildIsms({
      ...(p.registers as IsmsParts), settings: p.settings as IsmsParts["settings"],
      absent: p.absent, missing: p.missing,
    }),
    today: p.today,
  }));
}

function checkAll(rules: readonly Rule<RuleIndex>[], isms: Isms, today: number): void {
  const index = buildIndex(isms);
  for (const rule of rules) {
    const result = rule.check({ isms, today, index });
    expect(Number.isInteger(result.checked)).toBe(true);
    expect(result.failed).toBeGreaterThanOrEqual(0);
    expect(result.failed).toBeLessThanOrEqual(result.checked);
    for (const f of result.findings) {
      expect(typeof f.message).toBe("string");
      expect(typeof f.cell).toBe("string");
    }
  }
}

const OWN_RULES = [...STRUCTURE_RULES, ...STEP_1A_RULES, ...STEP_1B_RULES];

describe("the rules on random registers", () => {
  it("never throw on any register the reader can produce, and count sensibly", () => {
    fc.assert(
      fc.property(workbooks(typed, typedSettings), ({ isms, today }) => {
        checkAll(ALL_RULES, isms, today);
        const run = runRules(isms, today);
        expect(run.findings.filter((f) => f.rule === "internal/rule-failed")).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("never throw in the structure, 1A and 1B rules even on fields of the wrong type", () => {
    fc.assert(
      fc.property(workbooks(() => anything, wildSettings), ({ isms, today }) => {
        checkAll(OWN_RULES, isms, today);
      }),
      { numRuns: 150 },
    );
  });
});
