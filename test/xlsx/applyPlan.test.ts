import JSZip from "jszip";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { serialOf } from "../../src/core/model/dates";
import { XlsxWorkbook } from "../../src/xlsx";
import { internals } from "../../src/xlsx/internals";
import { loadExcel } from "./cellsOf";

const SCORE = "=Risks[[#This Row],[Likelihood]]*Risks[[#This Row],[Impact]]";
const DAY = serialOf(2026, 3, 31);

/** A small Risks register written as a plan, with every part the xlsx executor carries out. */
function risksPlan(): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Notes",
        create: true,
        blocks: [{ address: "B2", cells: [["kept"]] }],
      },
      {
        name: "Risks",
        create: true,
        position: 0,
        tabColor: "#1F4E79",
        blocks: [
          {
            address: "A1",
            cells: [
              ["ID", "Risk", "Likelihood", "Impact", "Score", "Reviewed", "Open"],
              ["R-001", "Phishing", 4, 3, { formula: SCORE }, { date: DAY }, true],
              ["R-002", "=not a formula", 2, 2, { formula: SCORE }, null, false],
            ],
          },
        ],
        table: { name: "Risks", range: "A1:G3", create: true, style: "TableStyleMedium2" },
        widths: [{ column: "B", width: 40 }],
        numberFormats: [{ range: "F2:F3", format: "yyyy-mm-dd" }],
        freezeRows: 1,
        validations: [{ range: "C2:D3", values: ["1", "2", "3", "4", "5"] }],
        conditionalFormats: [
          { kind: "dataBar", range: "E2:E3", color: "#638EC6", bounds: [0, 1] },
          { kind: "colorScale", range: "C2:C3", colors: ["#63BE7B", "#FFEB84", "#F8696B"] },
          {
            kind: "textEquals", range: "B2:B3", text: "Phishing", fill: "#FFC7CE", font: "#9C0006",
          },
        ],
        print: { landscape: true, fitToWidth: true, repeatRows: "$1:$1" },
        styles: [{ range: "A1:G1", bold: true, fill: "#DDEBF7", wrap: true, horizontal: "center" }],
        charts: [
          {
            name: "Heat", type: "columnClustered", title: "Risks by score", source: "A1:E3",
            seriesBy: "columns", anchor: "I2", widthCells: 6, heightCells: 10,
          },
        ],
      },
    ],
    activate: "Risks",
  };
}

async function written(plan: WorkbookPlan): Promise<Buffer> {
  const wb = XlsxWorkbook.createEmpty("test.xlsx");
  await wb.apply(plan);
  return wb.toBuffer();
}

describe("applying a plan to an .xlsx file", () => {
  test("reads back the grids, table and sheet order the plan wrote", async () => {
    const bytes = await written(risksPlan());
    const raw = await (await XlsxWorkbook.load(bytes, "test.xlsx")).read();
    expect(raw.sheetNames).toEqual(["Risks", "Notes"]);
    expect(raw.source).toBe("test.xlsx");
    const risks = raw.sheets.find((s) => s.name === "Risks");
    expect(risks?.table).toEqual({ name: "Risks", address: "A1:G3" });
    expect(risks?.values).toEqual([
      ["ID", "Risk", "Likelihood", "Impact", "Score", "Reviewed", "Open"],
      ["R-001", "Phishing", 4, 3, "", DAY, true],
      ["R-002", "=not a formula", 2, 2, "", null, false],
    ]);
  });

  test("writes formulas as live formulas and text starting with = as text", async () => {
    const bytes = await written(risksPlan());
    const wb = await loadExcel(bytes);
    const ws = wb.getWorksheet("Risks")!;
    expect(ws.getCell("E2").formula).toBe(SCORE.slice(1));
    expect(ws.getCell("B3").value).toBe("=not a formula");
    expect(ws.getCell("F2").numFmt).toBe("yyyy-mm-dd");
    const book = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/fullCalcOnLoad="1"/);
  });

  test("carries dropdowns, conditional formats, print setup, styles, frozen header", async () => {
    const wb = await loadExcel(await written(risksPlan()));
    const ws = wb.getWorksheet("Risks")!;
    const validations = internals(ws).dataValidations.model;
    for (const address of ["C2", "C3", "D2", "D3"]) {
      expect(validations[address]).toMatchObject({
        type: "list",
        formulae: ['"1,2,3,4,5"'],
      });
    }
    expect(validations.C4).toBeUndefined();
    type Entry = {
      ref: string; rules: { type: string; priority: number; cfvo?: unknown[] }[];
    };
    const cfs = (ws as unknown as { conditionalFormattings: Entry[] }).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0].type]).sort()).toEqual([
      ["B2:B3", "cellIs"], ["C2:C3", "colorScale"], ["E2:E3", "dataBar"],
    ]);
    expect(cfs.map((cf) => cf.rules[0].priority).sort()).toEqual([1, 2, 3]);
    expect(cfs.find((cf) => cf.ref === "E2:E3")?.rules[0].cfvo).toEqual([
      { type: "num", value: 0 }, { type: "num", value: 1 },
    ]);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape", fitToPage: true, fitToWidth: 1,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("1:1");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn("B").width).toBe(40);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("G1").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
  });

  test("reports charts as skipped and every created part as done", async () => {
    const report = await XlsxWorkbook.createEmpty().apply(risksPlan());
    expect(report.skipped).toEqual([
      "Risks: 1 chart(s) left out (Risks by score): charts are drawn only inside Excel.",
    ]);
    expect(report.done).toEqual(
      expect.arrayContaining([
        "Notes: created the sheet, wrote 1 cell.",
        "Risks: created the sheet, wrote 21 cells, created table Risks over A1:G3, set 1 dropdown.",
      ]),
    );
  });

  test("applying the same plan twice leaves one dropdown and one rule per range", async () => {
    const first = await XlsxWorkbook.load(await written(risksPlan()));
    const again = risksPlan().sheets.map((s) => ({ ...s, create: false }));
    await first.apply({ ...risksPlan(), sheets: again });
    const wb = await loadExcel(await first.toBuffer());
    const ws = wb.getWorksheet("Risks")!;
    const cfs = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(cfs).toHaveLength(3);
    const zip = await JSZip.loadAsync(await first.toBuffer());
    const names = Object.keys(zip.files);
    const sheets = names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = (await Promise.all(sheets.map((n) => zip.file(n)!.async("string")))).join("");
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(names.filter((n) => /^xl\/tables\/.+\.xml$/.test(n))).toHaveLength(1);
  });

  test("widens an existing table to a new column and keeps every row", async () => {
    const loaded = await XlsxWorkbook.load(await written(risksPlan()));
    await loaded.apply({
      sheets: [
        {
          name: "Risks",
          create: false,
          blocks: [{ address: "H1", cells: [["Owner"], ["Ana"], [null]] }],
          table: { name: "Risks", range: "A1:H3", create: false, style: "TableStyleMedium2" },
        },
      ],
    });
    const raw = await (await XlsxWorkbook.load(await loaded.toBuffer())).read();
    const risks = raw.sheets.find((s) => s.name === "Risks")!;
    expect(risks.table).toEqual({ name: "Risks", address: "A1:H3" });
    expect(risks.values[0]).toEqual([
      "ID", "Risk", "Likelihood", "Impact", "Score", "Reviewed", "Open", "Owner",
    ]);
    expect(risks.values[1]).toEqual(["R-001", "Phishing", 4, 3, "", DAY, true, "Ana"]);
    expect(risks.values[2]).toEqual(["R-002", "=not a formula", 2, 2, "", null, false, null]);
  });

  test("creates a sheet at its position and rebuilds a cleared sheet in place", async () => {
    const wb = await XlsxWorkbook.load(await written(risksPlan()));
    await wb.apply({
      sheets: [
        {
          name: "Dashboard", create: true, position: 1,
          blocks: [{ address: "A1", cells: [["old"]] }],
        },
      ],
    });
    await wb.apply({
      sheets: [
        {
          name: "Dashboard", create: false, clear: true,
          blocks: [{ address: "B1", cells: [[7]] }],
        },
      ],
    });
    const back = await loadExcel(await wb.toBuffer());
    expect(back.worksheets.map((w) => w.name)).toEqual(["Risks", "Dashboard", "Notes"]);
    const dash = back.getWorksheet("Dashboard")!;
    expect(dash.getCell("A1").value).toBeNull();
    expect(dash.getCell("B1").value).toBe(7);
    expect(back.getWorksheet("Notes")!.getCell("B2").value).toBe("kept");
  });

  test("never lays a second table over one already there", async () => {
    const wb = await XlsxWorkbook.load(await written(risksPlan()));
    await wb.apply({
      sheets: [
        {
          name: "Risks", create: false,
          blocks: [{ address: "H1", cells: [["Owner"], ["Ana"], ["Ben"]] }],
          table: { name: "RiskRegister", range: "A1:H3", create: true, style: "TableStyleLight9" },
        },
      ],
    });
    const raw = await (await XlsxWorkbook.load(await wb.toBuffer())).read();
    expect(raw.sheets.find((s) => s.name === "Risks")?.table).toEqual({
      name: "Risks", address: "A1:H3",
    });
  });

  test("leaves out a dropdown whose list Excel would refuse, and says so", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Classification label ${i}`);
    const report = await XlsxWorkbook.createEmpty().apply({
      sheets: [
        {
          name: "Assets", create: true, blocks: [{ address: "A1", cells: [["Class"], [null]] }],
          validations: [
            { range: "A2:A2", values: long },
            { range: "B2:B2", values: ["Yes", "No"] },
          ],
        },
      ],
    });
    expect(report.skipped).toEqual([
      "Assets: no dropdown over A2:A2: its list is longer than the 255 characters Excel allows.",
    ]);
    expect(report.done).toEqual(["Assets: created the sheet, wrote 2 cells, set 1 dropdown."]);
  });
});
