import { checkIsms } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/finding";
import {
  isFormulaLike, neutraliseCell, neutraliseText,
} from "../../../src/core/plan/neutralise";
import { PACK_SHEETS, packPlan } from "../../../src/core/plan/pack";
import type { SheetPlan } from "../../../src/core/plan/types";
import type { RawCell, RawWorkbook } from "../../../src/core/model/grid";
import { readIsms } from "../../../src/core/read";
import { REGISTERS } from "../../../src/core/schema";
import { buildIsms, day } from "../../support/isms";

const TODAY = day("2026-12-03");

const HOSTILE = [
  "=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
  "\t=1+1", "\r=1+1", "  =1+1",
];

const isms = buildIsms({
  settings: { organisation: "=Evil Ltd", scope: "@everything" },
  risks: [
    { id: "R-001", risk: HOSTILE[0], owner: HOSTILE[1], likelihood: 4, impact: 3,
      residualLikelihood: 2, residualImpact: 2, treatment: "Modify", controls: ["8.1"],
      notes: "Laptop - stolen" },
    { id: "R-002", risk: HOSTILE[2], owner: HOSTILE[3], likelihood: 2, impact: 2,
      treatment: "Retain", acceptedOn: day("2026-11-02") },
  ],
  soa: [
    { control: "5.1", title: "Policies", applicable: "Yes", justification: HOSTILE[4],
      reasons: ["Legal"], status: "Implemented" },
    { control: "5.2", applicable: "No", justification: HOSTILE[5], status: "Not applicable" },
  ],
  improvements: [
    { id: "I-001", improvement: HOSTILE[6], owner: "Ann", targetDate: day("2027-01-01") },
  ],
});
const result = checkIsms(isms, { today: TODAY });
const plan = packPlan(isms, result, {
  today: TODAY, preparedBy: "Ann Smith", approvedBy: "-Board", version: "2.1",
  checkedAt: "2026-12-03 09:00 UTC",
});

function cells(sheet: SheetPlan): CellValue[] {
  return sheet.blocks.flatMap((b) => b.cells.flat());
}

function sheet(name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("neutralising formula-like text", () => {
  it.each(HOSTILE)("prefixes %j with an apostrophe", (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(neutraliseText(text)).toBe(`'${text}`);
    expect(isFormulaLike(neutraliseText(text))).toBe(false);
  });

  it.each(["Laptop - stolen", "a@b.example", "", "5.15; 8.5", "'quoted"])(
    "leaves %j as it is", (text) => expect(neutraliseText(text)).toBe(text),
  );

  it("keeps numbers, dates and booleans, and turns a formula into inert text", () => {
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell({ date: 46000 })).toEqual({ date: 46000 });
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell({ formula: "=1+1" })).toBe("'=1+1");
  });
});

describe("packPlan", () => {
  it("creates the cover, SoA, treatment plan, improvements and frozen Dashboard in order", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(PACK_SHEETS);
    expect(plan.sheets.map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    expect(plan.sheets.every((s) => s.create && !s.clear)).toBe(true);
  });

  it("holds no formula and no text a spreadsheet could run", () => {
    for (const s of plan.sheets) {
      for (const cell of cells(s)) {
        if (cell !== null && typeof cell === "object") expect(cell).not.toHaveProperty("formula");
        if (typeof cell === "string") expect([s.name, cell, isFormulaLike(cell)]).toEqual(
          [s.name, cell, false]);
      }
    }
    const risks = cells(sheet("Risk treatment plan"));
    for (const text of HOSTILE.slice(0, 4)) expect(risks).toContain(`'${text}`);
    expect(risks).toContain("Laptop - stolen");
    expect(cells(sheet("SoA"))).toEqual(expect.arrayContaining([`'${HOSTILE[4]}`]));
    expect(cells(sheet("Cover"))).toEqual(expect.arrayContaining(["'=Evil Ltd", "'-Board"]));
  });

  it("writes the cover's organisation, scope, standard, version, date and people", () => {
    const rows = sheet("Cover").blocks[0].cells;
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value("Standard")).toBe("ISO/IEC 27001:2022");
    expect(value("Version")).toBe("2.1");
    expect(value("Date")).toEqual({ date: TODAY });
    expect(value("Prepared by")).toBe("Ann Smith");
    expect(value("ISMS scope")).toBe("'@everything");
  });

  it("lays out the risks as a treatment plan with scores as values", () => {
    const [head, first, second] = sheet("Risk treatment plan").blocks[0].cells;
    const col = (h: string) => head.indexOf(h);
    expect(head.slice(0, 4)).toEqual(["ID", "Risk", "Assets", "Owner"]);
    expect(first[col("Score")]).toBe(12);
    expect(first[col("Residual score")]).toBe(4);
    expect(second[col("Residual score")]).toBe(4);
    expect(second[col("Accepted on")]).toEqual({ date: day("2026-11-02") });
    expect(first[col("Controls")]).toBe("8.1");
  });

  it("is print-ready: landscape, one page wide, header rows repeated", () => {
    for (const name of ["SoA", "Risk treatment plan", "Improvements"]) {
      expect(sheet(name).print).toEqual({ landscape: true, fitToWidth: true, repeatRows: "$1:$1" });
      expect(sheet(name).freezeRows).toBe(1);
    }
    expect(plan.sheets.every((s) => s.print?.landscape && s.print.fitToWidth)).toBe(true);
  });

  it("freezes the Dashboard with the check's counts", () => {
    const dashboard = cells(sheet("Dashboard"));
    expect(dashboard).toContain(result.summary.errors);
    expect(sheet("Dashboard").charts).toBeUndefined();
  });
});

describe("cells the reader could not read", () => {
  it("show what was typed there, never a blank, on the sheets and the cover", () => {
    const risks = REGISTERS.find((s) => s.key === "risks")!;
    const header = risks.columns.map((c) => c.header);
    const row = header.map((h) => ({
      ID: "R-001", Risk: "Fire", Likelihood: 2, Impact: 3, "Last reviewed": "last spring",
      Owner: "#REF!",
    } as Record<string, RawCell>)[h] ?? null);
    const settings = { name: "Settings", table: { name: "ArmSettings", address: "A1:C3" },
      values: [["Setting", "Value", "Notes"], ["Organisation", "Northwind", ""],
        ["Go-live date", "next month", ""]] };
    const raw: RawWorkbook = {
      sheetNames: ["Settings", "Risks"],
      sheets: [settings, { name: "Risks", table: { name: "Risks", address: "A1:S2" },
        values: [header, row] }],
    };
    const read = readIsms(raw);
    const pack = packPlan(read, checkIsms(read, { today: TODAY }), { today: TODAY }, raw);
    const plan = pack.sheets.find((s) => s.name === "Risk treatment plan")!;
    const [head, body] = plan.blocks[0].cells;
    expect(body[head.indexOf("Last reviewed")]).toBe("last spring");
    expect(body[head.indexOf("Owner")]).toBe("#REF!");
    expect(body[head.indexOf("Risk")]).toBe("Fire");
    const cover = pack.sheets[0].blocks[0].cells;
    expect(cover.find((r) => r[0] === "Go-live date")?.[1]).toBe("next month (not a date)");
    expect(cover.find((r) => r[0] === "Stage 1 audit date")?.[1]).toBe("Not set");
  });
});
