import { writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createOrUpgrade } from "../../src/core/commands";
import { serialOf } from "../../src/core/model/dates";
import {
  XlsxWorkbook, WorkbookFileError, readWorkbookGrids, streamRegisters,
} from "../../src/xlsx";
import { bytesOf } from "./cellsOf";
import { tempDir } from "../support/temp";
import { rawOf } from "../../src/xlsx/cellValue";
import { sharedStringsOf, sheetRowsOf } from "../../src/xlsx/sheetXml";

const TODAY = serialOf(2026, 12, 3);

async function sampleIsms(): Promise<Buffer> {
  const wb = XlsxWorkbook.createEmpty("isms.xlsx");
  await createOrUpgrade(wb, { today: TODAY, edition: "2022", sample: true, checkedAt: "now" });
  return wb.toBuffer();
}

async function fullRead(bytes: Buffer) {
  return (await XlsxWorkbook.load(bytes, "f.xlsx")).read();
}

describe("the streaming read of register sheets", () => {
  test("reads the sample ISMS exactly as the full load does", async () => {
    const bytes = await sampleIsms();
    const streamed = await streamRegisters(bytes, undefined, "f.xlsx");
    expect(streamed.sheets.length).toBe(11);
    // The Dashboard's A1 matters only to the commands that write, which load the whole file.
    const { dashboardTitle: _title, ...full } = await fullRead(bytes);
    expect(streamed).toEqual(full);
  });

  test("reads rich text, errors, results, dates, a table off A1 as the full load", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover & notes").getCell("A1").value = "x";
    const ws = wb.addWorksheet("Our risks");
    ws.addTable({
      name: "Risks",
      ref: "B2",
      columns: [{ name: "ID" }, { name: "Risk" }, { name: "Score" }, { name: "Reviewed" }],
      rows: [
        ["R-001", { richText: [{ text: "Fi" }, { text: "re" }] }, { formula: "2*3", result: 6 },
          new Date(Date.UTC(2026, 0, 31))],
        ["R-002", { error: "#N/A" }, { formula: "2*4", result: 8 }, null],
      ] as ExcelJS.CellValue[][],
    });
    const assets = wb.addWorksheet("Assets");
    assets.addRow(["ID", "Asset"]);
    assets.addRow(["A-001", "CRM"]);
    const bytes = await bytesOf(wb);
    const streamed = await streamRegisters(bytes, undefined, "f.xlsx");
    expect(streamed).toEqual(await fullRead(bytes));
    expect(streamed.sheetNames).toEqual(["Cover & notes", "Our risks", "Assets"]);
    expect(streamed.sheets.find((s) => s.name === "Our risks")?.values[1]).toEqual([
      "R-001", "Fire", 6, serialOf(2026, 1, 31),
    ]);
  });

  test("names a formula's cached error, as the full load does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    ws.addRow(["ID", "Score"]);
    ws.addRow(["R-001", { formula: "1/0", result: { error: "#DIV/0!" } }]);
    const path = join(tempDir("arm-stream-"), "errors.xlsx");
    const bytes = await bytesOf(wb);
    writeFileSync(path, bytes);
    expect((await streamRegisters(bytes)).sheets[0].values[1]).toEqual(["R-001", "#DIV/0!"]);
    const raw = await readWorkbookGrids(path);
    expect(raw.sheets[0].values[1]).toEqual(["R-001", "#DIV/0!"]);
  });

  test("reads only the sheets asked for", async () => {
    const streamed = await streamRegisters(await sampleIsms(), { sheets: ["Risks"] });
    expect(streamed.sheets.map((s) => s.name)).toEqual(["Risks"]);
  });

  test("leaves a sheet whose part is missing to the full load, which says so", async () => {
    const zip = await JSZip.loadAsync(await sampleIsms());
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain('name="Training"');
    zip.remove("xl/worksheets/sheet12.xml");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    await expect(streamRegisters(bytes)).rejects.toThrow(/missing/);
    const path = join(tempDir("arm-stream-"), "gone.xlsx");
    writeFileSync(path, bytes);
    await expect(readWorkbookGrids(path)).rejects.toThrow(
      'gone.xlsx is damaged: the part holding its sheet "Training" is missing',
    );
  });

  test("leaves shared strings cut short to the full load, which says it is damaged", async () => {
    const zip = await JSZip.loadAsync(await sampleIsms());
    const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", xml.slice(0, Math.floor(xml.length * 0.9)));
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    await expect(streamRegisters(bytes)).rejects.toThrow(/stops short/);
    const path = join(tempDir("arm-stream-"), "cut.xlsx");
    writeFileSync(path, bytes);
    await expect(readWorkbookGrids(path)).rejects.toThrow(WorkbookFileError);
  });

  test("a zip that is not a workbook still gives the one-line error", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "hello");
    const path = join(tempDir("arm-stream-"), "notes.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(readWorkbookGrids(path)).rejects.toThrow(WorkbookFileError);
    await expect(readWorkbookGrids(path)).rejects.toThrow(
      "notes.xlsx is a zip archive but not an Excel workbook (.xlsx).",
    );
  });
});

describe("the direct read of a sheet's XML", () => {
  test("reads what other writers write: inline strings, rich text, booleans, no r attributes",
    () => {
      const strings = sharedStringsOf(
        "<sst><si><t>Plain</t></si><si><r><rPr/><t>Ri</t></r><r><t xml:space='preserve'>ch" +
        " &amp; co</t></r><rPh><t>ignored</t></rPh></si><si/></sst>");
      expect(strings).toEqual(["Plain", "Rich & co", ""]);
      const rows = sheetRowsOf(
        "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c>" +
        "<c t='s'><v>1</v></c><c r='D1' t='inlineStr'><is><t>In &lt;line&gt;</t></is>" +
        "</c></row><row><c r='A2' t='b'><v>1</v></c><c r='B2'><f>1+1</f><v>2</v></c>" +
        "<c r='C2' t='e'><v>#N/A</v></c><c r='D2'><f>X()</f></c><c r='E2' s='3'/>" +
        "<c r='F2'><v>46000.5</v></c></row></sheetData></worksheet>", strings);
      const raw = (r: number, c: number) => rawOf(rows.findRow(r)?.findCell(c));
      expect([1, 2, 3, 4].map((c) => raw(1, c))).toEqual(["Plain", "Rich & co", null, "In <line>"]);
      expect([1, 2, 3, 4, 5, 6].map((c) => raw(2, c)))
        .toEqual([true, 2, "#N/A", "", null, 46000.5]);
      expect(rows.rowCount).toBe(2);
    });

  test("leaves to the slower read what it does not follow", () => {
    expect(() => sheetRowsOf("<x:worksheet><x:sheetData/></x:worksheet>", [])).toThrow();
    expect(() => sheetRowsOf(
      "<worksheet><sheetData><row r='1'><c r='A1' t='d'><v>2026-01-01</v></c></row>" +
      "</sheetData></worksheet>", [])).toThrow(/type d/);
    expect(() => sheetRowsOf(
      "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>7</v></c></row>" +
      "</sheetData></worksheet>", [])).toThrow(/out of range/);
  });
});
