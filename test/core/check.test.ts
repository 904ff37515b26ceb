import { checkIsms, checkRaw, exitCodeOf, runCheck } from "../../src/core/check";
import fc from "fast-check";
import type { RawCell, RawWorkbook } from "../../src/core/model/grid";
import { REGISTERS, type SheetSpec } from "../../src/core/schema";
import { day } from "../support/isms";
import { readyIsms, TODAY } from "./readiness/ready";

const FINDING_KEYS = ["rule", "severity", "step", "sheet", "cell", "id", "column", "message",
  "fixable"];

describe("checkIsms", () => {
  const result = checkIsms(readyIsms(), { today: day(TODAY) });

  it("has exactly the shape of the JSON result in RULES.md", () => {
    expect(Object.keys(result)).toEqual(
      ["file", "standard", "today", "summary", "findings", "readiness"]);
    expect(Object.keys(result.summary)).toEqual(["errors", "warnings", "info"]);
    expect(Object.keys(result.readiness)).toEqual(["steps", "questions", "timing", "counts"]);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.fixable).toBe("boolean");
    }
    expect(result.readiness.steps.map((s) => Object.keys(s))).toEqual(
      Array.from({ length: 6 }, () => ["step", "percent", "passed", "checked"]));
    for (const q of result.readiness.questions) {
      expect(Object.keys(q)).toEqual(["number", "question", "answer", "reason"]);
      expect(["yes", "partly", "no", "not-yet"]).toContain(q.answer);
    }
    expect(Object.values(result.readiness.counts).every(Number.isInteger)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("names the file, the standard and today", () => {
    expect([result.file, result.standard, result.today])
      .toEqual(["test.xlsx", "ISO/IEC 27001:2022", "2026-12-03"]);
    const named = checkIsms(readyIsms({ settings: { edition: "2013" } }),
      { today: day(TODAY), file: "isms.xlsx" });
    expect([named.file, named.standard]).toEqual(["isms.xlsx", "ISO/IEC 27001:2013"]);
  });

  it("sums the findings by severity", () => {
    const by = (s: string) => result.findings.filter((f) => f.severity === s).length;
    expect(result.summary).toEqual({ errors: by("error"), warnings: by("warning"),
      info: by("info") });
  });

  it("reports step progress, the twelve answers, the timing and the counts", () => {
    expect(result.readiness.steps.map((s) => s.step)).toEqual(["1A", "1B", "1C", "2", "3", "4"]);
    expect(result.readiness.steps[3]).toEqual({ step: "2", percent: 100, passed: 5, checked: 5 });
    expect(result.readiness.steps[5]).toEqual({ step: "4", percent: 100, passed: 12,
      checked: 12 });
    expect(result.readiness.questions.map((q) => q.number)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(result.readiness.timing.daysToStage2).toBe(39);
    expect(result.readiness.counts["heatmap.inherent.4.4"]).toBe(1);
    expect(result.readiness.counts["soa.applicable"]).toBe(1);
  });

  it("escalates a No to an error within 30 days of Stage 2", () => {
    const near = checkIsms(readyIsms({ objectives: [], settings: { stage2: day("2027-01-02") } }),
      { today: day(TODAY) });
    const q3 = near.findings.filter((f) => f.rule === "readiness/objectives-met");
    expect(q3.map((f) => [f.severity, f.sheet])).toEqual([["error", "Objectives"]]);
    expect(near.readiness.questions[2].answer).toBe("no");
  });
});

describe("runCheck", () => {
  it("keeps the cell changes of fixable findings beside the JSON result", () => {
    const isms = readyIsms({ risks: [{ id: "", risk: "Laptop theft", owner: "Ana Silva" }] });
    const { result, findings } = runCheck(isms, { today: day(TODAY) });
    expect(findings.map((f) => f.rule)).toEqual(result.findings.map((f) => f.rule));
    for (const [i, f] of findings.entries()) {
      expect(f.fixable).toBe(result.findings[i].fixable);
      expect(f.fix !== undefined).toBe(f.fixable);
    }
    expect(findings.some((f) => f.fixable)).toBe(true);
    expect(result.findings.some((f) => "fix" in f)).toBe(false);
  });
});

describe("exitCodeOf", () => {
  it("is 1 with errors and 0 without", () => {
    const result = checkIsms(readyIsms(), { today: day(TODAY) });
    expect(result.summary.errors).toBeGreaterThan(0);
    expect(exitCodeOf(result)).toBe(1);
    expect(exitCodeOf({ ...result, summary: { errors: 0, warnings: 4, info: 1 } })).toBe(0);
  });
});

describe("checkRaw", () => {
  it("reads raw grids and checks them in one call", () => {
    const raw: RawWorkbook = {
      source: "northwind.xlsx",
      sheetNames: ["Settings"],
      sheets: [{
        name: "Settings", table: { name: "ArmSettings", address: "A1:C3" },
        values: [["Setting", "Value", "Notes"], ["Organisation", "Northwind Ltd", ""],
          ["Go-live date", null, ""]],
      }],
    };
    const result = checkRaw(raw, { today: day(TODAY) });
    expect(result.file).toBe("northwind.xlsx");
    const goLive = result.findings.filter((f) => f.rule === "settings/go-live-missing");
    expect(goLive.map((f) => [f.sheet, f.cell, f.id, f.column, f.severity]))
      .toEqual([["Settings", "B3", "Go-live date", "Value", "error"]]);
    expect(exitCodeOf(result)).toBe(1);
  });

  it.each([["soon", "settings/unreadable"], ["#REF!", "cell/formula-error"]])(
    "reports a go-live date of %p once, as %s, and not as missing", (value, rule) => {
      const raw: RawWorkbook = {
        sheetNames: ["Settings"],
        sheets: [{
          name: "Settings", table: { name: "ArmSettings", address: "A1:C3" },
          values: [["Setting", "Value", "Notes"], ["Organisation", "Northwind Ltd", ""],
            ["Go-live date", value, ""]],
        }],
      };
      const onB3 = checkRaw(raw, { today: day(TODAY) }).findings
        .filter((f) => f.sheet === "Settings" && f.cell === "B3");
      expect(onB3.map((f) => [f.rule, f.step])).toEqual([[rule, "2"]]);
    });
});

describe("checkRaw on whatever the cells hold", () => {
  it("never throws and no rule fails, whatever was typed in the registers", () => {
    const cell = fc.oneof(
      fc.constantFrom(null, "", " ", "Yes", "no", "Done", "Stage 1", "After certification",
        "Critical", "High", "Awareness", "Competence", "Internal audit", "Management review",
        "Closed", "Open", "R-001", "A-001", "I-001", "5.1", "A.8.12", "R-001; R-002", "#REF!",
        "2026-13-45", "2026-11-30", "Not applicable", "Implemented", "1C", "1A"),
      fc.integer({ min: -5, max: 50000 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.string({ maxLength: 6 }),
    );
    const sheetOf = (spec: SheetSpec, body: RawCell[][]) => ({
      name: spec.sheet, table: { name: spec.table, address: "A1" },
      values: [spec.columns.map((c) => c.header), ...body],
    });
    const body = (spec: SheetSpec) =>
      fc.array(fc.array(cell, { minLength: spec.columns.length, maxLength: spec.columns.length }),
        { maxLength: 4 });
    const specs = REGISTERS as readonly SheetSpec[];
    fc.assert(fc.property(fc.tuple(...specs.map(body)), fc.integer({ min: 40000, max: 50000 }),
      (bodies, today) => {
        const raw: RawWorkbook = {
          sheetNames: specs.map((s) => s.sheet),
          sheets: specs.map((s, i) => sheetOf(s, bodies[i])),
        };
        const result = checkRaw(raw, { today });
        expect(result.findings.filter((f) => f.rule === "internal/rule-failed")).toEqual([]);
        expect(result.readiness.questions).toHaveLength(12);
      }), { numRuns: 150 });
  });
});
