/**
 * A sheet of the user's named Dashboard survives the command line: init adds the registers and
 * leaves it as it was, and rebuilding the Dashboard refuses rather than clear it.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { arm, scratch } from "../cli/runArm";
import { bytesOf, cellsOf, loadExcel } from "./cellsOf";

const dir = scratch("own-dashboard");

async function ownDashboard(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("dashboard");
  ws.getCell("A1").value = "My own KPIs";
  ws.getCell("B2").value = 42;
  ws.getCell("C3").value = { formula: "B2*2", result: 84 };
  writeFileSync(join(dir, file), await bytesOf(wb));
  return cellsOf(wb);
}

function sheetCells(all: Map<string, unknown>, sheet: string): Map<string, unknown> {
  return new Map([...all].filter(([key]) => key.startsWith(`${sheet}!`)));
}

test("init keeps every cell of the user's Dashboard and says why it built none", async () => {
  const before = await ownDashboard("kpis.xlsx");
  const run = await arm(dir, "init", "kpis.xlsx");
  expect(run.code).toBe(0);
  expect(run.stdout + run.stderr).toMatch(/sheet dashboard was not built by ARM/);
  const after = cellsOf(await loadExcel(readFileSync(join(dir, "kpis.xlsx"))));
  expect(sheetCells(after, "dashboard")).toEqual(before);
  expect([...after.keys()].some((key) => key.startsWith("Risks!"))).toBe(true);
});

test("dashboard refuses to clear the user's sheet, and leaves the file as it was", async () => {
  await ownDashboard("mine.xlsx");
  const bytes = readFileSync(join(dir, "mine.xlsx"));
  const run = await arm(dir, "dashboard", "mine.xlsx");
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/rename the sheet, then rebuild the Dashboard/);
  expect(readFileSync(join(dir, "mine.xlsx")).equals(bytes)).toBe(true);
});
