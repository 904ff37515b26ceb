/** The in-memory Excel behaves like Excel where executor bugs hide. */
import { serialOf } from "../../src/core/model/dates";
import { installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";

let fake: FakeExcelHandle;

beforeEach(() => {
  fake = installFakeExcel({ sheets: ["Sheet1"] });
});

afterEach(() => fake.uninstall());

/** Runs a batch and returns the error it ends with (or throws when it ends well). */
async function failure(batch: (context: Excel.RequestContext) => Promise<void>) {
  try {
    await Excel.run(batch);
  } catch (err) {
    return err as OfficeExtension.Error;
  }
  throw new Error("the batch did not fail");
}

describe("loading", () => {
  it("throws when a property is read before it is loaded and synced", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives null objects for missing sheets and tables, readable only after a sync", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject("Nope");
      const present = sheets.getItemOrNullObject("sheet1");
      const table = present.tables.getItemOrNullObject("Risks");
      const notLoaded = expect.objectContaining({ code: "PropertyNotLoaded" });
      expect(() => missing.isNullObject).toThrow(notLoaded);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
    });
  });

  it("loads the worksheets in tab order with the properties asked for", async () => {
    fake.book.addSheet("Risks");
    fake.book.addSheet("Dashboard", 0);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/position");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Dashboard", 0], ["Sheet1", 1], ["Risks", 2],
      ]);
    });
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound", async () => {
    const err = await failure(async (context) => {
      context.workbook.worksheets.getItem("Gone").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(err.code).toBe("ItemNotFound");
    expect(err.name).toBe("RichApi.Error");
    expect(err.debugInfo.code).toBe("ItemNotFound");
  });
});

describe("writing cells", () => {
  it("fails at sync when an array does not fit its range, after earlier requests ran", async () => {
    const err = await failure(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["kept"]];
      ws.getRange("A2:B3").values = [[1, 2]];
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("Range.values");
    expect(fake.book.sheet("Sheet1")?.valueAt(0, 0)).toBe("kept");
    expect(fake.book.sheet("Sheet1")?.valueAt(1, 0)).toBe("");
  });

  it("stores numbers for number-like text unless marked with an apostrophe", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [["5.10", "'5.10", "TRUE", "text"]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[5.1, "5.10", true, "text"]]);
    });
  });

  it("reads text as numbers, amounts, dates, times and booleans as Excel (en-US) does",
    async () => {
      const year = new Date().getUTCFullYear();
      const written = [
        "1,000", "$5", "(5)", "5%", "-$1,234.5", "1e3", " 42 ", "Jan 5", "5-Jan-2026",
        "March 2026", "2026-03-31", "3/31/2026", "12:30 PM", "TRUE", "false",
      ];
      const stored = [
        1000, 5, -5, 0.05, -1234.5, 1000, 42, serialOf(year, 1, 5), serialOf(2026, 1, 5),
        serialOf(2026, 3, 1), serialOf(2026, 3, 31), serialOf(2026, 3, 31), 0.5208, true, false,
      ];
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:O1");
        range.values = [written];
        range.load("values");
        await context.sync();
        expect(range.values[0].map((v) => (typeof v === "number" ? +v.toFixed(4) : v)))
          .toEqual(stored);
      });
    });

  it("keeps text Excel would not read, text after an apostrophe and text under \"@\"",
    async () => {
      const sheet = fake.book.sheet("Sheet1")!;
      sheet.cellForWrite(0, 4).numberFormat = "@";
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
        range.values = [["R-001", "Feb 30", "'(5)", "Maybe 5", "1,000", "May cause outage"]];
        await context.sync();
      });
      expect(sheet.valuesOf({ r1: 0, c1: 0, r2: 0, c2: 5 })).toEqual([
        ["R-001", "Feb 30", "(5)", "Maybe 5", "1,000", "May cause outage"]]);
    });

  it("takes text starting with + or - as a formula, as the Office.js reference says", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["- call the supplier", "+44 20 7946 0000"]];
      await context.sync();
    });
    const sheet = fake.book.sheet("Sheet1");
    expect(sheet?.formulasOf({ r1: 0, c1: 0, r2: 0, c2: 1 })).toEqual([
      ["=- call the supplier", "=+44 20 7946 0000"]]);
  });

  it("leaves cells given as null unchanged and empties cells given as empty text", async () => {
    const sheet = fake.book.sheet("Sheet1");
    sheet?.put(0, 0, "a");
    sheet?.put(0, 1, "b");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(sheet?.valuesOf({ r1: 0, c1: 0, r2: 0, c2: 1 })).toEqual([["a", ""]]);
  });

  it("keeps formula text and computes simple formulas", async () => {
    fake.book.addTable(fake.book.sheet("Sheet1")!, { r1: 4, c1: 0, r2: 5, c2: 0 }).name = "Risks";
    fake.book.sheet("Sheet1")!.put(4, 0, "Score");
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.formulas = [[3, 4, "=A1*B1", "=COUNTIFS(Risks[Score],\">9\")"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.formulas).toEqual([[3, 4, "=A1*B1", "=COUNTIFS(Risks[Score],\">9\")"]]);
      expect(range.values).toEqual([[3, 4, 12, ""]]);
    });
  });

  it.each([
    ["=COUNTIFS(Risks[Status],\"Open\")", /there is no table named Risks/],
    ["=Scores[[#This Row],[Impact]]*2", /the table Scores has no column "Impact"/],
    ["=SUM(scores[Likelihood])+Scores[@Nope]", /the table Scores has no column "Nope"/],
  ])("refuses %s, naming a table or column not there, at sync", async (formula, why) => {
    const err = await failure(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A2").values = [["Likelihood"], [3]];
      ws.tables.add(ws.getRange("A1:A2"), true).name = "Scores";
      ws.getRange("C1").formulas = [[formula]];
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toMatch(why);
    expect(err.debugInfo.errorLocation).toBe("Range.formulas");
  });

  it("takes structured references to tables and columns that exist, and text that looks like one",
    async () => {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1:B2").values = [["Risk [draft]", "Likelihood"], ["x", 3]];
        ws.tables.add(ws.getRange("A1:B2"), true).name = "Scores";
        ws.getRange("D1:D4").formulas = [
          ["=COUNTIFS(Scores[LIKELIHOOD],3)"], ["=Scores[[#This Row],[Risk '[draft']]]"],
          ["=\"Gone[Nope]\""], ["=SUM(Scores[[#Data],[Likelihood]])"],
        ];
        await context.sync();
      });
      expect(fake.book.sheet("Sheet1")?.cell(2, 3)?.formula).toBe("=\"Gone[Nope]\"");
    });

  it("works out the score formula of a table row when the cell is read", async () => {
    const score = "=IF(AND(ISNUMBER(Risks[[#This Row],[Likelihood]])," +
      "ISNUMBER(Risks[[#This Row],[Impact]])),Risks[[#This Row],[Likelihood]]*" +
      "Risks[[#This Row],[Impact]],\"\")";
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C3").values = [["Likelihood", "Impact", "Score"], [3, 4, ""], [2, "", ""]];
      ws.tables.add(ws.getRange("A1:C3"), true).name = "Risks";
      ws.getRange("C2:C3").formulas = [[score], [score]];
      const body = ws.getRange("C2:C3");
      body.load("values");
      await context.sync();
      expect(body.values).toEqual([[12], [""]]);
    });
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const sheet = fake.book.sheet("Sheet1");
    if (sheet) sheet.protected = true;
    const err = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(err.code).toBe("AccessDenied");
    expect(sheet?.valueAt(0, 0)).toBe("");
  });
});

describe("requirement sets", () => {
  it("answers isSetSupported from the host's sets and refuses a later API with ApiNotFound",
    async () => {
      fake.uninstall();
      fake = installFakeExcel({ sheets: ["Sheet1"], excelApi: "1.12" });
      const requirements = Office.context.requirements;
      expect(requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
      expect(requirements.isSetSupported("excelapi", "1.9")).toBe(true);
      expect(requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
      expect(requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
      fake.book.addTable(fake.book.sheet("Sheet1")!, { r1: 0, c1: 0, r2: 1, c2: 1 });
      const err = await failure(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("D1").values = [["kept"]];
        ws.tables.getItem("Table1").resize(ws.getRange("A1:B5"));
        await context.sync();
      });
      expect([err.code, err.debugInfo.errorLocation]).toEqual(["ApiNotFound", "Table.resize"]);
      expect(fake.book.table("Table1")?.address).toBe("A1:B2");
      expect(fake.book.sheet("Sheet1")?.valueAt(0, 3)).toBe("kept");

      fake.book.requirementSets.ExcelApi = "1.7";
      await expect(Excel.createWorkbook("UEsDBA==")).rejects.toMatchObject({ code: "ApiNotFound" });
    });
});

describe("names", () => {
  it.each([
    ["", "blank"], ["   ", "blank"], ["A".repeat(32), "too long"], ["Q1:Q2", "colon"],
    ["a/b", "slash"], ["a\\b", "backslash"], ["why?", "question mark"], ["star*", "star"],
    ["[x]", "bracket"], ["'quoted", "leading apostrophe"], ["quoted'", "trailing apostrophe"],
    ["History", "reserved"],
  ])("refuses the sheet name %j (%s)", async (name) => {
    const err = await failure(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
  });

  it("accepts a 31-character sheet name and refuses a duplicate in another case", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("B".repeat(31));
      await context.sync();
    });
    const err = await failure(async (context) => {
      context.workbook.worksheets.add("SHEET1");
      await context.sync();
    });
    expect(err.code).toBe("ItemAlreadyExists");
  });

  it.each([
    ["1Risks"], ["Risk register"], ["A1"], ["xfd100"], ["R1C1"], ["C"], ["r"], ["Risks-2"], [""],
  ])("refuses the table name %j", async (name) => {
    const err = await failure(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").values = [["ID", "Risk"], ["R-001", "x"]];
      ws.tables.add(ws.getRange("A1:B2"), true).name = name;
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
  });

  it("accepts Excel-like table names and refuses one already used, ignoring case", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").values = [["ID", "Risk"], ["R-001", "x"]];
      ws.tables.add(ws.getRange("A1:B2"), true).name = "_Risks.v2";
      await context.sync();
    });
    const err = await failure(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("D1:E2").values = [["ID", "Risk"], ["R-001", "x"]];
      ws.tables.add(ws.getRange("D1:E2"), true).name = "_RISKS.V2";
      await context.sync();
    });
    expect(err.code).toBe("ItemAlreadyExists");
  });
});

describe("tables", () => {
  it("names blank and repeated headers and gives a header-only table one body row", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["ID", "", "id"]];
      const table = ws.tables.add(ws.getRange("A1:C1"), true);
      const body = table.getDataBodyRange();
      body.load("address");
      await context.sync();
      expect(body.address).toBe("Sheet1!A2:C2");
    });
    expect(fake.book.tables[0].headers).toEqual(["ID", "Column2", "id2"]);
  });

  it("refuses a table over another table and widens one with resize", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B3").values = [["ID", "Risk"], ["R-001", "a"], ["R-002", "b"]];
      ws.tables.add(ws.getRange("A1:B3"), true).name = "Risks";
      await context.sync();
      ws.tables.getItem("Risks").resize(ws.getRange("A1:C4"));
      await context.sync();
    });
    expect(fake.book.table("risks")?.address).toBe("A1:C4");
    expect(fake.book.table("risks")?.headers).toEqual(["ID", "Risk", "Column3"]);
    const err = await failure(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.tables.add(ws.getRange("B2:D5"), true);
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
  });

  it("refuses growing a table row by row", async () => {
    fake.book.addTable(fake.book.sheet("Sheet1")!, { r1: 0, c1: 0, r2: 1, c2: 1 });
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Table1");
      expect(() => table.rows.add(undefined, [["x", "y"]])).toThrow(/resize/);
    });
  });
});

describe("requests", () => {
  it("counts syncs and the JSON bytes each one carries", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["ab", 12]];
      await context.sync();
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.requestBytes[0]).toBeGreaterThanOrEqual(JSON.stringify([["ab", 12]]).length);
    expect(fake.requestBytes[1]).toBe(0);
  });

  it("refuses a request over 5 MB whole, changing nothing", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`R-${i}`, "x".repeat(80)]);
    const err = await failure(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("D1").values = [["first"]];
      ws.getRange(`A1:B${rows.length}`).values = rows;
      await context.sync();
    });
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.book.sheet("Sheet1")?.valueAt(0, 3)).toBe("");
  });

  it("sends requests still queued when the batch ends", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["late"]];
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.book.sheet("Sheet1")?.valueAt(0, 0)).toBe("late");
  });
});

describe("records", () => {
  it("records dropdowns, conditional formats, charts, frozen rows and the selection", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Dashboard");
      ws.getRange("A1:B3").values = [["Step", "%"], ["1A", 50], ["1B", 20]];
      ws.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "1,2" } };
      ws.getRange("B2:B3").conditionalFormats.add("DataBar").dataBar.positiveFormat.fillColor =
        "#5B9BD5";
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
      chart.name = "Readiness";
      chart.setPosition("D2", "J15");
      ws.freezePanes.freezeRows(1);
      ws.activate();
      ws.getRange("B3").select();
      await context.sync();
    });
    const sheet = fake.book.sheet("Dashboard");
    const validations = sheet?.validations.map((v) => [v.address, v.rule.list?.source]);
    expect(validations).toEqual([["B2:B3", "1,2"]]);
    expect(sheet?.conditionalFormats[0]).toMatchObject({ type: "DataBar", address: "B2:B3" });
    expect(sheet?.conditionalFormats[0].dataBar.fillColor).toBe("#5B9BD5");
    expect(sheet?.charts).toEqual([expect.objectContaining({
      name: "Readiness", type: "ColumnClustered", source: "A1:B3",
      position: { start: "D2", end: "J15" },
    })]);
    expect(sheet?.frozenRows).toBe(1);
    expect(fake.book.selection).toEqual({ sheet: "Dashboard", address: "B3" });
  });

  it("refuses a second chart of the same name on a sheet and numbers new charts past those",
    async () => {
      const sheet = fake.book.sheet("Sheet1")!;
      sheet.charts.push({ name: "Chart 1", type: "Pie", source: "A1:B2", seriesBy: "Auto",
        title: "" });
      const err = await failure(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        const made = ws.charts.add("Pie", ws.getRange("A1:B2"), "Auto");
        made.title.text = "Second";
        made.name = "CHART 1";
        await context.sync();
      });
      expect(err.code).toBe("ItemAlreadyExists");
      expect(sheet.charts.map((c) => [c.name, c.title])).toEqual([["Chart 1", ""],
        ["Chart 2", "Second"]]);
    });

  it("refuses to unfreeze panes or change a chart on a protected sheet", async () => {
    const sheet = fake.book.sheet("Sheet1")!;
    sheet.frozenRows = 1;
    sheet.charts.push({ name: "Chart 1", type: "Pie", source: "A1:B2", seriesBy: "Auto",
      title: "" });
    sheet.protected = true;
    const unfreeze = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").freezePanes.unfreeze();
      await context.sync();
    });
    const removal = await failure(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").charts.getItem("Chart 1").delete();
      await context.sync();
    });
    expect([unfreeze.code, removal.code]).toEqual(["AccessDenied", "AccessDenied"]);
    expect([sheet.frozenRows, sheet.charts.length]).toEqual([1, 1]);
  });

  it("refuses a list source over 255 characters", async () => {
    const err = await failure(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:A9");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "x,".repeat(130) } };
      await context.sync();
    });
    expect(err.code).toBe("InvalidArgument");
  });
});

describe("navigation", () => {
  it("moves and resizes ranges, reports addresses and the selection", async () => {
    fake.book.addSheet("Q1");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Q1");
      const base = ws.getRange("B2:C3");
      const moved = base.getOffsetRange(1, 2);
      const grown = base.getResizedRange(2, 0);
      const cell = base.getCell(1, 1);
      [moved, grown, cell].forEach((r) => r.load("address, rowCount, columnCount"));
      cell.select();
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      expect(moved.address).toBe("'Q1'!D3:E4");
      expect([grown.address, grown.rowCount, grown.columnCount]).toEqual(["'Q1'!B2:C5", 4, 2]);
      expect(cell.address).toBe("'Q1'!C3");
      expect(selected.address).toBe("'Q1'!C3");
    });
  });

  it("renames, moves, colours and deletes sheets, and keeps the last one", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const risks = sheets.add("Risks");
      risks.position = 0;
      risks.tabColor = "#C00000";
      sheets.getItem("Sheet1").name = "Notes";
      await context.sync();
      sheets.getItem("Notes").delete();
      await context.sync();
    });
    expect(fake.book.sheets.map((s) => [s.name, s.tabColor])).toEqual([["Risks", "#C00000"]]);
    const err = await failure(async (context) => {
      context.workbook.worksheets.getItem("Risks").delete();
      await context.sync();
    });
    expect(err.code).toBe("InvalidOperation");
  });

  it("records suspended calculation, recalculations and new workbooks", async () => {
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    await Excel.createWorkbook("UEsDBA==");
    expect(fake.book.stats.calculationSuspended).toEqual([2]);
    expect(fake.book.stats.calculations).toEqual([{ sync: 2, type: "Full" }]);
    expect(fake.book.createdWorkbooks).toEqual(["UEsDBA=="]);
  });

  it("copies a formula down with autoFill, moving relative references only", async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B3").values = [[1, 2], [3, 4], [5, 6]];
      ws.getRange("C1").formulas = [["=A1*B1+$A$1"]];
      ws.getRange("C1").autoFill("C1:C3", "FillCopy");
      const column = ws.getRange("C1:C3");
      column.load("formulas");
      await context.sync();
      expect(column.formulas).toEqual([["=A1*B1+$A$1"], ["=A2*B2+$A$1"], ["=A3*B3+$A$1"]]);
    });
  });
});
