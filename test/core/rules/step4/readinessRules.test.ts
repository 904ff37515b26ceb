import { STEP_4_RULES } from "../../../../src/core/rules/step4";
import type { IsmsParts } from "../../../support/isms";
import { day } from "../../../support/isms";
import { readyParts } from "../../readiness/ready";
import { testRule, type Expected } from "../engineTester";

const base = readyParts();
/** Stage 2 on 2027-01-11 is 39 days after 2026-12-03: findings stay warnings. */
const far = { ...base.settings };

/** For each question: its sheet, and a change to the ready workbook that answers it No. */
const NO: [string, IsmsParts][] = [
  ["Improvements", { improvements: [{ id: "I-009", source: "Stage 1 audit",
    priority: "Critical", status: "Open" }] }],
  ["Requirements", { requirements: [{ clause: "4.1", status: "In progress" }] }],
  ["Objectives", { objectives: [] }],
  ["Risks", { risks: [] }],
  ["Training", { training: [] }],
  ["Training", { training: [{ id: "T-002", kind: "Competence", requiredBy: day("2026-11-01"),
    status: "Planned" }] }],
  ["Audits", { audits: [] }],
  ["Audits", { audits: [] }],
  ["Improvements", { improvements: [] }],
  ["SoA", { soa: [] }],
  ["Incidents", { incidents: [{ id: "IN-001" }] }],
  ["Risks", { risks: [] }],
];

function finding(severity: "error" | "warning"): Expected {
  return { cell: "", severity, id: "", column: "" };
}

STEP_4_RULES.forEach((rule, i) => {
  const [sheet, no] = NO[i];
  const number = i + 1;
  testRule(rule, sheet, {
    valid: [{ name: `question ${number} answered Yes`, isms: base, checked: 1 }],
    invalid: [
      {
        name: `question ${number} answered No as a warning with Stage 2 31 days away`,
        isms: { ...base, ...no, settings: { ...far, stage2: day("2027-01-03") } },
        checked: 1,
        errors: [{ ...finding("warning"), says: `Readiness question ${number},` }],
      },
      {
        name: `question ${number} answered No as an error with Stage 2 30 days away`,
        isms: { ...base, ...no, settings: { ...far, stage2: day("2027-01-02") } },
        checked: 1,
        errors: [{ ...finding("error"), says: "is answered No" }],
      },
      {
        name: `question ${number} answered No as an error once Stage 2 has passed`,
        isms: { ...base, ...no, settings: { ...far, stage2: day("2026-12-01") } },
        checked: 1,
        errors: [finding("error")],
      },
    ],
  });
});

testRule(STEP_4_RULES[0], "Improvements", {
  valid: [],
  invalid: [
    {
      name: "question 1 not yet before Stage 1: a failed check with no finding",
      isms: { ...base, settings: { ...far, stage1: day("2026-12-10") } },
      checked: 1,
      failed: 1,
      errors: [],
    },
  ],
});

testRule(STEP_4_RULES[3], "Risks", {
  valid: [],
  invalid: [
    {
      name: "question 4 answered Partly: a failed check with no finding",
      isms: { ...base, risks: [base.risks![0], { ...base.risks![1], lastReviewed: null }] },
      checked: 1,
      failed: 1,
      errors: [],
    },
  ],
});

describe("the step 4 rules", () => {
  it("are twelve, one per question, each of step 4 and warning by default", () => {
    expect(STEP_4_RULES.map((r) => [r.step, r.severity])).toEqual(
      Array.from({ length: 12 }, () => ["4", "warning"]));
    expect(new Set(STEP_4_RULES.map((r) => r.id)).size).toBe(12);
    expect(STEP_4_RULES[3].description).toContain("Risk register maintained?");
  });
});
