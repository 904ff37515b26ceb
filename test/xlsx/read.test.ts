import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOf } from "../../src/core/model/dates";
import { streamRegisters, XlsxWorkbook } from "../../src/xlsx";
import { bytesOf } from "./cellsOf";
import { tempDir } from "../support/temp";

/** A workbook with one cell of each kind ExcelJS hands back, on a sheet named Risks. */
async function cellKinds(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Read me").getCell("A1").value = "not a register";
  const ws = wb.addWorksheet("Risks");
  ws.getRow(1).values = ["ID", "Rich", "Link", "Error", "Cached", "Uncached", "Date", "Flag"];
  ws.getRow(2).values = [
    "R-001",
    { richText: [{ text: "Phish" }, { font: { bold: true }, text: "ing" }] },
    { text: "policy", hyperlink: "https://example.org/policy" },
    { error: "#REF!" },
    { formula: "2*3", result: 6 },
    { formula: "1/0" },
    new Date(Date.UTC(2026, 2, 31)),
    true,
  ] as ExcelJS.CellValue[];
  ws.getRow(3).values = ["R-002", "", "", "", { formula: "1/0", result: { error: "#DIV/0!" } }];
  return bytesOf(wb);
}

describe("reading register sheets", () => {
  test("hands back cells as Excel would: text, numbers, errors, dates as serials", async () => {
    const raw = await (await XlsxWorkbook.load(await cellKinds(), "kinds.xlsx")).read();
    expect(raw.sheetNames).toEqual(["Read me", "Risks"]);
    expect(raw.sheets).toHaveLength(1);
    const [risks] = raw.sheets;
    expect(risks.name).toBe("Risks");
    expect(risks.table).toBeNull();
    expect(risks.values[1]).toEqual([
      "R-001", "Phishing", "policy", "#REF!", 6, "", serialOf(2026, 3, 31), true,
    ]);
    expect(risks.values[2].slice(0, 1)).toEqual(["R-002"]);
    expect(risks.values[2][4]).toBe("#DIV/0!");
  });

  test("finds a register by table name on a renamed sheet, from the table corner", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Our risks");
    ws.getCell("A1").value = "Title above the table";
    ws.addTable({
      name: "Risks",
      ref: "B3",
      columns: [{ name: "ID" }, { name: "Risk" }],
      rows: [["R-001", "Fire"], ["R-002", "Flood"]],
    });
    const raw = await (await XlsxWorkbook.load(await bytesOf(wb))).read();
    expect(raw.sheets).toEqual([
      {
        name: "Our risks",
        table: { name: "Risks", address: "B3:C5" },
        values: [["ID", "Risk"], ["R-001", "Fire"], ["R-002", "Flood"]],
        origin: { row: 3, col: 1 },
      },
    ]);
  });

  test("reads only the sheets asked for", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Assets").getCell("A1").value = "ID";
    wb.addWorksheet("Risks").getCell("A1").value = "ID";
    const raw = await (await XlsxWorkbook.load(await bytesOf(wb))).read({ sheets: ["risks"] });
    expect(raw.sheets.map((s) => s.name)).toEqual(["Risks"]);
  });

  test("keeps a table's header row when its file leaves headerRowCount out", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Assets").addTable({
      name: "Assets", ref: "A1", columns: [{ name: "ID" }], rows: [["A-001"]],
    });
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    const part = "xl/tables/table1.xml";
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/ headerRowCount="1"/, ""));
    const excelStyle = await zip.generateAsync({ type: "nodebuffer" });

    const loaded = await XlsxWorkbook.load(excelStyle);
    await loaded.apply({ sheets: [{ name: "Assets", create: false, blocks: [] }] });
    const out = await JSZip.loadAsync(await loaded.toBuffer());
    const written = await out.file(part)!.async("string");
    expect(written).not.toMatch(/headerRowCount="0"/);
  });
});

describe("opening a workbook from disk", () => {
  test("fromFile reads the file and names it as the source", async () => {
    const { writeFileSync } = await import("fs");
    const { join } = await import("path");
    const path = join(tempDir("arm-from-"), "kinds.xlsx");
    writeFileSync(path, await cellKinds());
    const raw = await (await XlsxWorkbook.fromFile(path)).read();
    expect(raw.source).toBe(path);
    expect(raw.sheets.map((s) => s.name)).toEqual(["Risks"]);
  });
});

describe("dates of early 1900, where Excel counts a 29 February that never was", () => {
  const SERIALS = [1, 30, 59, 60, 61, 46_112];

  async function datedCells(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    ws.getRow(1).values = ["ID", "Last reviewed"];
    SERIALS.forEach((serial, i) => {
      ws.getCell(i + 2, 1).value = `R-00${i + 1}`;
      const cell = ws.getCell(i + 2, 2);
      cell.value = serial;
      cell.numFmt = "yyyy-mm-dd";
    });
    return bytesOf(wb);
  }

  /** The numbers (not shared texts) stored in column B of the first sheet's XML, in order. */
  async function storedNumbers(bytes: Uint8Array): Promise<number[]> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const numbers = xml.matchAll(/<c r="B\d+"(?![^>]*t="s")[^>]*><v>([^<]+)<\/v>/g);
    return [...numbers].map((m) => Number(m[1]));
  }

  test("a date-formatted cell reads back as the serial stored in the file", async () => {
    const bytes = await datedCells();
    expect(await storedNumbers(bytes)).toEqual(SERIALS);
    const risks = (await (await XlsxWorkbook.load(bytes)).read()).sheets[0];
    expect(risks.values.slice(1).map((row) => row[1])).toEqual(SERIALS);
    const streamed = (await streamRegisters(bytes)).sheets[0];
    expect(streamed.values.slice(1).map((row) => row[1])).toEqual(SERIALS);
  });

  test("a date the plan writes is stored as that very serial", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Risks");
    const loaded = await XlsxWorkbook.load(await bytesOf(wb));
    await loaded.apply({ sheets: [{ name: "Risks", create: false, blocks: [{
      address: "B2", cells: SERIALS.map((serial) => [{ date: serial }]),
    }] }] });
    const written = await loaded.toBuffer();
    expect(await storedNumbers(written)).toEqual(SERIALS);
    const risks = (await (await XlsxWorkbook.load(written)).read()).sheets[0];
    expect(risks.values.slice(1).map((row) => row[1])).toEqual(SERIALS);
  });
});
