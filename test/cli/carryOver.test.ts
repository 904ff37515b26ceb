import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bytesOf } from "../xlsx/cellsOf";
import {
  CUSTOM_XML, PROTECTION, SHARING, addCustomProperties, addSheetExtensions, dropdownExt,
  protectWorkbook, sheetPart, sparklineExt, textOf,
} from "../xlsx/droppedParts";
import { arm, scratch, TODAY } from "./runArm";

const dir = scratch("carry");

const SHEET_EXTS = dropdownExt(["C2:C20"]) + sparklineExt("Z2");

/** A user's workbook: a Risks range with a fixable treatment, and a sheet of lists. */
async function userBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const risks = wb.addWorksheet("Risks");
  risks.addRow(["ID", "Risk", "Owner", "Likelihood", "Impact", "Treatment"]);
  risks.addRow(["R-001", "Fire", "Ana", 3, 4, "Mitigate"]);
  const lists = wb.addWorksheet("Lists");
  lists.addRow(["Ana", 1]);
  lists.addRow(["Ben", 2]);
  return bytesOf(wb);
}

/** Bytes with parts added as Excel, Purview or LibreOffice would write them. */
async function withParts(bytes: Buffer, add: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await add(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

let isms: Buffer;

beforeAll(async () => {
  writeFileSync(join(dir, "user.xlsx"), await userBytes());
  expect((await arm(dir, "init", "user.xlsx", "--out", "isms.xlsx", "--today", TODAY)).code)
    .toBe(0);
  isms = readFileSync(join(dir, "isms.xlsx"));
});

/** Runs a changing command on a copy of `bytes` and returns the written file as a zip. */
async function after(command: string, file: string, bytes: Buffer): Promise<JSZip> {
  writeFileSync(join(dir, file), bytes);
  const run = await arm(dir, command, file, "--today", TODAY);
  expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
  expect(run.stdout).toContain(`Wrote ${join(dir, file)}.`);
  return JSZip.loadAsync(readFileSync(join(dir, file)));
}

describe("parts ExcelJS drops are carried over", () => {
  test.each([
    ["init", "user"], ["fix", "isms"], ["dashboard", "isms"],
  ])("%s keeps the custom document properties (a sensitivity label)", async (command, from) => {
    const base = from === "user" ? await userBytes() : isms;
    const zip = await after(command, `custom-${command}.xlsx`, await withParts(base,
      addCustomProperties));
    expect(await textOf(zip, "docProps/custom.xml")).toBe(CUSTOM_XML);
    expect(await textOf(zip, "[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
    expect(await textOf(zip, "_rels/.rels")).toContain('Target="docProps/custom.xml"');
  });

  test.each([
    ["init", "user"], ["fix", "isms"], ["dashboard", "isms"],
  ])("%s keeps a cross-sheet dropdown and a sparkline", async (command, from) => {
    const base = from === "user" ? await userBytes() : isms;
    const zip = await after(command, `exts-${command}.xlsx`, await withParts(base,
      (z) => addSheetExtensions(z, "Risks", SHEET_EXTS)));
    expect(await textOf(zip, await sheetPart(zip, "Risks"))).toContain(SHEET_EXTS);
  });

  test("fix keeps the workbook's structure protection and read-only recommendation", async () => {
    const zip = await after("fix", "protected.xlsx", await withParts(isms, protectWorkbook));
    const book = await textOf(zip, "xl/workbook.xml");
    expect(book).toContain(PROTECTION);
    expect(book).toContain(SHARING);
  });

  test("init refuses to add sheets to a workbook whose structure is protected", async () => {
    const bytes = await withParts(await userBytes(), protectWorkbook);
    writeFileSync(join(dir, "locked.xlsx"), bytes);
    const run = await arm(dir, "init", "locked.xlsx", "--today", TODAY);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const said = run.stderr.split("\n").filter((l) => l !== "" && !l.endsWith("…"));
    expect(said).toEqual([
      "arm init: locked.xlsx has its structure protected (Review > Protect Workbook), and this " +
        "change adds or moves sheets: unprotect the structure in Excel, run the command again, " +
        "then protect it again.",
    ]);
    expect(readFileSync(join(dir, "locked.xlsx"))).toEqual(bytes);
    expect(readdirSync(dir).filter((f) => f.startsWith("locked.xlsx.bak"))).toEqual([]);
  });
});
