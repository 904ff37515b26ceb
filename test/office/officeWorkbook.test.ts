/** The Office.js executor applies every part of a plan and reads the registers back. */
import { OfficeWorkbook } from "../../src/office";
import { pointsOfWidth } from "../../src/office/steps";
import { installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";
import { ACCEPTED_ON, createPlan, RISK_HEADERS, riskColumn } from "./plans";

let fake: FakeExcelHandle;

beforeEach(() => {
  fake = installFakeExcel({ sheets: ["Sheet1"] });
});

afterEach(() => fake.uninstall());

const cellOf = (sheet: string, address: string) => {
  const ws = fake.book.sheet(sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!ws || !m) throw new Error(`no cell ${sheet}!${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return ws.cell(Number(m[2]) - 1, col);
};

describe("applying a plan", () => {
  it("creates the sheets in place with their cells, table and layout", async () => {
    const report = await new OfficeWorkbook().apply(createPlan(3));

    expect(fake.book.sheets.map((s) => s.name)).toEqual(["Dashboard", "Sheet1", "Risks"]);
    const risks = fake.book.sheet("Risks");
    expect(risks?.tabColor).toBe("#C00000");
    const table = fake.book.table("Risks");
    expect(table?.sheet).toBe(risks);
    expect(table?.address).toBe(`A1:${riskColumn("Notes")}4`);
    expect(table?.style).toBe("TableStyleMedium2");
    expect(table?.headers).toEqual(RISK_HEADERS);
    expect(report.done).toEqual(expect.arrayContaining([
      "Created sheet Dashboard", "Created sheet Risks",
      `Wrote Risks!A1:${riskColumn("Notes")}4`,
      `Created table Risks over Risks!A1:${riskColumn("Notes")}4`,
    ]));
    expect(report.skipped).toEqual([]);
  });

  it("writes number-like text as text, formulas as formulas and dates as dates", async () => {
    await new OfficeWorkbook().apply(createPlan(3));

    expect(cellOf("Risks", `${riskColumn("Controls")}2`)?.value).toBe("5.10");
    expect(cellOf("Risks", `${riskColumn("ID")}3`)?.value).toBe("R-002");
    expect(cellOf("Risks", `${riskColumn("Likelihood")}2`)?.value).toBe(2);
    expect(cellOf("Risks", `${riskColumn("Score")}2`)?.formula).toMatch(
      /^=IF\(AND\(ISNUMBER\(Risks\[\[#This Row\],\[Likelihood\]\]\)/);
    const accepted = cellOf("Risks", `${riskColumn("Accepted on")}4`);
    expect(accepted?.value).toBe(ACCEPTED_ON);
    expect(accepted?.numberFormat).toBe("yyyy-mm-dd");
    expect(cellOf("Risks", `${riskColumn("Notes")}2`)?.value).toBe("");
    expect(cellOf("Dashboard", "E2")?.formula).toBe("=COUNTIFS(Risks[Status],\"Open\")");
  });

  it("keeps user text as text where Excel would read a number, a date or a formula", async () => {
    const texts = [
      "1,000", "$5", "(5)", "5%", "€12", "Jan 5", "5 March", "2026-03-31", "3/31", "1e3", "TRUE",
      "12:30 PM", "- call the supplier", "+44 20 7946 0000", "#N/A", "5.10", "A.5.1", "R-001",
      "Note: 5", "'quoted", "May cause outage",
    ];
    await new OfficeWorkbook().apply({ sheets: [{
      name: "Notes", create: true, blocks: [{ address: "A1", cells: texts.map((t) => [t]) }],
    }] });
    const sheet = fake.book.sheet("Notes");
    expect(sheet?.formulasOf({ r1: 0, c1: 0, r2: texts.length - 1, c2: 0 }).flat()).toEqual(texts);
  });

  it("sets widths, number formats, frozen rows, dropdowns, formats and print setup", async () => {
    await new OfficeWorkbook().apply(createPlan(3));
    const risks = fake.book.sheet("Risks");

    expect(risks?.columnWidths.get(0)).toBe(pointsOfWidth(10));
    expect(risks?.frozenRows).toBe(1);
    expect(risks?.validations.map((v) => [v.address, v.rule.list?.source])).toEqual([
      [`${riskColumn("Treatment")}2:${riskColumn("Treatment")}4`, "Modify,Retain,Avoid,Share"],
      [`${riskColumn("Status")}2:${riskColumn("Status")}4`, "Open,Treating,Accepted,Closed"],
    ]);
    expect(risks?.validations[0].rule.list?.inCellDropDown).toBe(true);
    expect(risks?.conditionalFormats).toEqual([expect.objectContaining({
      type: "CellValue",
      cellValue: {
        rule: { formula1: "=\"Open\"", operator: "EqualTo" }, fill: "#FFC7CE", font: "#9C0006",
      },
    })]);
    expect(risks?.pageLayout).toEqual({
      orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
  });

  it("draws the Dashboard's charts, scales and styles and shows the Dashboard", async () => {
    await new OfficeWorkbook().apply(createPlan(3));
    const dash = fake.book.sheet("Dashboard");

    expect(dash?.charts).toEqual([{
      name: "ReadinessByStep", type: "BarClustered", source: "A2:B4", seriesBy: "Columns",
      title: "Readiness by step", position: { start: "G2", end: "L13" },
    }]);
    expect(dash?.conditionalFormats.map((f) => f.type)).toEqual(["DataBar", "ColorScale"]);
    expect(dash?.conditionalFormats[1].colorScale.criteria?.maximum.color).toBe("#F8696B");
    expect(dash?.formats).toEqual(expect.arrayContaining([
      { address: "A1", property: "font.bold", value: true },
      { address: "A1", property: "font.size", value: 16 },
      { address: "A1", property: "fill.color", value: "#DDEBF7" },
      { address: "A1", property: "horizontalAlignment", value: "Left" },
    ]));
    expect(fake.book.active?.name).toBe("Dashboard");
  });

  it("rebuilds the Dashboard whole, without doubling its charts or formats", async () => {
    const workbook = new OfficeWorkbook();
    await workbook.apply(createPlan(3));
    const again = createPlan(3);
    await workbook.read();
    await workbook.apply({
      sheets: again.sheets.map((sp) => ({ ...sp, create: false, clear: sp.name === "Dashboard",
        table: sp.table && { ...sp.table, create: false } })),
    });

    const dash = fake.book.sheet("Dashboard");
    expect(dash?.charts.map((c) => c.name)).toEqual(["ReadinessByStep"]);
    expect(dash?.conditionalFormats).toHaveLength(2);
    expect(fake.book.sheet("Risks")?.conditionalFormats).toHaveLength(1);
    expect(fake.book.sheet("Risks")?.validations).toHaveLength(2);
    expect(fake.book.tables).toHaveLength(1);
  });

  it("widens an existing table with resize, keeping what the user added", async () => {
    const workbook = new OfficeWorkbook();
    await workbook.apply({ sheets: [createPlan(2).sheets[1]] });
    fake.book.sheet("Risks")?.put(1, 30, "user note beside the table");
    const last = riskColumn("Notes");
    await workbook.apply({ sheets: [{
      name: "Risks", create: false,
      blocks: [{ address: "A4", cells: [["R-003", "Flood in the server room"]] }],
      table: { name: "Risks", range: `A1:${last}4`, create: false, style: "TableStyleMedium2" },
    }] });

    expect(fake.book.table("Risks")?.address).toBe(`A1:${last}4`);
    expect(cellOf("Risks", "B4")?.value).toBe("Flood in the server room");
    expect(cellOf("Risks", "B2")?.value).toBe("Laptop 1 lost in transit");
    expect(fake.book.sheet("Risks")?.valueAt(1, 30)).toBe("user note beside the table");
  });

  it("adds a formula column to a table, the formulas written once the table has the column",
    async () => {
      const workbook = new OfficeWorkbook();
      const sheet = fake.book.addSheet("Scores");
      [["ID", "Likelihood", "Impact"], ["R-001", 2, 3], ["R-002", 4, 5]].forEach((row, r) =>
        row.forEach((v, c) => sheet.put(r, c, v)));
      fake.book.addTable(sheet, { r1: 0, c1: 0, r2: 2, c2: 2 }).name = "Scores";
      const score = "=Scores[[#This Row],[Likelihood]]*Scores[[#This Row],[Impact]]";
      const report = await workbook.apply({ sheets: [{
        name: "Scores", create: false,
        blocks: [{ address: "D1", cells: [["Score"], [{ formula: score }], [{ formula: score }]] }],
        table: { name: "Scores", range: "A1:D3", create: false, style: "TableStyleMedium2" },
      }] });

      expect(fake.book.table("Scores")?.headers).toEqual(["ID", "Likelihood", "Impact", "Score"]);
      expect(sheet.valuesOf({ r1: 1, c1: 3, r2: 2, c2: 3 })).toEqual([[6], [20]]);
      expect(report.done).toEqual([
        "Wrote Scores!D1:D3", "Fitted table Scores to Scores!A1:D3",
        "Wrote formulas in Scores!D2:D3",
      ]);
    });
});

describe("reading", () => {
  it("reads every sheet name and each register's table cells in one sync", async () => {
    await new OfficeWorkbook().apply(createPlan(3));
    fake.resetCounters();

    const raw = await new OfficeWorkbook().read();

    expect(fake.syncCount).toBe(1);
    expect(raw.sheetNames).toEqual(["Dashboard", "Sheet1", "Risks"]);
    expect(raw.sheets.map((s) => s.name)).toEqual(["Risks"]);
    const risks = raw.sheets[0];
    expect(risks.table).toEqual({ name: "Risks", address: `A1:${riskColumn("Notes")}4` });
    expect(risks.origin).toEqual({ row: 1, col: 0 });
    expect(risks.values[0]).toEqual(RISK_HEADERS);
    expect(risks.values).toHaveLength(4);
    expect(risks.values[1][RISK_HEADERS.indexOf("Controls")]).toBe("5.10");
    expect(risks.values[3][RISK_HEADERS.indexOf("Accepted on")]).toBe(ACCEPTED_ON);
  });

  it("reads a register sheet without a table as its used range, where it starts", async () => {
    const sheet = fake.book.addSheet("Assets");
    sheet.put(2, 1, "ID");
    sheet.put(2, 2, "Asset");
    sheet.put(3, 1, "A-001");
    sheet.put(3, 2, "Laptop");

    const raw = await new OfficeWorkbook().read();

    expect(raw.sheets).toEqual([{
      name: "Assets", table: null, values: [["ID", "Asset"], ["A-001", "Laptop"]],
      origin: { row: 3, col: 1 },
    }]);
  });

  it("reads a table that does not start at A1 and cuts it out of the used range", async () => {
    const sheet = fake.book.addSheet("Context");
    sheet.put(0, 0, "Context of the organisation");
    [["ID", "Kind"], ["C-001", "Interested party"]].forEach((row, r) =>
      row.forEach((v, c) => sheet.put(r + 2, c + 1, v)));
    fake.book.addTable(sheet, { r1: 2, c1: 1, r2: 3, c2: 2 }).name = "Context";

    const raw = await new OfficeWorkbook().read({ sheets: ["Context"] });

    expect(raw.sheets).toEqual([{
      name: "Context", table: { name: "Context", address: "B3:C4" },
      values: [["ID", "Kind"], ["C-001", "Interested party"]], origin: { row: 3, col: 1 },
    }]);
  });

  it("reads the same where Excel refuses to navigate from a missing sheet or table", async () => {
    await new OfficeWorkbook().apply(createPlan(3));
    const lenient = await new OfficeWorkbook().read();
    fake.book.nullChildren = "fail";
    fake.resetCounters();

    const strict = await new OfficeWorkbook().read();

    expect(strict).toEqual(lenient);
    expect(fake.syncCount).toBe(4);
  });

  it("reads the Dashboard's A1 in the same sync, whatever the sheet's case", async () => {
    const dashboard = fake.book.addSheet("DASHBOARD");
    dashboard.put(0, 0, "ISMS readiness dashboard");
    fake.resetCounters();

    const raw = await new OfficeWorkbook().read();

    expect(raw.dashboardTitle).toBe("ISMS readiness dashboard");
    expect(fake.syncCount).toBe(1);
  });

  it("reads a blank Dashboard A1 as null and no Dashboard as no title", async () => {
    expect(await new OfficeWorkbook().read()).not.toHaveProperty("dashboardTitle");
    fake.book.addSheet("Dashboard").put(0, 1, "My KPIs");
    expect((await new OfficeWorkbook().read()).dashboardTitle).toBeNull();
  });

  it("reads the Dashboard's A1 where Excel refuses to navigate from a null object", async () => {
    fake.book.addSheet("Dashboard").put(0, 0, 42);
    fake.book.nullChildren = "fail";
    expect((await new OfficeWorkbook().read()).dashboardTitle).toBe(42);
    fake.book.deleteSheet(fake.book.sheet("Dashboard")!);
    expect(await new OfficeWorkbook().read()).not.toHaveProperty("dashboardTitle");
  });

  it("reads an empty register sheet as no cells", async () => {
    fake.book.addSheet("Training");
    const raw = await new OfficeWorkbook().read();
    expect(raw.sheets).toEqual([{ name: "Training", table: null, values: [] }]);
  });
});

describe("selecting a finding's cell", () => {
  it("shows the sheet and selects the cell", async () => {
    fake.book.addSheet("Risks");
    const workbook = new OfficeWorkbook();
    await workbook.selectCell("Risks", "F7");
    expect(fake.book.active?.name).toBe("Risks");
    expect(fake.book.selection).toEqual({ sheet: "Risks", address: "F7" });
    await workbook.selectCell("Sheet1", "");
    expect(fake.book.selection).toEqual({ sheet: "Sheet1", address: "A1" });
  });

  it("says the sheet is gone when it was renamed or deleted", async () => {
    await expect(new OfficeWorkbook().selectCell("Risks", "F7")).rejects.toThrow(
      "The sheet Risks is no longer in the workbook: someone may have renamed or deleted it. " +
        "Run the check again.");
  });
});
