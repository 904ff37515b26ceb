/**
 * The same plan applied by the Office.js executor (on the in-memory Excel) and by the xlsx
 * executor (on ExcelJS) gives the same sheets, tables, headers, values, formulas, dropdowns
 * and formats. Charts are left aside: only Excel draws them.
 */
import type { Worksheet } from "exceljs";
import { createOrUpgrade } from "../../src/core/commands";
import { parseRange } from "../../src/core/model/address";
import { serialOf } from "../../src/core/model/dates";
import { serialOfDateTime } from "../../src/xlsx/cellValue";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { OfficeWorkbook } from "../../src/office";
import { XlsxWorkbook } from "../../src/xlsx";
import { internals } from "../../src/xlsx/internals";
import { tablesOf } from "../../src/xlsx/tables";
import { installFakeExcel, type FakeExcelHandle, type SheetState } from "../support/fakeExcel";
import { createPlan } from "./plans";

/** What both executors must agree on, for one sheet. */
interface Snapshot {
  tables: { name: string; ref: string }[];
  cells: Record<string, { value: unknown; format: string }>;
  dropdowns: Record<string, string[]>;
  conditional: string[];
}

const CF_KIND: Record<string, string> = {
  dataBar: "dataBar", colorScale: "colorScale", cellIs: "textEquals",
  DataBar: "dataBar", ColorScale: "colorScale", CellValue: "textEquals",
};

/** The cells of the ranges `plan` writes on `sheet`: each block, table and number format. */
function rangesOf(plan: WorkbookPlan, sheet: string): string[] {
  const sp = plan.sheets.find((s) => s.name === sheet);
  if (!sp) return [];
  const blocks = sp.blocks.map((b) => {
    const { start } = parseRange(b.address);
    const width = Math.max(...b.cells.map((r) => r.length));
    return `${b.address}:${colLetters(start.col + width - 1)}${start.row + b.cells.length - 1}`;
  });
  return [...blocks, ...(sp.table ? [sp.table.range] : []),
    ...(sp.numberFormats ?? []).map((n) => n.range)];
}

function colLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function eachCell(ranges: string[], visit: (row: number, col: number, key: string) => void) {
  for (const range of ranges) {
    const { start, end } = parseRange(range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) visit(r, c, `${colLetters(c)}${r}`);
    }
  }
}

function xlsxSnapshot(ws: Worksheet, ranges: string[]): Snapshot {
  const cells: Snapshot["cells"] = {};
  eachCell(ranges, (r, c, key) => {
    const cell = ws.getRow(r).getCell(c + 1);
    const v = cell.value as unknown;
    let value: unknown = v ?? "";
    if (v instanceof Date) value = serialOfDateTime(v);
    else if (v && typeof v === "object" && "formula" in v) {
      value = `=${(v as { formula: string }).formula}`;
    }
    else if (v && typeof v === "object" && "richText" in v) {
      value = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
    }
    cells[key] = { value, format: cell.numFmt || "General" };
  });
  const dropdowns: Snapshot["dropdowns"] = {};
  for (const [ref, rule] of Object.entries(internals(ws).dataValidations.model)) {
    const source = String(rule?.formulae?.[0] ?? "").replace(/^"|"$/g, "");
    dropdowns[ref] = source.split(",");
  }
  return {
    tables: tablesOf(ws).map((t) => ({ name: t.name, ref: t.tableRef })),
    cells,
    dropdowns,
    conditional: internals(ws).conditionalFormattings.flatMap((e) =>
      e.rules.map((rule) => `${CF_KIND[String(rule.type)]} ${e.ref}`)).sort(),
  };
}

function fakeSnapshot(fake: FakeExcelHandle, sheet: SheetState, ranges: string[]): Snapshot {
  const cells: Snapshot["cells"] = {};
  eachCell(ranges, (r, c, key) => {
    const cell = sheet.cell(r - 1, c);
    const value = cell?.formula ?? cell?.value ?? "";
    cells[key] = { value, format: cell?.numberFormat ?? "General" };
  });
  const dropdowns: Snapshot["dropdowns"] = {};
  for (const v of sheet.validations) {
    dropdowns[v.address] = String(v.rule.list?.source).split(",");
  }
  return {
    tables: fake.book.tables.filter((t) => t.sheet === sheet)
      .map((t) => ({ name: t.name, ref: t.address })),
    cells,
    dropdowns,
    conditional: sheet.conditionalFormats.map((f) => `${CF_KIND[f.type]} ${f.address}`).sort(),
  };
}

/** Compares the sheets of `plan` (and every register table) in both workbooks. */
function compareSheets(fake: FakeExcelHandle, xlsx: XlsxWorkbook, plan: WorkbookPlan) {
  const names = xlsx.workbook.worksheets.map((w) => w.name);
  expect(fake.book.sheets.map((s) => s.name)).toEqual(names);
  const compared = { cells: 0, dropdowns: 0, formulas: 0, tables: 0, conditional: 0 };
  for (const sheet of fake.book.sheets) {
    const ws = xlsx.workbook.getWorksheet(sheet.name);
    if (!ws) throw new Error(`sheet ${sheet.name} missing`);
    const tables = fake.book.tables.filter((t) => t.sheet === sheet).map((t) => t.address);
    const ranges = [...rangesOf(plan, sheet.name), ...tables];
    const mine = fakeSnapshot(fake, sheet, ranges);
    const theirs = xlsxSnapshot(ws, ranges);
    expect({ sheet: sheet.name, ...mine }).toEqual({ sheet: sheet.name, ...theirs });
    const values = Object.values(mine.cells);
    compared.cells += values.filter((c) => c.value !== "").length;
    compared.formulas += values.filter((c) => String(c.value).startsWith("=")).length;
    compared.dropdowns += Object.keys(mine.dropdowns).length;
    compared.tables += mine.tables.length;
    compared.conditional += mine.conditional.length;
  }
  // The comparison must have had something to compare of each kind.
  for (const [kind, count] of Object.entries(compared)) {
    expect([kind, count > 0]).toEqual([kind, true]);
  }
}

/** A gateway that remembers the last plan it applied. */
function recording<G extends OfficeWorkbook | XlsxWorkbook>(gw: G) {
  const seen: { plan: WorkbookPlan | null } = { plan: null };
  const spy: G = Object.create(gw);
  spy.apply = async (plan: WorkbookPlan) => {
    seen.plan = plan;
    return gw.apply(plan);
  };
  return { gateway: spy, seen };
}

const commandOptions = {
  today: serialOf(2026, 12, 3), checkedAt: "2026-12-03 09:00 UTC", edition: "2022" as const,
};

let fake: FakeExcelHandle;

beforeEach(() => {
  fake = installFakeExcel({ sheets: [] });
});

afterEach(() => fake.uninstall());

it("gives the same workbook from a hand-written plan with every feature", async () => {
  const xlsx = XlsxWorkbook.createEmpty("same.xlsx");
  const plan = createPlan(5);
  await xlsx.apply(plan);
  await new OfficeWorkbook().apply(plan);
  compareSheets(fake, xlsx, plan);
});

it("gives the same ISMS workbook from the create command", async () => {
  const xlsx = recording(XlsxWorkbook.createEmpty("same.xlsx"));
  await createOrUpgrade(xlsx.gateway, { ...commandOptions, sample: true });
  await createOrUpgrade(new OfficeWorkbook(), { ...commandOptions, sample: true });
  if (!xlsx.seen.plan) throw new Error("the command wrote nothing");
  compareSheets(fake, xlsx.gateway, xlsx.seen.plan);
});

it("keeps the same things as the xlsx executor when upgrading an edited workbook", async () => {
  const xlsx = recording(XlsxWorkbook.createEmpty("same.xlsx"));
  await createOrUpgrade(xlsx.gateway, { ...commandOptions, sample: true });
  await createOrUpgrade(new OfficeWorkbook(), { ...commandOptions, sample: true });

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

  xlsx.seen.plan = null;
  await createOrUpgrade(xlsx.gateway, { ...commandOptions, sample: false });
  await createOrUpgrade(new OfficeWorkbook(), { ...commandOptions, sample: false });
  if (!xlsx.seen.plan) throw new Error("the upgrade wrote nothing");
  compareSheets(fake, xlsx.gateway, xlsx.seen.plan);
  expect(sheet.valueAt(1, userCol)).toBe("keep me");
  expect(sheet.valueAt(1, 1)).toBe("Edited risk");
  expect(fake.book.table("Objectives")?.sheet.name).toBe("Objectives");
});
