import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bytesOf } from "../xlsx/cellsOf";
import { arm, hasStackTrace, scratch, TODAY } from "./runArm";

const dir = scratch("bad");

/** A workbook with a Risks register of some rows, rezipped so each entry has its sizes. */
async function risksZip(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risks");
  ws.addRow(["ID", "Risk", "Owner"]);
  for (let i = 1; i <= 400; i++) ws.addRow([`R-${i}`, `Risk number ${i * 7919}`, `Owner ${i}`]);
  const notes = wb.addWorksheet("Notes");
  for (let i = 1; i <= 400; i++) notes.addRow([i, `Note ${i * 104729}`, i * 3.5]);
  return JSZip.loadAsync(await bytesOf(wb));
}

async function zipped(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function validate(file: string, bytes: Uint8Array | string) {
  writeFileSync(join(dir, file), bytes);
  const run = await arm(dir, "validate", file, "--json", "--today", TODAY);
  expect(hasStackTrace(run.stderr)).toBe(false);
  return run;
}

function oneLineError(run: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.split("\n").filter((l) => l.trim() !== "" && !l.endsWith("…"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe("files arm cannot read", () => {
  test("a missing file", async () => {
    const run = await arm(dir, "validate", "nowhere.xlsx");
    oneLineError(run, /^arm validate: nowhere\.xlsx was not found/);
  });

  test("a file that is not a workbook", async () => {
    oneLineError(await validate("list.xlsx", "just some text"), /list\.xlsx is not an Excel wor/);
  });

  test("a truncated workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Risks").addRow(["ID"]);
    const bytes = await bytesOf(wb);
    oneLineError(await validate("cut.xlsx", bytes.subarray(0, 300)), /cut\.xlsx is truncated/);
  });

  test("a password-protected workbook", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1024),
      Buffer.from("EncryptedPackage", "utf16le"),
    ]);
    oneLineError(await validate("locked.xlsx", bytes), /locked\.xlsx is password-protected/);
  });

  test.each(["sheet1", "sheet2"])("a workbook whose %s's compressed data is damaged", async (n) => {
    const bytes = await zipped(await risksZip());
    const part = `xl/worksheets/${n}.xml`;
    const header = bytes.indexOf(part) - 30;
    const size = bytes.readUInt32LE(header + 18);
    const start = header + 30 + part.length + bytes.readUInt16LE(header + 28);
    bytes.fill(0, start + Math.floor(size / 3), start + Math.floor(size / 3) + 400);
    oneLineError(await validate(`${n}.xlsx`, bytes), /is a damaged Excel workbook/);
  });

  test("a workbook whose sheet's XML stops short", async () => {
    const zip = await risksZip();
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.slice(0, Math.floor(xml.length / 3)));
    const run = await validate("short.xlsx", await zipped(zip));
    oneLineError(run, /short\.xlsx is a damaged Excel workbook/);
  });

  test("a workbook whose sheet's part is missing, by every command", async () => {
    const zip = await risksZip();
    zip.remove("xl/worksheets/sheet2.xml");
    const bytes = await zipped(zip);
    const said = /^arm \w+: gone\.xlsx is damaged: the part holding its sheet "Notes" is missing: /;
    oneLineError(await validate("gone.xlsx", bytes), said);
    for (const args of [["fix"], ["dashboard"], ["export", "--out", "gone-pack.xlsx"]]) {
      const run = await arm(dir, args[0], "gone.xlsx", ...args.slice(1), "--today", TODAY);
      oneLineError(run, said);
    }
    expect(readFileSync(join(dir, "gone.xlsx"))).toEqual(bytes);
    expect(readdirSync(dir).filter((f) => f.startsWith("gone"))).toEqual(["gone.xlsx"]);
  });

  test("a workbook whose shared strings are cut short: damaged for validate and fix", async () => {
    const zip = await risksZip();
    const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", xml.slice(0, Math.floor(xml.length / 2)));
    const said = /^arm \w+: strings\.xlsx is damaged: its part xl\/sharedStrings\.xml is cut short/;
    oneLineError(await validate("strings.xlsx", await zipped(zip)), said);
    oneLineError(await arm(dir, "fix", "strings.xlsx", "--today", TODAY), said);
  });

  test("a table whose range is not a range names the file, the table and what to do", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Risks").addTable({
      name: "Risks", ref: "A1", columns: [{ name: "ID" }, { name: "Risk" }], rows: [["R-1", "x"]],
    });
    const zip = await JSZip.loadAsync(await bytesOf(wb));
    const table = Object.keys(zip.files).find((f) => f.startsWith("xl/tables/table"))!;
    const xml = await zip.file(table)!.async("string");
    zip.file(table, xml.replace(/ ref="[^"]*"/, ' ref="ZZZ"'));
    oneLineError(await validate("zzz.xlsx", await zipped(zip)), new RegExp(
      '^arm validate: zzz\\.xlsx is damaged: table Risks on sheet "Risks" has the range "ZZZ", ' +
        "which is not a cell range: use an intact copy, or open it in Excel and let Excel " +
        "repair it\\.$",
    ));
  });

  test("a workbook part that names no sheet", async () => {
    const zip = await risksZip();
    zip.file("xl/workbook.xml", "<<< not xml at all");
    oneLineError(await validate("nobook.xlsx", await zipped(zip)), /nobook\.xlsx is a damaged/);
  });

  test("a workbook with none of the register sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = 1;
    const run = await validate("other.xlsx", await bytesOf(wb));
    oneLineError(run, /other\.xlsx holds none of the ISMS register sheets .*arm init other\.xlsx/);
  });

  test.each([["fix"], ["dashboard"], ["export", "--out", "pack.xlsx"]])(
    "%s refuses a workbook with none of the register sheets, as validate does",
    async (command, ...out) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Budget").getCell("A1").value = 1;
      const bytes = await bytesOf(wb);
      const file = `budget-${command}.xlsx`;
      const name = file.replace(".", "\\.");
      writeFileSync(join(dir, file), bytes);
      const run = await arm(dir, command, file, ...out, "--today", TODAY);
      expect(hasStackTrace(run.stderr)).toBe(false);
      oneLineError(run, new RegExp(
        `^arm ${command}: ${name} holds none of the ISMS register sheets .*` +
          `run "arm init ${name}" to add them\\.$`,
      ));
      expect(readFileSync(join(dir, file))).toEqual(bytes);
      const made = readdirSync(dir).filter((f) => f.startsWith(`${file}.bak`) || f === "pack.xlsx");
      expect(made).toEqual([]);
    },
  );

  test("a sheet whose headers were renamed gives findings, not a failure", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Risks");
    ws.addRow(["Ref", "Description", "Responsible"]);
    ws.addRow(["R-001", "Laptop theft", "Ana"]);
    const run = await validate("renamed.xlsx", await bytesOf(wb));
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    const onRisks = result.findings.filter((f: { sheet: string }) => f.sheet === "Risks");
    const columns = onRisks.map((f: { column: string }) => f.column);
    expect(columns).toEqual(expect.arrayContaining(["ID", "Owner"]));
  });
});
