/**
 * The same plan applied by the Office.js executor (on the in-memory Excel) and by the xlsx
 * executor (on ExcelJS) gives the same sheets, tables, cells, dropdowns, conditional formats,
 * widths, frozen rows, tab colours, styles and print setup (see snapshots.ts). Charts are left
 * aside: only Excel draws them. Upgrades of the same edited workbook keep the same things.
 */
import { createOrUpgrade } from "../../src/core/commands";
import { columnLetter, parseRange, rangeA1 } from "../../src/core/model/address";
import { serialOf } from "../../src/core/model/dates";
import type { CellValue } from "../../src/core/model/finding";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { RISKS_SHEET } from "../../src/core/schema/sheets";
import { OfficeWorkbook } from "../../src/office";
import { XlsxWorkbook } from "../../src/xlsx";
import { installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";
import { createPlan } from "./plans";
import { fakeSnapshot, xlsxSnapshot, type Looked, type Snapshot } from "./snapshots";

/** The cells and styled ranges to compare on `sheet`: what `plans` wrote and the used range. */
function lookedAt(fake: FakeExcelHandle, sheet: string, plans: readonly WorkbookPlan[]): Looked {
  const sps = plans.flatMap((p) => p.sheets.filter((s) => s.name === sheet));
  const blocks = sps.flatMap((sp) => sp.blocks.map((b) => {
    const { start } = parseRange(b.address);
    const width = Math.max(...b.cells.map((r) => r.length));
    return rangeA1(start.row, start.col, start.row + b.cells.length - 1, start.col + width - 1);
  }));
  const state = fake.book.sheet(sheet);
  const used = state?.usedBox(true, []);
  const usedRange = used ? [rangeA1(used.r1 + 1, used.c1, used.r2 + 1, used.c2)] : [];
  const tables = fake.book.tables.filter((t) => t.sheet === state).map((t) => t.address);
  return {
    cells: [...blocks, ...usedRange, ...tables,
      ...sps.flatMap((sp) => (sp.numberFormats ?? []).map((n) => n.range))],
    styled: sps.flatMap((sp) => (sp.styles ?? []).map((s) => s.range)),
  };
}

/** Every sheet of both workbooks, as each executor left it. */
function snapshots(fake: FakeExcelHandle, xlsx: XlsxWorkbook, plans: readonly WorkbookPlan[]) {
  const names = xlsx.workbook.worksheets.map((w) => w.name);
  expect(fake.book.sheets.map((s) => s.name)).toEqual(names);
  return fake.book.sheets.map((sheet) => {
    const ws = xlsx.workbook.getWorksheet(sheet.name);
    if (!ws) throw new Error(`sheet ${sheet.name} missing`);
    const looked = lookedAt(fake, sheet.name, plans);
    const tables = fake.book.tables.filter((t) => t.sheet === sheet)
      .map((t) => ({ name: t.name, ref: t.address }));
    return { sheet: sheet.name, mine: fakeSnapshot(sheet, tables, looked),
      theirs: xlsxSnapshot(ws, looked) };
  });
}

/** Compares every sheet; each kind of thing compared must have been met at least once. */
function compareSheets(fake: FakeExcelHandle, xlsx: XlsxWorkbook, plans: readonly WorkbookPlan[]) {
  const met = { formulas: 0, dropdowns: 0, tables: 0, conditional: 0, widths: 0, frozen: 0,
    tabColors: 0, styles: 0, print: 0 };
  for (const { sheet, mine, theirs } of snapshots(fake, xlsx, plans)) {
    expect({ sheet, ...mine }).toEqual({ sheet, ...theirs });
    const values = Object.values(mine.cells);
    met.formulas += values.filter((c) => String(c.value).startsWith("=")).length;
    met.dropdowns += Object.keys(mine.dropdowns).length;
    met.tables += mine.tables.length;
    met.conditional += mine.conditional.length;
    met.widths += Object.keys(mine.widths).length;
    met.frozen += mine.frozenRows;
    met.tabColors += mine.tabColor ? 1 : 0;
    met.styles += Object.values(mine.styles).filter((s) => Object.keys(s).length > 0).length;
    met.print += mine.print.landscape ? 1 : 0;
  }
  for (const [kind, count] of Object.entries(met)) {
    expect([kind, count > 0]).toEqual([kind, true]);
  }
}

/** A gateway that remembers the plans it applied. */
function recording<G extends OfficeWorkbook | XlsxWorkbook>(gw: G) {
  const plans: WorkbookPlan[] = [];
  const spy: G = Object.create(gw);
  spy.apply = async (plan: WorkbookPlan) => {
    plans.push(plan);
    return gw.apply(plan);
  };
  return { gateway: spy, plans };
}

const commandOptions = {
  today: serialOf(2026, 12, 3), checkedAt: "2026-12-03 09:00 UTC", edition: "2022" as const,
};

let fake: FakeExcelHandle;

beforeEach(() => {
  fake = installFakeExcel({ sheets: [] });
});

afterEach(() => fake.uninstall());

/** Runs createOrUpgrade on both executors; returns the xlsx side with the plans it applied. */
async function bothCreate(xlsx: ReturnType<typeof recording<XlsxWorkbook>>, sample: boolean) {
  await createOrUpgrade(xlsx.gateway, { ...commandOptions, sample });
  return createOrUpgrade(new OfficeWorkbook(), { ...commandOptions, sample });
}

it("gives the same workbook from a hand-written plan with every feature", async () => {
  const xlsx = XlsxWorkbook.createEmpty("same.xlsx");
  const plan = createPlan(5);
  await xlsx.apply(plan);
  await new OfficeWorkbook().apply(plan);
  compareSheets(fake, xlsx, [plan]);
});

it("gives the same ISMS workbook from the create command", async () => {
  const xlsx = recording(XlsxWorkbook.createEmpty("same.xlsx"));
  await bothCreate(xlsx, true);
  compareSheets(fake, xlsx.gateway, xlsx.plans);
});

it("keeps the same things as the xlsx executor when upgrading an edited workbook", async () => {
  const xlsx = recording(XlsxWorkbook.createEmpty("same.xlsx"));
  await bothCreate(xlsx, true);

  // The same edits in both: a register deleted, a user's column and a changed value on Risks.
  const wb = xlsx.gateway.workbook;
  wb.removeWorksheet(wb.getWorksheet("Objectives")?.id ?? -1);
  fake.book.deleteSheet(fake.book.sheet("Objectives")!);
  const risks = wb.getWorksheet("Risks")!;
  const sheet = fake.book.sheet("Risks")!;
  const userCol = fake.book.table("Risks")!.box.c2 + 3;
  risks.getRow(1).getCell(userCol + 1).value = "My notes";
  risks.getRow(2).getCell(userCol + 1).value = "keep me";
  risks.getRow(2).getCell(2).value = "Edited risk";
  sheet.put(0, userCol, "My notes");
  sheet.put(1, userCol, "keep me");
  sheet.put(1, 1, "Edited risk");

  await bothCreate(xlsx, false);
  compareSheets(fake, xlsx.gateway, xlsx.plans);
  expect(sheet.valueAt(1, userCol)).toBe("keep me");
  expect(sheet.valueAt(1, 1)).toBe("Edited risk");
  expect(fake.book.table("Objectives")?.sheet.name).toBe("Objectives");
});

/**
 * A workbook begun by hand, written the same way into both: a Risks table with a column of
 * the user's in the middle (after Risk) and no Residual score, and a sheet of the user's.
 */
function handMadePlan(): WorkbookPlan {
  const headers = RISKS_SHEET.columns.map((c) => c.header).filter((h) => h !== "Residual score");
  headers.splice(2, 0, "My rating");
  const rows: CellValue[][] = [1, 2, 3].map((i) => headers.map((h) => ({
    ID: `R-00${i}`, Risk: `Risk ${i}`, "My rating": i === 2 ? "high" : i * 10,
    Likelihood: i, Impact: 4 - i, Treatment: "Modify", Status: "Open",
  } as Record<string, CellValue>)[h] ?? null));
  const last = columnLetter(headers.length - 1);
  return { sheets: [
    { name: "Budget", create: true, blocks: [{ address: "B2", cells: [["Item", "Cost"],
      ["Firewall", 1200], ["Training", "1,000"]] }] },
    { name: "Risks", create: true, blocks: [{ address: "A1", cells: [headers, ...rows] }],
      table: { name: "Risks", range: `A1:${last}4`, create: true, style: "TableStyleMedium2" } },
  ] };
}

it("keeps a user's column in the middle of Risks and a sheet of the user's, as xlsx does",
  async () => {
    const xlsx = recording(XlsxWorkbook.createEmpty("same.xlsx"));
    const start = handMadePlan();
    await xlsx.gateway.apply(start);
    await new OfficeWorkbook().apply(start);

    const outcome = await bothCreate(xlsx, false);

    compareSheets(fake, xlsx.gateway, xlsx.plans);
    const table = fake.book.table("Risks")!;
    expect(table.headers.slice(0, 4)).toEqual(["ID", "Risk", "My rating", "Assets"]);
    expect(table.headers).toContain("Residual score");
    const rating = table.headers.indexOf("My rating");
    expect(fake.book.sheet("Risks")?.valuesOf({ r1: 1, c1: rating, r2: 3, c2: rating }))
      .toEqual([[10], ["high"], [30]]);
    expect(fake.book.sheet("Budget")?.valueAt(3, 2)).toBe("1,000");
    expect(outcome.command).toBe("upgrade");
  });

it("changes nothing in either when create runs twice", async () => {
  const xlsx = recording(XlsxWorkbook.createEmpty("same.xlsx"));
  await bothCreate(xlsx, true);
  const plans = [...xlsx.plans];
  const before = snapshots(fake, xlsx.gateway, plans);
  const syncs = fake.syncCount;

  const again = await bothCreate(xlsx, false);

  expect(xlsx.plans).toEqual(plans);
  expect(fake.syncCount).toBe(syncs + 1);
  expect(again.done.join(" ")).toMatch(/nothing to change/);
  const after = snapshots(fake, xlsx.gateway, plans);
  expect(after).toEqual(before);
  for (const { sheet, mine, theirs } of after) {
    expect({ sheet, ...mine } as { sheet: string } & Snapshot).toEqual({ sheet, ...theirs });
  }
});
