/**
 * A second, independent program agrees with the xlsx executor: LibreOffice opens the demo
 * workbook, recalculates every formula (the executor marks the file fullCalcOnLoad, since it
 * writes formulas without results), and its figures must equal the check's counts.
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJSRuntime from "exceljs";
import type ExcelJS from "exceljs";
import { checkRaw } from "../../src/core/check";
import { serialOf } from "../../src/core/model/dates";
import { dashboardCountCells } from "../../src/core/plan/dashboard";
import { main } from "../../src/cli/arm";
import { demo } from "../../src/cli/demo";
import { XlsxWorkbook, streamRegisters } from "../../src/xlsx";
import { bytesOf, loadExcel } from "./cellsOf";
import { tempDir } from "../support/temp";

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p)) ??
  (spawnSync("soffice", ["--version"]).status === 0 ? "soffice" : null);
const REQUIRED = process.env.CI === "true";

if (!SOFFICE && !REQUIRED) {
  console.warn(
    "LibreOffice (soffice) is not installed: the LibreOffice cross-check is skipped. " +
      "Install the Debian package libreoffice-calc-nogui to run it.",
  );
}

const NOW = new Date(Date.UTC(2026, 11, 3, 10, 0, 0));
const TODAY = serialOf(2026, 12, 3);

/** Converts an .xlsx file through LibreOffice (which recalculates it) into `outDir`. */
function throughLibreOffice(file: string, outDir: string): string {
  const profile = tempDir("arm-lo-profile-");
  try {
    const run = spawnSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${profile}`, "--headless", "--norestore",
        "--convert-to", "xlsx", "--outdir", outDir, file,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    const out = join(outDir, file.split("/").pop() as string);
    if (run.status !== 0 || !existsSync(out)) {
      throw new Error(`LibreOffice did not convert ${file}: ${run.stderr || run.error}`);
    }
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every cell showing a formula error, as "Sheet!A1 #REF!". */
function errorCells(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.type === 6 ? cell.result : cell.value;
        const error = (value as { error?: string } | null)?.error;
        if (typeof error === "string") found.push(`${ws.name}!${cell.address} ${error}`);
      }),
    );
  }
  return found;
}

const maybe = SOFFICE || REQUIRED ? describe : describe.skip;

maybe("LibreOffice recalculating the workbooks arm writes", () => {
  const dir = tempDir("arm-lo-");
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir };
  let original: Buffer;
  let recalculated: ExcelJS.Workbook;
  let convertedBytes: Buffer;

  beforeAll(async () => {
    if (!SOFFICE) throw new Error("LibreOffice (soffice) is required when CI=true.");
    expect(await demo(io, NOW)).toBe(0);
    const file = join(dir, "out", "demo", "isms.xlsx");
    original = readFileSync(file);
    convertedBytes = readFileSync(throughLibreOffice(file, join(dir, "lo")));
    recalculated = await loadExcel(convertedBytes);
  }, 240_000);

  test("the direct read of arm validate agrees with the full load on a file LibreOffice wrote",
    async () => {
      const { dashboardTitle: _title, ...full } =
        await (await XlsxWorkbook.load(convertedBytes)).read();
      const direct = await streamRegisters(convertedBytes);
      expect(direct.sheets.length).toBe(11);
      expect(direct).toEqual(full);
    });

  test("every Dashboard count equals the check's count", async () => {
    const raw = await (await XlsxWorkbook.load(original, "isms.xlsx")).read();
    const counts = checkRaw(raw, { today: TODAY }).readiness.counts;
    const ours = (await loadExcel(original)).getWorksheet("Dashboard")!;
    const theirs = recalculated.getWorksheet("Dashboard")!;
    const cells = Object.entries(dashboardCountCells());
    expect(cells.length).toBeGreaterThan(50);
    for (const [key, address] of cells) {
      expect([key, typeof ours.getCell(address).formula]).toEqual([key, "string"]);
      const cell = theirs.getCell(address);
      const shown = cell.type === 6 ? cell.result : cell.value;
      expect([key, address, shown]).toEqual([key, address, counts[key]]);
    }
  });

  test("no cell shows a formula error", () => {
    expect(errorCells(recalculated)).toEqual([]);
  });

  test("the auditor pack opens with no formula error either", async () => {
    const pack = join(dir, "out", "demo", "auditor-pack.xlsx");
    const converted = await loadExcel(readFileSync(throughLibreOffice(pack, join(dir, "lo"))));
    expect(converted.worksheets.length).toBe(5);
    expect(errorCells(converted)).toEqual([]);
  }, 240_000);

  test("an upgraded workbook of the user's own opens with no formula error", async () => {
    const wb = new ExcelJSRuntime.Workbook();
    const risks = wb.addWorksheet("Risks");
    risks.addRow(["ID", "Risk", "Owner", "Likelihood", "Impact", "Our note"]);
    risks.addRow(["R-001", "Laptop theft", "Ana", 3, 4, "seen in 2024"]);
    risks.addRow(["R-002", "Phishing", "Ben", 4, 3, ""]);
    wb.addWorksheet("Budget").getCell("B2").value = { formula: "1+1", result: 2 };
    writeFileSync(join(dir, "mine.xlsx"), await bytesOf(wb));
    expect(await main(["init", "mine.xlsx", "--today", "2026-12-03"], io)).toBe(0);
    const upgraded = join(dir, "mine.xlsx");
    const converted = await loadExcel(readFileSync(throughLibreOffice(upgraded, join(dir, "lo"))));
    expect(errorCells(converted)).toEqual([]);
    const sheet = converted.getWorksheet("Risks")!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const column = headers.indexOf("Score");
    expect(column).toBeGreaterThan(6);
    const scores = [2, 3].map((r) => sheet.getRow(r).getCell(column).result);
    expect(scores).toEqual([12, 12]);
  }, 240_000);

  test("stray spaces, numbers as text and text dates are reported, and fixing brings the " +
    "Dashboard's counts and the check's together", async () => {
    const wb = await loadExcel(original);
    wb.getWorksheet("SoA")!.getCell("D2").value = "Yes ";
    wb.getWorksheet("Risks")!.getCell("G3").value = " 2 ";
    wb.getWorksheet("Improvements")!.getCell("K2").value = "Open ";
    wb.getWorksheet("Improvements")!.getCell("J2").value = "2026-01-05";
    writeFileSync(join(dir, "edge.xlsx"), await bytesOf(wb));
    const before = checkRaw(await (await XlsxWorkbook.load(readFileSync(join(dir, "edge.xlsx"))))
      .read(), { today: TODAY });
    const flagged = before.findings.filter((f) => f.fixable).map((f) => `${f.sheet}!${f.cell}`);
    expect(flagged).toEqual(expect.arrayContaining(
      ["SoA!D2", "Risks!G3", "Improvements!K2", "Improvements!J2"]));

    expect(await main(["fix", "edge.xlsx", "--today", "2026-12-03"], io)).toBe(0);
    expect(await main(["dashboard", "edge.xlsx", "--today", "2026-12-03"], io)).toBe(0);
    const fixed = readFileSync(join(dir, "edge.xlsx"));
    const counts = checkRaw(await (await XlsxWorkbook.load(fixed)).read(), { today: TODAY })
      .readiness.counts;
    const converted = await loadExcel(readFileSync(throughLibreOffice(join(dir, "edge.xlsx"),
      join(dir, "lo"))));
    expect(errorCells(converted)).toEqual([]);
    const theirs = converted.getWorksheet("Dashboard")!;
    for (const [key, address] of Object.entries(dashboardCountCells())) {
      const cell = theirs.getCell(address);
      const shown = cell.type === 6 ? cell.result : cell.value;
      expect([key, shown]).toEqual([key, counts[key]]);
    }
  }, 240_000);

  test("a Risks range that cannot become a table: a Dashboard with no formula error", async () => {
    const wb = new ExcelJSRuntime.Workbook();
    const risks = wb.addWorksheet("Risks");
    // A value under a blank header: a table would have to name that column, so none is made.
    risks.addRow(["ID", "Risk", "Owner", "Likelihood", "Impact", null, "Notes"]);
    risks.addRow(["R-001", "Laptop theft", "Ana", 3, 4, "orphan value", ""]);
    risks.addRow(["R-002", "Phishing", "Ben", 3, 4, null, ""]);
    writeFileSync(join(dir, "plain.xlsx"), await bytesOf(wb));
    expect(await main(["init", "plain.xlsx", "--today", "2026-12-03"], io)).toBe(0);
    const file = join(dir, "plain.xlsx");
    const converted = await loadExcel(readFileSync(throughLibreOffice(file, join(dir, "lo"))));
    expect(errorCells(converted)).toEqual([]);
    const cell = dashboardCountCells()["heatmap.inherent.3.4"];
    const shown = converted.getWorksheet("Dashboard")!.getCell(cell);
    expect(shown.type === 6 ? shown.result : shown.value).toBe(2);
  }, 240_000);
});
