import type { RiskRow } from "../../../src/core/schema";
import { RISKS_SHEET, SETTINGS, type SheetSpec } from "../../../src/core/schema";
import { excelValues, rawSheetOf, registerGrid, settingsGrid } from "../../../src/core/write";

const risks = RISKS_SHEET as SheetSpec;

const risk: RiskRow = {
  row: 2, id: "R-001", risk: "Laptop theft", assets: ["A-001", "A-002"], threat: "Theft",
  vulnerability: "", owner: "Ana", likelihood: 3, impact: 4, score: 12, treatment: "Modify",
  controls: ["5.15", "8.5"], residualLikelihood: null, residualImpact: 2, residualScore: null,
  acceptedBy: "", acceptedOn: 46112, status: "Open", lastReviewed: NaN, notes: "",
};

describe("writing a register", () => {
  test("puts the header row first, columns in schema order", () => {
    const grid = registerGrid(risks, [risk]);
    expect(grid[0]).toEqual(risks.columns.map((c) => c.header));
    expect(grid).toHaveLength(2);
  });

  test("writes dates, lists, formulas and blanks as Excel expects them", () => {
    const [, cells] = registerGrid(risks, [risk]);
    const at = (key: string) => cells[risks.columns.findIndex((c) => c.key === key)];
    expect(at("id")).toBe("R-001");
    expect(at("assets")).toBe("A-001; A-002");
    expect(at("controls")).toBe("5.15; 8.5");
    expect(at("likelihood")).toBe(3);
    expect(at("acceptedOn")).toEqual({ date: 46112 });
    expect(at("score")).toEqual({
      formula:
        '=IF(AND(ISNUMBER(Risks[[#This Row],[Likelihood]]),' +
        'ISNUMBER(Risks[[#This Row],[Impact]])),' +
        'Risks[[#This Row],[Likelihood]]*Risks[[#This Row],[Impact]],"")',
    });
    expect(at("vulnerability")).toBeNull();
    expect(at("residualLikelihood")).toBeNull();
    expect(at("lastReviewed")).toBeNull();
  });
});

describe("writing the settings", () => {
  test("writes one row per setting with its default and notes", () => {
    const grid = settingsGrid();
    expect(grid[0]).toEqual(["Setting", "Value", "Notes"]);
    expect(grid.slice(1).map((r) => r[0])).toEqual(SETTINGS.map((s) => s.name));
    expect(grid[3]).toEqual(["Standard", "ISO/IEC 27001:2022", SETTINGS[2].notes]);
    expect(grid[4][1]).toBe(5);
    expect(grid[1][1]).toBeNull();
  });

  test("writes the values given, dates as real dates", () => {
    const grid = settingsGrid({ organisation: "Northwind", goLive: 46082, riskScale: 3 });
    expect(grid[1][1]).toBe("Northwind");
    expect(grid[4][1]).toBe(3);
    expect(grid[8][1]).toEqual({ date: 46082 });
  });
});

describe("what Excel hands back", () => {
  test("computes the product formulas from the row and gives dates as serials", () => {
    const grid = registerGrid(risks, [risk]);
    const [, values] = excelValues(grid);
    const at = (key: string) => values[risks.columns.findIndex((c) => c.key === key)];
    expect(at("score")).toBe(12);
    expect(at("residualScore")).toBe("");
    expect(at("acceptedOn")).toBe(46112);
  });

  test("gives null for a formula it cannot compute", () => {
    expect(excelValues([["A"], [{ formula: "=SUM(A1:A9)" }]])).toEqual([["A"], [null]]);
  });

  test("wraps a grid as the sheet and table an executor would read", () => {
    const sheet = rawSheetOf(risks, registerGrid(risks, [risk, risk]));
    expect(sheet).toMatchObject({
      name: "Risks", table: { name: "Risks", address: "A1:S3" },
    });
    expect(sheet.values).toHaveLength(3);
  });
});
