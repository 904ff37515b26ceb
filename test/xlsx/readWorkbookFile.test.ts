import { writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookFileError, readWorkbookFile } from "../../src/xlsx";
import { tempDir } from "../support/temp";
import { bytesOf } from "./cellsOf";

const dir = tempDir("arm-open-");

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function failure(path: string): Promise<string> {
  try {
    await readWorkbookFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookFileError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n|at .*\.js/);
    return message;
  }
  throw new Error(`${path} opened, but it should not have`);
}

async function workbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Risks").getCell("A1").value = "ID";
  return bytesOf(wb);
}

describe("opening a workbook file", () => {
  test("opens a workbook", async () => {
    const { workbook } = await readWorkbookFile(file("good.xlsx", await workbookBytes()));
    expect((await workbook.read()).sheetNames).toEqual(["Risks"]);
  });

  test("says a missing file was not found", async () => {
    expect(await failure(join(dir, "absent.xlsx"))).toBe(
      "absent.xlsx was not found: check the file name and folder.",
    );
  });

  test("says a text file is not a workbook", async () => {
    expect(await failure(file("notes.xlsx", "ID,Risk\nR-001,Fire\n"))).toBe(
      "notes.xlsx is not an Excel workbook (.xlsx).",
    );
  });

  test("says an encrypted file is password-protected", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const stream = Buffer.from("EncryptedPackage", "utf16le");
    const body = Buffer.concat([header, Buffer.alloc(500), stream]);
    expect(await failure(file("locked.xlsx", body))).toMatch(/^locked\.xlsx is password-protected/);
  });

  test("says an old compound file without encryption is an .xls workbook", async () => {
    const body = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(600)]);
    expect(await failure(file("old.xls", body))).toMatch(/old-style \.xls workbook/);
  });

  test("says a cut-off file is truncated", async () => {
    const bytes = await workbookBytes();
    const message = await failure(file("cut.xlsx", bytes.subarray(0, bytes.length >> 1)));
    expect(message).toMatch(/^cut\.xlsx is truncated or damaged/);
  });

  test("says a zip without a workbook inside is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await failure(file("archive.xlsx", bytes))).toBe(
      "archive.xlsx is a zip archive but not an Excel workbook (.xlsx).",
    );
  });

  test("says a workbook whose sheet's part is missing is damaged, naming the sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Risks").getCell("A1").value = "ID";
    wb.addWorksheet("Budget").getCell("A1").value = 1;
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    zip.remove("xl/worksheets/sheet2.xml");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await failure(file("gone.xlsx", bytes))).toBe(
      'gone.xlsx is damaged: the part holding its sheet "Budget" is missing: use an intact ' +
        "copy, or open it in Excel and let Excel repair it.",
    );
  });

  test("says a table whose part is missing is damaged, naming the sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Risks").addTable({
      name: "Risks", ref: "A1", columns: [{ name: "ID" }], rows: [["R-001"]],
    });
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    zip.remove("xl/tables/table1.xml");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await failure(file("notable.xlsx", bytes))).toBe(
      'notable.xlsx is damaged: a table on sheet "Risks" is missing its part ' +
        "(xl/tables/table1.xml): use an intact copy, or open it in Excel and let Excel repair it.",
    );
  });

  test("says a folder is not a workbook", async () => {
    expect(await failure(dir)).toMatch(/is a folder/);
  });
});
