import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bytesOf } from "../xlsx/cellsOf";
import { arm, scratch, TODAY } from "./runArm";

const dir = scratch("refuse");

const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAAB" +
    "JRU5ErkJggg==",
  "base64",
);

async function made(init: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Risks").addRow(["ID", "Risk"]);
  init(wb);
  return bytesOf(wb);
}

async function withEntry(name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await made(() => undefined));
  zip.file(name, "<part/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Runs a changing command on a file and checks that nothing was written or backed up. */
async function refused(file: string, bytes: Buffer, ...args: string[]) {
  writeFileSync(join(dir, file), bytes);
  const run = await arm(dir, ...args, file, "--today", TODAY);
  expect(run.code).toBe(2);
  expect(readFileSync(join(dir, file))).toEqual(bytes);
  expect(readdirSync(dir).filter((f) => f.startsWith(`${file}.bak-`))).toEqual([]);
  return run.stderr;
}

describe("refusing to rewrite a file whose parts would be lost", () => {
  test("an image", async () => {
    const bytes = await made((wb) => {
      const id = wb.addImage({ buffer: PIXEL, extension: "png" } as never);
      wb.getWorksheet("Risks")!.addImage(id, "D2:E4");
    });
    expect(await refused("image.xlsx", bytes, "init")).toBe(
      "arm init: image.xlsx holds images, which this command line cannot carry over: make this " +
        "change in Excel with the add-in, or on a copy without them.\n",
    );
  });

  test("a comment", async () => {
    const bytes = await made((wb) => {
      wb.getWorksheet("Risks")!.getCell("B1").note = "Who owns this?";
    });
    expect(await refused("note.xlsx", bytes, "dashboard")).toMatch(/holds comments,/);
  });

  test("a chart and a macro, named together", async () => {
    const zip = await JSZip.loadAsync(await withEntry("xl/charts/chart1.xml"));
    zip.file("xl/vbaProject.bin", "macro");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    expect(await refused("both.xlsx", bytes, "fix")).toMatch(/holds charts and macros,/);
  });

  test("a pivot table, even with --out", async () => {
    const bytes = await withEntry("xl/pivotTables/pivotTable1.xml");
    const stderr = await refused("pivot.xlsx", bytes, "init", "--out", "copy.xlsx");
    expect(stderr).toMatch(/holds pivot tables,/);
    expect(readdirSync(dir)).not.toContain("copy.xlsx");
  });
});
