import { runRules } from "../../../src/core/rules/engine";
import type { Finding } from "../../../src/core/model/finding";
import type { RuleIndex } from "../../../src/core/rules/lookup";
import { ALL_RULES } from "../../../src/core/rules/registry";
import riskOwnerMissing from "../../../src/core/rules/step1a/riskOwnerMissing";
import sheetMissing from "../../../src/core/rules/structure/sheetMissing";
import type { Rule } from "../../../src/core/rules/types";
import { buildIsms, day } from "../../support/isms";

const TODAY = day("2026-12-03");

const readerFinding: Finding = {
  rule: "cell/not-a-date", severity: "error", step: "1A", sheet: "Risks", cell: "R2",
  id: "R-001", column: "Last reviewed", message: "\"soon\" is not a date.", fixable: false,
};

const throwing: Rule<RuleIndex> = {
  id: "test/throws", step: "1B", severity: "error", clause: "", description: "", fixable: false,
  check() {
    throw new Error("boom");
  },
};

describe("the rules engine", () => {
  it("lists the reader's findings first, then each rule's in rule order", () => {
    const isms = buildIsms({
      absent: ["training"], findings: [readerFinding], risks: [{ id: "R-001", owner: "" }],
    });
    const run = runRules(isms, TODAY, [riskOwnerMissing, sheetMissing]);
    expect(run.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["cell/not-a-date", "Risks", "R2"],
      ["risk/owner-missing", "Risks", "F2"],
      ["structure/sheet-missing", "Training", ""],
    ]);
  });

  it("says an unreadable cell once: a rule seeing it blank adds nothing, but still counts", () => {
    const refError: Finding = { ...readerFinding, rule: "cell/formula-error", cell: "F2",
      column: "Owner", message: "the cell shows the error #REF!." };
    const textDate: Finding = { ...readerFinding, rule: "cell/text-date", cell: "F3",
      severity: "warning", fixable: true, fix: [{ sheet: "Risks", cell: "F3", value: 1 }] };
    const isms = buildIsms({
      findings: [refError, textDate],
      risks: [{ id: "R-001", owner: "" }, { id: "R-002", owner: "" }],
    });
    const run = runRules(isms, TODAY, [riskOwnerMissing]);
    expect(run.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["cell/formula-error", "F2"], ["cell/text-date", "F3"], ["risk/owner-missing", "F3"],
    ]);
    expect(run.results).toEqual([
      { rule: "risk/owner-missing", step: "1A", checked: 2, failed: 2 },
    ]);
  });

  it("counts each rule's checks under the steps it reports", () => {
    const isms = buildIsms({ absent: ["improvements"], risks: [{ id: "R-001", owner: "" },
      { id: "R-002", owner: "CFO" }] });
    const run = runRules(isms, TODAY, [riskOwnerMissing, sheetMissing]);
    expect(run.results).toEqual([
      { rule: "risk/owner-missing", step: "1A", checked: 2, failed: 1 },
      { rule: "structure/sheet-missing", step: "1A", checked: 5, failed: 0 },
      { rule: "structure/sheet-missing", step: "1C", checked: 5, failed: 0 },
      { rule: "structure/sheet-missing", step: "3", checked: 1, failed: 1 },
    ]);
  });

  it("turns a rule that throws into an error finding naming it and goes on", () => {
    const isms = buildIsms({ risks: [{ id: "R-001", owner: "" }] });
    const run = runRules(isms, TODAY, [throwing, riskOwnerMissing]);
    expect(run.findings).toHaveLength(2);
    expect(run.findings[0]).toMatchObject({
      rule: "internal/rule-failed", severity: "error", step: "1B", fixable: false,
    });
    expect(run.findings[0].message).toContain("test/throws");
    expect(run.findings[1].rule).toBe("risk/owner-missing");
    expect(run.results[0]).toEqual({ rule: "test/throws", step: "1B", checked: 1, failed: 1 });
  });

  it("keeps counts whole and failures within the checks, whatever a rule returns", () => {
    const odd: Rule<RuleIndex> = {
      ...throwing, id: "test/odd",
      check: () => ({ findings: [], checked: 2.7, failed: 9 }),
    };
    const run = runRules(buildIsms(), TODAY, [odd]);
    expect(run.results).toEqual([{ rule: "test/odd", step: "1B", checked: 2, failed: 2 }]);
  });

  it("runs every rule by default, once each, with distinct ids", () => {
    const run = runRules(buildIsms(), TODAY);
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(run.results.map((r) => r.rule))).toEqual(new Set(ids));
    expect(run.findings.filter((f) => f.rule === "internal/rule-failed")).toEqual([]);
  });

  it("declares every rule completely", () => {
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
      expect(["1A", "1B", "1C", "2", "3", "4"]).toContain(rule.step);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});
