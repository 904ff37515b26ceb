import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { bytesOf, cellsOf, loadExcel } from "../xlsx/cellsOf";
import { arm, scratch, TODAY } from "./runArm";

const dir = scratch("init");

/** A workbook someone kept by hand: a Risks range, an Assets table, and sheets of their own. */
async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const budget = wb.addWorksheet("Budget");
  budget.getCell("A1").value = "Line";
  budget.getCell("B1").value = "Amount";
  budget.getCell("A2").value = "Pen test";
  budget.getCell("B2").value = 4500;
  budget.getCell("B3").value = { formula: "SUM(B2:B2)", result: 4500 };

  const risks = wb.addWorksheet("Risks");
  risks.addRow(["ID", "Risk", "My notes", "Owner", "Likelihood", "Impact", "Treatment"]);
  risks.addRow(["R-001", "Laptop theft", "seen in 2024", "Ana", 3, 4, "Mitigate"]);
  risks.addRow(["R-002", "Phishing", "", "Ben", 4, 3, "Modify"]);
  risks.addRow(["", "Supplier outage", "ask procurement", "", 2, 5, ""]);

  wb.addWorksheet("Assets").addTable({
    name: "Assets",
    ref: "A1",
    style: { theme: "TableStyleLight9" },
    columns: [{ name: "ID" }, { name: "Asset" }, { name: "Cost centre" }, { name: "Owner" }],
    rows: [
      ["A-001", "CRM", "CC-12", "Ana"],
      ["A-002", "Laptops", "CC-40", "Ben"],
    ],
  });
  wb.addWorksheet("Scratch").getCell("D9").value = new Date(Date.UTC(2026, 0, 15));
  return bytesOf(wb);
}

function backupsIn(folder: string, name: string): string[] {
  return readdirSync(folder).filter((f) => f.startsWith(`${name}.bak-`));
}

describe("arm init", () => {
  test("creates a new workbook with every register, the Dashboard first", async () => {
    const run = await arm(dir, "init", "new.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${join(dir, "new.xlsx")}.`);
    const wb = await loadExcel(readFileSync(join(dir, "new.xlsx")));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Dashboard", "Settings", "Context", "Requirements", "Assets", "Risks", "SoA",
      "Improvements", "Objectives", "Audits", "Incidents", "Training",
    ]);
    expect(backupsIn(dir, "new.xlsx")).toEqual([]);
  });

  test("keeps every sheet, row, column and value the user had", async () => {
    const original = await userWorkbook();
    writeFileSync(join(dir, "mine.xlsx"), original);
    const run = await arm(dir, "init", "mine.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(backupsIn(dir, "mine.xlsx")).toEqual(["mine.xlsx.bak-20261203-093000.xlsx"]);
    expect(readFileSync(join(dir, "mine.xlsx.bak-20261203-093000.xlsx"))).toEqual(original);

    const before = cellsOf(await loadExcel(original));
    const after = await loadExcel(readFileSync(join(dir, "mine.xlsx")));
    const afterCells = cellsOf(after);
    for (const [address, value] of before) {
      expect([address, afterCells.get(address)]).toEqual([address, value]);
    }

    const names = after.worksheets.map((w) => w.name);
    const userOrder = ["Budget", "Risks", "Assets", "Scratch"].map((n) => names.indexOf(n));
    expect(userOrder.every((i) => i >= 0)).toBe(true);
    expect([...userOrder].sort((a, b) => a - b)).toEqual(userOrder);
    expect(names).toEqual(expect.arrayContaining(["Dashboard", "Settings", "SoA", "Training"]));
  });

  test("running it twice changes nothing the second time", async () => {
    writeFileSync(join(dir, "twice.xlsx"), await userWorkbook());
    expect((await arm(dir, "init", "twice.xlsx", "--sample", "--today", TODAY)).code).toBe(0);
    const first = readFileSync(join(dir, "twice.xlsx"));

    const again = await arm(dir, "init", "twice.xlsx", "--sample", "--today", TODAY);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("twice.xlsx is unchanged.");
    expect(readFileSync(join(dir, "twice.xlsx"))).toEqual(first);
    expect(backupsIn(dir, "twice.xlsx")).toHaveLength(1);

    // Written out anyway, the second run's workbook holds exactly the first one's cells.
    const out = await arm(dir, "init", "twice.xlsx", "--out", "again.xlsx", "--today", TODAY);
    expect(out.code).toBe(0);
    const firstCells = cellsOf(await loadExcel(first));
    const secondCells = cellsOf(await loadExcel(readFileSync(join(dir, "again.xlsx"))));
    expect(secondCells).toEqual(firstCells);
  });

  test("--out leaves the input untouched and makes no backup", async () => {
    const original = await userWorkbook();
    writeFileSync(join(dir, "keep.xlsx"), original);
    const run = await arm(dir, "init", "keep.xlsx", "--out", "upgraded.xlsx", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "keep.xlsx"))).toEqual(original);
    expect(existsSync(join(dir, "upgraded.xlsx"))).toBe(true);
    expect(backupsIn(dir, "keep.xlsx")).toEqual([]);
  });

  test("--standard against the workbook's own Standard setting says the setting wins", async () => {
    expect((await arm(dir, "init", "ours.xlsx", "--today", TODAY)).code).toBe(0);
    const run = await arm(dir, "init", "ours.xlsx", "--standard", "2013", "--today", TODAY);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "Note: --standard 2013 is not used: the Standard setting of ours.xlsx " +
        '(ISO/IEC 27001:2022) wins. To change editions, start a new workbook with "arm init ' +
        'NEW.xlsx --standard 2013" and move your entries over (changing the Standard on the ' +
        "Settings sheet alone keeps the SoA's 2022 controls).\n",
    );
    expect(run.stdout).not.toContain("Note:");
    const same = await arm(dir, "init", "ours.xlsx", "--standard", "2022", "--today", TODAY);
    expect(same.stderr).not.toContain("Note:");
  });

  test("--standard 2013 builds the SoA of the 2013 Annex A", async () => {
    const run = await arm(dir, "init", "old.xlsx", "--standard", "2013", "--today", TODAY);
    expect(run.code).toBe(0);
    const validate = await arm(dir, "validate", "old.xlsx", "--json", "--today", TODAY);
    expect(JSON.parse(validate.stdout).standard).toBe("ISO/IEC 27001:2013");
  });
});
