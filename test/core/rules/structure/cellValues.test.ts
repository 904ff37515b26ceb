import rule from "../../../../src/core/rules/structure/cellValues";
import type { Finding } from "../../../../src/core/model/finding";
import { buildIndex } from "../../../../src/core/rules/lookup";
import { buildIsms, day } from "../../../support/isms";

function readerFinding(sheet: string, cell: string, rule: string): Finding {
  return { rule, severity: "error", step: "1A", sheet, cell, id: "", column: "",
    message: "stands for a reader finding", fixable: false };
}

function run(findings: Finding[]) {
  const isms = buildIsms({
    risks: [{ id: "R-001" }, { id: "R-002" }, { id: "R-003" }],
    improvements: [{ id: "I-001" }],
    findings,
  });
  return rule.check({ isms, today: day("2026-12-03"), index: buildIndex(isms) });
}

describe("rule structure/cell-values", () => {
  it("counts every row of every register, none failed, when the reader reported nothing", () => {
    const result = run([]);
    expect(result.findings).toEqual([]);
    expect(result.failed).toBe(0);
    expect(result.checked).toBeGreaterThanOrEqual(4);
  });

  it("fails each row once, however many of its cells the reader reported, under its step", () => {
    const result = run([
      readerFinding("Risks", "R3", "cell/not-a-date"), readerFinding("Risks", "G3", "cell/spaces"),
      readerFinding("Risks", "F4", "cell/formula-error"),
      readerFinding("Improvements", "J2", "cell/text-date"),
      readerFinding("Risks", "A9", "cell/not-in-list"),
      readerFinding("Risks", "", "structure/column-missing"),
    ]);
    expect(result.findings).toEqual([]);
    expect(result.failed).toBe(3);
    expect(result.byStep).toEqual(expect.arrayContaining([
      expect.objectContaining({ step: "1A", failed: 2 }),
      expect.objectContaining({ step: "3", checked: 1, failed: 1 }),
    ]));
  });
});
