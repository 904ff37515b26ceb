import { CLAUSES, controlsOf } from "../../../src/core/catalogue";
import { parseA1, parseRange } from "../../../src/core/model/address";
import type { CellValue } from "../../../src/core/model/finding";
import type { RawWorkbook } from "../../../src/core/model/grid";
import { createPlan, type CreatePlanOptions } from "../../../src/core/plan/create";
import { isNoop } from "../../../src/core/plan/noop";
import { SimulatedWorkbook, simulatePlan } from "../../../src/core/plan/simulate";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plan/types";
import { readIsms } from "../../../src/core/read";
import { REGISTERS, SCHEMA_VERSION, specOf } from "../../../src/core/schema";
import { day } from "../../support/isms";
import { filledCells, tableSheet, workbook } from "./workbooks";

const TODAY = day("2026-12-03");
const OPTS: CreatePlanOptions = { edition: "2022", sample: false, today: TODAY };
const EMPTY: RawWorkbook = { sheetNames: ["Sheet1"], sheets: [], source: "new.xlsx" };

function planOf(raw: RawWorkbook, opts: CreatePlanOptions = OPTS): WorkbookPlan {
  return createPlan(raw, readIsms(raw), opts);
}

function sheet(plan: WorkbookPlan, name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no plan for ${name}`);
  return found;
}

/** The cell a plan writes at an address of a sheet, undefined where it writes none. */
function written(plan: SheetPlan, address: string): CellValue | undefined {
  const { row, col } = parseA1(address);
  for (const b of plan.blocks) {
    const at = parseA1(b.address);
    const value = b.cells[row - at.row]?.[col - at.col];
    if (value !== undefined) return value;
  }
  return undefined;
}

function grid(plan: SheetPlan): readonly (readonly CellValue[])[] {
  expect(plan.blocks).toHaveLength(1);
  return plan.blocks[0].cells;
}

describe("createPlan on an empty workbook", () => {
  const plan = planOf(EMPTY);

  it("creates the Dashboard first and every register after it, in the schema's order", () => {
    const names = ["Dashboard", ...REGISTERS.map((s) => s.sheet)];
    expect(plan.sheets.map((s) => s.name)).toEqual(names);
    expect(plan.sheets.map((s) => s.position)).toEqual(plan.sheets.map((_, i) => i));
    expect(plan.sheets.every((s) => s.create)).toBe(true);
    expect(plan.activate).toBe("Dashboard");
  });

  it("writes each register's header row and a table over it with a frozen header", () => {
    for (const spec of REGISTERS) {
      const p = sheet(plan, spec.sheet);
      expect(grid(p)[0]).toEqual(spec.columns.map((c) => c.header));
      expect(p.table?.name).toBe(spec.table);
      expect(p.table?.create).toBe(true);
      expect(p.table?.style).toMatch(/^TableStyle/);
      const { start, end } = parseRange(p.table?.range ?? "");
      expect([start.row, start.col, end.col]).toEqual([1, 0, spec.columns.length - 1]);
      expect(end.row).toBe(Math.max(2, grid(p).length));
      expect(p.freezeRows).toBe(1);
      expect(p.widths).toHaveLength(spec.columns.length);
    }
  });

  it("prefills every clause with its ARM step and Status Not started", () => {
    const rows = grid(sheet(plan, "Requirements")).slice(1);
    expect(rows).toHaveLength(34);
    expect(rows.map((r) => r[0])).toEqual(CLAUSES.map((c) => c.id));
    expect(rows.find((r) => r[0] === "6.1.2")?.[2]).toBe("1A");
    expect(rows.find((r) => r[0] === "9.2")?.[2]).toBe("1C");
    expect(rows.every((r) => r[3] === "Not started")).toBe(true);
  });

  it("lists every control of the edition in the SoA with its theme and title", () => {
    const rows = grid(sheet(plan, "SoA")).slice(1);
    expect(rows.map((r) => r[0])).toEqual(controlsOf("2022").map((c) => c.id));
    expect(rows[0].slice(0, 3))
      .toEqual(["5.1", "Organizational", "Policies for information security"]);
    const soa2013 = grid(sheet(planOf(EMPTY, { ...OPTS, edition: "2013" }), "SoA")).slice(1);
    expect(soa2013).toHaveLength(controlsOf("2013").length);
  });

  it("writes every setting with its default, the chosen standard and the schema version", () => {
    const rows = grid(sheet(planOf(EMPTY, { ...OPTS, edition: "2013" }), "Settings")).slice(1);
    const value = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(value("Standard")).toBe("ISO/IEC 27001:2013");
    expect(value("Schema version")).toBe(SCHEMA_VERSION);
    expect(value("Risk scale")).toBe(5);
    expect(value("Classification labels")).toBe("Public; Internal; Confidential; Restricted");
    expect(value("Organisation")).toBeNull();
  });

  it("gives the Standard and the risk scale a dropdown, and the audit dates a date format", () => {
    const settings = sheet(plan, "Settings");
    expect(settings.validations).toContainEqual({
      range: "B4", values: ["ISO/IEC 27001:2022", "ISO/IEC 27001:2013"],
    });
    expect(settings.validations).toContainEqual({ range: "B5", values: ["3", "4", "5"] });
    expect(settings.numberFormats).toContainEqual({ range: "B10", format: "yyyy-mm-dd" });
  });

  it("gives an empty register one blank body row with its formulas", () => {
    const risks = grid(sheet(plan, "Risks"));
    expect(risks).toHaveLength(2);
    const score = specOf("risks").columns.findIndex((c) => c.key === "score");
    expect(risks[1][score]).toEqual({ formula: specOf("risks").columns[score].formula });
    expect(risks[1][0]).toBeNull();
  });

  it("puts dropdowns from lists, settings and the risk scale over rows, not columns", () => {
    const risks = sheet(plan, "Risks");
    const at = (address: string) => risks.validations?.find((v) => v.range.startsWith(address));
    expect(at("G2")?.values).toEqual(["1", "2", "3", "4", "5"]);
    expect(at("J2")?.values).toEqual(["Modify", "Retain", "Avoid", "Share"]);
    const assets = sheet(plan, "Assets").validations ?? [];
    expect(assets.find((v) => v.range.startsWith("G2"))?.values)
      .toEqual(["Public", "Internal", "Confidential", "Restricted"]);
    for (const p of plan.sheets) {
      for (const v of p.validations ?? []) {
        const { start, end } = parseRange(v.range);
        expect(start.row).toBeGreaterThanOrEqual(2);
        expect(end.row).toBeLessThanOrEqual(2 + 34 + 114 + 200);
        expect(start.col).toBe(end.col);
      }
    }
    expect(sheet(plan, "SoA").validations?.some((v) => v.values.includes("Legal"))).toBe(false);
  });

  it("formats date columns as yyyy-mm-dd", () => {
    const risks = sheet(plan, "Risks");
    expect(risks.numberFormats).toEqual(
      expect.arrayContaining([{ range: "P2:P202", format: "yyyy-mm-dd" }]),
    );
  });

  it("is a no-op when run again on the workbook it made", () => {
    const after = simulatePlan(EMPTY, plan);
    expect(after.sheetNames).toEqual(["Dashboard", ...REGISTERS.map((s) => s.sheet), "Sheet1"]);
    const again = planOf(after);
    expect(again.sheets).toEqual([]);
    expect(isNoop(again)).toBe(true);
    expect(isNoop(plan)).toBe(false);
  });
});

describe("createPlan on an existing workbook (upgrade)", () => {
  const made = simulatePlan(EMPTY, planOf(EMPTY));
  const risks = tableSheet("Risks", "Risks", [
    ["ID", "Risk", "Budget", "Owner", "Impact", "Likelihood", "Treatment", "Score"],
    ["R-001", "Laptop theft", 1200, "Ann", 3, 4, "Modify", 12],
    ["R-002", "=cmd|' /C calc'!A0", "", "Bob", 2, 2, "Retain", 4],
  ]);
  const soa = tableSheet("SoA", "SoA", [
    ["Control", "Theme", "Title", "Applicable", "My note"],
    ["A.5.1", "Organizational", "Policies", "Yes", "keep me"],
    ["5.2", "", "", "No", ""],
    ["", "", "", "", ""],
  ]);
  const others = made.sheets.filter((s) => s.name !== "Risks" && s.name !== "SoA");
  const raw = workbook([...others, risks, soa], ["My notes"]);
  const plan = planOf(raw);
  const risksPlan = sheet(plan, "Risks");
  const soaPlan = sheet(plan, "SoA");

  it("touches only the sheets that lack something, and keeps extra sheets", () => {
    expect(plan.sheets.map((s) => s.name).sort()).toEqual(["Dashboard", "Risks", "SoA"]);
    expect(plan.sheets.find((s) => s.name === "My notes")).toBeUndefined();
  });

  it("adds the missing schema columns at the table's right end, with their formulas", () => {
    const spec = specOf("risks");
    const missing = spec.columns
      .filter((c) => !["ID", "Risk", "Owner", "Impact", "Likelihood", "Treatment", "Score"]
        .includes(c.header))
      .map((c) => c.header);
    const letters = "IJKLMNOPQRSTU";
    missing.forEach((header, k) => expect(written(risksPlan, `${letters[k]}1`)).toBe(header));
    const residual = missing.indexOf("Residual score");
    const col = letters[residual];
    expect(written(risksPlan, `${col}2`)).toEqual({
      formula: spec.columns.find((c) => c.key === "residualScore")?.formula,
    });
    const range = `A1:${letters[missing.length - 1]}3`;
    expect(risksPlan.table).toEqual(expect.objectContaining({ create: false, range }));
  });

  it("puts dropdowns where the user moved the columns", () => {
    const v = (col: string) => risksPlan.validations?.find((x) => x.range.startsWith(`${col}2`));
    expect(v("F")?.values).toEqual(["1", "2", "3", "4", "5"]);
    expect(v("G")?.values).toEqual(["Modify", "Retain", "Avoid", "Share"]);
    expect(v("C")).toBeUndefined();
    expect(risksPlan.widths?.map((w) => w.column)).not.toContain("C");
  });

  it("adds the controls not yet listed after the last filled row, keeping A.5.1 as 5.1", () => {
    const first = written(soaPlan, "A4");
    expect(first).toBe("5.3");
    const added = controlsOf("2022").length - 2;
    expect(written(soaPlan, `A${3 + added}`)).toBe(controlsOf("2022").at(-1)?.id);
    expect(written(soaPlan, `A${4 + added}`)).toBeUndefined();
    expect(soaPlan.table?.range).toBe(`A1:M${3 + added}`);
  });

  it("writes only cells that were empty, or headers of new columns", () => {
    for (const p of plan.sheets) {
      const before = raw.sheets.find((s) => s.name === p.name);
      if (!before) continue;
      const filled = filledCells(before);
      for (const b of p.blocks) {
        const at = parseA1(b.address);
        b.cells.forEach((row, i) =>
          row.forEach((_, j) => expect(filled.has(`${at.row + i},${at.col + j}`)).toBe(false)),
        );
      }
    }
  });

  it("keeps every user row, value and column, and is a no-op the second time", () => {
    const book = new SimulatedWorkbook(raw);
    const before = { risks: book.snapshot("Risks"), soa: book.snapshot("SoA") };
    book.apply(plan);
    for (const [name, cells] of Object.entries(before)) {
      const now = book.snapshot(name === "risks" ? "Risks" : "SoA");
      for (const [address, value] of cells) {
        expect([address, now.get(address)]).toEqual([address, value]);
      }
    }
    expect(book.sheetNames).toContain("My notes");
    const again = planOf(book.read());
    expect(again.sheets).toEqual([]);
    expect(isNoop(again)).toBe(true);
  });

  it("keeps the Standard a workbook already names", () => {
    const settings2013 = tableSheet("Settings", "ArmSettings", [
      ["Setting", "Value", "Notes"], ["Standard", "ISO/IEC 27001:2013", ""],
    ]);
    const p = planOf(workbook([settings2013]), OPTS);
    const soaRows = grid(sheet(p, "SoA")).slice(1);
    expect(soaRows).toHaveLength(controlsOf("2013").length);
    const settings = sheet(p, "Settings");
    expect(written(settings, "A3")).toBe("Organisation");
    expect(written(settings, "B2")).toBeUndefined();
  });

  it("records the schema version over an older one", () => {
    const old = tableSheet("Settings", "ArmSettings", [
      ["Setting", "Value", "Notes"], ["Schema version", "0", ""],
    ]);
    const p = sheet(planOf(workbook([old])), "Settings");
    expect(written(p, "B2")).toBe(SCHEMA_VERSION);
  });
});

describe("createPlan on a sheet with data but no table", () => {
  it("creates the table over the used range when the header row matches", () => {
    const context = {
      name: "Context", table: null,
      values: [["ID", "Kind", "Description"], ["C-001", "Interested party", "Customers"]],
    };
    const plan = planOf(workbook([context]));
    const p = sheet(plan, "Context");
    expect(p.create).toBe(false);
    expect(p.table)
      .toEqual(expect.objectContaining({ name: "Context", create: true, range: "A1:F2" }));
    expect(written(p, "A2")).toBeUndefined();
    expect(written(p, "D1")).toBe("Needs and expectations");
    expect(plan.notes?.some((n) => n.includes("no table"))).toBe(true);
  });

  it("leaves the sheet alone and says why when the header row does not match", () => {
    const context = {
      name: "Context", table: null, values: [["Our context"], ["", "Customers", 3]],
    };
    const plan = planOf(workbook([context]));
    expect(plan.sheets.find((s) => s.name === "Context")).toBeUndefined();
    expect(plan.notes?.find((n) => n.startsWith("Sheet Context holds data but no table")))
      .toMatch(/left as it is/);
  });

  it("leaves alone a sheet of a register's name that could not be read", () => {
    const plan = planOf({ sheetNames: ["Risks"], sheets: [] });
    expect(plan.sheets.find((s) => s.name === "Risks")).toBeUndefined();
    expect(plan.notes?.join(" ")).toMatch(/Sheet Risks could not be read .* left as it is/);
    const names = plan.sheets.filter((s) => s.create).map((s) => [s.name, s.position]);
    expect(names.slice(0, 6)).toEqual([
      ["Dashboard", 0], ["Settings", 1], ["Context", 2], ["Requirements", 3], ["Assets", 4],
      ["SoA", 6],
    ]);
  });

  it("writes a whole register on a sheet of that name that is blank", () => {
    const blank = { name: "Audits", table: null, values: [] };
    const p = sheet(planOf(workbook([blank])), "Audits");
    expect(p.create).toBe(false);
    expect(grid(p)[0]).toEqual(specOf("audits").columns.map((c) => c.header));
  });
});

describe("createPlan with the sample", () => {
  it("fills empty registers with the sample and leaves registers with data alone", () => {
    const made = simulatePlan(EMPTY, planOf(EMPTY));
    const context = tableSheet("Context", "Context", [
      ["ID", "Kind", "Description", "Needs and expectations", "How addressed", "Owner"],
      ["C-001", "Interested party", "Our customers", "", "", ""],
    ]);
    const raw = workbook([...made.sheets.filter((s) => s.name !== "Context"), context]);
    const plan = planOf(raw, { ...OPTS, sample: true });
    expect(plan.sheets.find((s) => s.name === "Context")).toBeUndefined();
    const risks = sheet(plan, "Risks");
    expect(written(risks, "A2")).toMatch(/^R-\d{3}$/);
    expect(sheet(plan, "Assets").table?.range).toMatch(/^A1:N\d+$/);
    expect(plan.sheets.find((s) => s.name === "SoA")).toBeUndefined();
  });

  it("creates a new workbook full of the sample that checks as the sample", () => {
    const plan = planOf(EMPTY, { ...OPTS, sample: true });
    const isms = readIsms(simulatePlan(EMPTY, plan));
    expect(isms.settings.organisation).not.toBe("");
    expect(isms.risks.rows.length).toBeGreaterThan(5);
    expect(isms.soa.rows).toHaveLength(controlsOf("2022").length);
    expect(isms.soa.rows.some((r) => r.applicable !== "")).toBe(true);
    expect(isms.settings.goLive).not.toBeNull();
    expect(isNoop(planOf(simulatePlan(EMPTY, plan), { ...OPTS, sample: true }))).toBe(true);
  });
});
