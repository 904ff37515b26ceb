import { checkIsms } from "../../../src/core/check";
import { parseA1 } from "../../../src/core/model/address";
import type { CellValue } from "../../../src/core/model/finding";
import { COUNT_DEFINITIONS } from "../../../src/core/readiness/counts";
import {
  TODAY_CELL, dashboardCountCells, dashboardPlan, frozenDashboard,
} from "../../../src/core/plan/dashboard";
import type { SheetPlan } from "../../../src/core/plan/types";
import { buildIsms, day } from "../../support/isms";

const TODAY = day("2026-12-03");
const CHECKED_AT = "2026-12-03 09:30 UTC";

const isms = buildIsms({
  settings: { goLive: day("2026-10-01"), stage1: day("2027-01-10"), stage2: day("2027-02-15") },
  risks: [
    { id: "R-001", risk: "Laptop theft", likelihood: 5, impact: 5, residualLikelihood: 2,
      residualImpact: 3, owner: "Ann", treatment: "Modify", controls: ["8.1"] },
    { id: "R-002", risk: "Phishing", likelihood: 5, impact: 5, owner: "Bob", treatment: "Retain" },
    { id: "R-003", risk: "Outage", likelihood: 1, impact: 4, owner: "Cy", treatment: "Retain" },
  ],
  soa: [
    { control: "5.1", applicable: "Yes", status: "Implemented", justification: "Policy" },
    { control: "5.2", applicable: "No", status: "Not applicable" },
  ],
  improvements: [
    { id: "I-001", improvement: "Encrypt laptops", neededBy: "Stage 1", status: "Open",
      targetDate: day("2026-11-01"), owner: "Ann", priority: "High" },
    { id: "I-002", improvement: "Train staff", neededBy: "Stage 2", status: "Done",
      targetDate: day("2026-11-01"), owner: "Bob", priority: "Low" },
  ],
});
const result = checkIsms(isms, { today: TODAY });
const plan = dashboardPlan(isms, result, { today: TODAY, checkedAt: CHECKED_AT });

function cellOf(sheet: SheetPlan, address: string): CellValue | undefined {
  const { row, col } = parseA1(address);
  for (const b of sheet.blocks) {
    const at = parseA1(b.address);
    const value = b.cells[row - at.row]?.[col - at.col];
    if (value !== undefined) return value;
  }
  return undefined;
}

function rowOf(sheet: SheetPlan, label: string): readonly CellValue[] {
  const row = sheet.blocks[0].cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe("dashboardPlan", () => {
  it("is the first sheet, created when absent, cleared and rebuilt whole", () => {
    expect(plan).toEqual(expect.objectContaining({
      name: "Dashboard", create: true, position: 0, clear: true,
    }));
    const again = dashboardPlan({ ...isms, sheetNames: ["Dashboard", ...isms.sheetNames] },
      result, { today: TODAY, checkedAt: CHECKED_AT });
    expect(again.create).toBe(false);
    expect(again.position).toBeUndefined();
  });

  it("holds today as a date cell that the count formulas read", () => {
    expect(cellOf(plan, TODAY_CELL)).toEqual({ date: TODAY });
    expect(plan.numberFormats).toContainEqual({ range: TODAY_CELL, format: "yyyy-mm-dd" });
    const overdue = cellOf(plan, dashboardCountCells()["improvements.overdue"]);
    expect(overdue).toEqual({ formula: expect.stringContaining(`"<"&$B$6`) });
  });

  it("gives every count key of the check a cell of its own holding the count's formula", () => {
    const cells = dashboardCountCells();
    const keys = Object.keys(result.readiness.counts);
    expect(keys.length).toBe(COUNT_DEFINITIONS.length);
    for (const key of keys) expect(cells[key]).toMatch(/^[A-Z]+\d+$/);
    expect(new Set(keys.map((k) => cells[k])).size).toBe(keys.length);
    for (const def of COUNT_DEFINITIONS) {
      expect(cellOf(plan, cells[def.key])).toEqual({ formula: def.formula("$B$6") });
    }
  });

  it("lays the heat map out with likelihood 5 at the top and impact 1 on the left", () => {
    const cells = dashboardCountCells();
    expect(cellOf(plan, cells["heatmap.inherent.5.5"]))
      .toEqual({ formula: "=COUNTIFS(Risks[Likelihood],5,Risks[Impact],5)" });
    expect(parseA1(cells["heatmap.inherent.5.1"]).row)
      .toBeLessThan(parseA1(cells["heatmap.inherent.1.1"]).row);
    expect(cellOf(plan, cells["heatmap.residual.2.3"])).toEqual({
      formula: "=COUNTIFS(Risks[Residual likelihood],2,Risks[Residual impact],3)",
    });
    expect(cellOf(plan, cells["soa.applicable"]))
      .toEqual({ formula: '=COUNTIFS(SoA[Applicable],"Yes")' });
    const scales = plan.conditionalFormats?.filter((c) => c.kind === "colorScale") ?? [];
    expect(scales.map((c) => c.range)).toEqual(expect.arrayContaining(["B43:F47", "B51:F55"]));
  });

  it("shows the dates with days remaining and the ARM timing checks as formulas", () => {
    expect(rowOf(plan, "Go-live")[1]).toEqual({ date: day("2026-10-01") });
    expect(rowOf(plan, "Stage 1 audit")[2]).toEqual({ formula: '=IF(ISNUMBER(B12),B12-$B$6,"")' });
    const check = rowOf(plan, "Go-live at least 1 month before Stage 1")[1];
    expect(check).toEqual({ formula: expect.stringContaining("EDATE(B12,-1)") });
  });

  it("writes step progress as labelled percentages with a data bar", () => {
    const progress = rowOf(plan, "Step 1A");
    const step = result.readiness.steps.find((s) => s.step === "1A");
    expect(progress[1]).toBeCloseTo((step?.percent ?? -1) / 100);
    expect(progress.slice(2, 4)).toEqual([step?.passed, step?.checked]);
    expect(plan.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: "dataBar", range: "B19:B24" }),
    );
    const title = plan.blocks[0].cells.find((r) => String(r[0]).startsWith("Progress of each"));
    expect(title?.[0]).toContain(CHECKED_AT);
  });

  it("answers the twelve questions with reasons, and prints the thresholds", () => {
    const rows = plan.blocks[0].cells.filter((r) => /^\d+\. /.test(String(r[0])));
    expect(rows).toHaveLength(24);
    const four = rows.find((r) => String(r[0]).startsWith("4. "));
    const answer = result.readiness.questions.find((q) => q.number === 4);
    expect(four?.[1]).toBe({ yes: "Yes", partly: "Partly", no: "No", "not-yet": "Not yet" }[
      answer?.answer ?? "no"]);
    expect(four?.[2]).toBe(answer?.reason);
    expect(rows.some((r) => String(r[1]).includes("within appetite"))).toBe(true);
  });

  it("shows findings by severity from the check", () => {
    expect(rowOf(plan, "Errors")[1]).toBe(result.summary.errors);
    expect(rowOf(plan, "Warnings")[1]).toBe(result.summary.warnings);
  });

  it("asks for four native charts over the Dashboard's own ranges", () => {
    expect(plan.charts?.map((c) => c.name)).toEqual([
      "ArmReadinessByStep", "ArmRiskHeatMap", "ArmSoaStatus", "ArmImprovementsByNeededBy",
    ]);
  });

  it("writes text typed in the registers as inert text, formulas as formulas", () => {
    const hostile = buildIsms({ settings: { organisation: "=HYPERLINK(\"x\")" } });
    const sheet = dashboardPlan(hostile, checkIsms(hostile, { today: TODAY }), {
      today: TODAY, checkedAt: CHECKED_AT,
    });
    expect(rowOf(sheet, "Organisation")[1]).toBe("'=HYPERLINK(\"x\")");
    const cell = cellOf(sheet, dashboardCountCells()["soa.planned"]);
    expect(cell).toEqual({ formula: expect.stringMatching(/^=COUNTIFS\(/) });
  });

  it("freezes as values: the counts of the check at the same cells, no formula anywhere", () => {
    const frozen = frozenDashboard(isms, result, { today: TODAY, checkedAt: CHECKED_AT }, 4);
    const cells = frozen.blocks.flatMap((b) => b.cells.flat());
    expect(cells.some((c) => c !== null && typeof c === "object" && "formula" in c)).toBe(false);
    for (const [key, address] of Object.entries(dashboardCountCells())) {
      expect([key, cellOf(frozen, address)]).toEqual([key, result.readiness.counts[key]]);
    }
    expect(result.readiness.counts["heatmap.inherent.5.5"]).toBe(2);
    expect(rowOf(frozen, "Stage 1 audit")[2]).toBe(day("2027-01-10") - TODAY);
    expect(frozen.charts).toBeUndefined();
  });
});

describe("counts whose formula would name a table or column the workbook lacks", () => {
  const cells = dashboardCountCells();

  it("are written as the check's numbers where Risks is a plain range, not a table", () => {
    const plain = { ...isms, risks: { ...isms.risks, table: null } };
    const sheet = dashboardPlan(plain, result, { today: TODAY, checkedAt: CHECKED_AT });
    expect(cellOf(sheet, cells["heatmap.inherent.5.5"])).toBe(2);
    expect(cellOf(sheet, cells["heatmap.residual.2.3"])).toBe(1);
    expect(cellOf(sheet, cells["soa.applicable"]))
      .toEqual({ formula: "=COUNTIFS(SoA[Applicable],\"Yes\")" });
    const titles = sheet.blocks[0].cells.map((r) => String(r[0]));
    expect(titles).toContain(
      "Risk heat map: inherent risk (live where the registers have their tables and columns)");
  });

  it("are numbers where a column's header was renamed, and formulas elsewhere", () => {
    const renamed = buildIsms({ ...{ risks: [{ id: "R-001", likelihood: 2, impact: 3 }] },
      missing: { improvements: ["targetDate"] } });
    const check = checkIsms(renamed, { today: TODAY });
    const sheet = dashboardPlan(renamed, check, { today: TODAY, checkedAt: CHECKED_AT });
    expect(cellOf(sheet, cells["improvements.overdue"])).toBe(0);
    expect(cellOf(sheet, cells["improvements.Stage 1.Open"]))
      .toEqual({ formula: expect.stringContaining("Improvements[Needed by]") });
    expect(cellOf(sheet, cells["heatmap.inherent.2.3"]))
      .toEqual({ formula: expect.stringContaining("Risks[Likelihood]") });
  });

  it("say in the frozen Dashboard's titles that they are as of the check", () => {
    const frozen = frozenDashboard(isms, result, { today: TODAY, checkedAt: CHECKED_AT }, 1);
    const titles = frozen.blocks[0].cells.map((r) => String(r[0]));
    expect(titles).toContain("Statement of Applicability (as of the check)");
    expect(titles.some((t) => t.includes("(live"))).toBe(false);
  });
});
