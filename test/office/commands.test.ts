/** Every command runs through the Office.js executor: one read sync and one write sync. */
import { readFileSync } from "fs";
import path from "path";
import { check, createOrUpgrade, fix, rebuildDashboard } from "../../src/core/commands";
import { serialOf } from "../../src/core/model/dates";
import { REGISTERS, RISKS_SHEET } from "../../src/core/schema/sheets";
import { OfficeWorkbook } from "../../src/office";
import { installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";
import { seedWorkbook } from "../support/fakeExcel/seed";

const today = serialOf(2026, 12, 3);
const opts = { today, checkedAt: "2026-12-03 09:00 UTC" };
let fake: FakeExcelHandle;

beforeEach(() => {
  fake = installFakeExcel({ sheets: ["Sheet1"] });
});

afterEach(() => fake.uninstall());

/** Creates the ISMS sheets (with the sample ISMS) and zeroes the counters. */
async function created(sample = true) {
  const outcome = await createOrUpgrade(new OfficeWorkbook(), { ...opts, edition: "2022", sample });
  fake.resetCounters();
  return outcome;
}

describe("create", () => {
  it("creates every register as a table, the Dashboard first with charts, in 2 syncs", async () => {
    const outcome = await createOrUpgrade(new OfficeWorkbook(), {
      ...opts, edition: "2022", sample: true,
    });

    expect(fake.syncCount).toBe(2);
    expect(outcome.command).toBe("create");
    expect(fake.book.sheets[0].name).toBe("Dashboard");
    for (const spec of REGISTERS) {
      const table = fake.book.table(spec.table);
      expect(table?.sheet.name).toBe(spec.sheet);
      expect(table?.headers).toEqual(spec.columns.map((c) => c.header));
      expect(table?.sheet.frozenRows).toBe(1);
    }
    expect(fake.book.sheet("Dashboard")?.charts.length).toBeGreaterThan(0);
    expect(fake.book.sheet("Risks")?.validations.length).toBeGreaterThan(0);
    expect(fake.book.active?.name).toBe("Dashboard");
  });
});

describe("upgrade", () => {
  it("changes nothing when run twice, reading once", async () => {
    await created();
    const layout = () => fake.book.sheets.map((s) => [
      s.name, fake.book.tables.filter((t) => t.sheet === s).map((t) => t.address),
    ]);
    const before = layout();
    const outcome = await createOrUpgrade(new OfficeWorkbook(), {
      ...opts, edition: "2022", sample: false,
    });
    expect(fake.syncCount).toBe(1);
    expect(outcome.done.join(" ")).toMatch(/nothing to change/);
    expect(layout()).toEqual(before);
  });

  it("brings back a deleted register, keeps the others' rows and a user's column", async () => {
    await created();
    const risks = fake.book.sheet("Risks")!;
    const riskTable = fake.book.table("Risks")!;
    const userCol = riskTable.box.c2 + 2;
    risks.put(0, userCol, "My notes");
    risks.put(1, userCol, "keep me");
    const riskId = risks.valueAt(1, 0);
    fake.book.deleteSheet(fake.book.sheet("Objectives")!);
    fake.resetCounters();

    const outcome = await createOrUpgrade(new OfficeWorkbook(), {
      ...opts, edition: "2022", sample: false,
    });

    expect(fake.syncCount).toBe(2);
    expect(outcome.command).toBe("upgrade");
    expect(fake.book.table("Objectives")?.sheet.name).toBe("Objectives");
    expect(risks.valueAt(1, 0)).toBe(riskId);
    expect(risks.valueAt(1, userCol)).toBe("keep me");
    expect(fake.book.table("Risks")?.address).toBe(riskTable.address);
  });
});

describe("check", () => {
  it("reads in one sync and changes nothing", async () => {
    await created();
    const result = await check(new OfficeWorkbook(), opts);
    expect(fake.syncCount).toBe(1);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(fake.requestBytes).toEqual([0]);
  });
});

describe("fix", () => {
  it("fills a missing risk ID in one read and one write", async () => {
    await created();
    const risks = fake.book.sheet("Risks")!;
    risks.put(2, 0, "");
    fake.resetCounters();

    const outcome = await fix(new OfficeWorkbook(), opts);

    expect(fake.syncCount).toBe(2);
    const change = outcome.changes.find((c) => c.sheet === "Risks" && c.cell === "A3");
    expect(change).toBeDefined();
    expect(risks.valueAt(2, 0)).toBe(change?.value);
    expect(String(risks.valueAt(2, 0))).toMatch(/^R-\d{3}$/);
  });
});

describe("dashboard", () => {
  it("rebuilds the Dashboard in two syncs without doubling its charts", async () => {
    await created();
    const charts = fake.book.sheet("Dashboard")!.charts.map((c) => c.name);
    const formats = fake.book.sheet("Dashboard")!.conditionalFormats.length;

    await rebuildDashboard(new OfficeWorkbook(), opts);

    expect(fake.syncCount).toBe(2);
    expect(fake.book.sheet("Dashboard")?.charts.map((c) => c.name)).toEqual(charts);
    expect(fake.book.sheet("Dashboard")?.conditionalFormats).toHaveLength(formats);
    expect(fake.book.sheets[0].name).toBe("Dashboard");
  });
});

describe("on the oldest Excel the manifest admits", () => {
  const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  const minimum = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)?.[1] ?? "";

  it("runs every command with no API newer than the manifest's ExcelApi", async () => {
    fake.uninstall();
    fake = installFakeExcel({ sheets: ["Sheet1"], excelApi: minimum });
    expect(minimum).toBe("1.13");
    await createOrUpgrade(new OfficeWorkbook(), { ...opts, edition: "2022", sample: true });
    // Risks without its Notes column: the upgrade widens the table (Table.resize, ExcelApi 1.13).
    const risks = fake.book.sheet("Risks")!;
    const table = fake.book.table("Risks")!;
    risks.clear({ ...table.box, c1: table.box.c2 }, true);
    table.box = { ...table.box, c2: table.box.c2 - 1 };
    fake.book.sheet("Risks")!.put(2, 0, "");

    const upgrade = await createOrUpgrade(new OfficeWorkbook(), {
      ...opts, edition: "2022", sample: false,
    });
    await check(new OfficeWorkbook(), opts);
    const fixed = await fix(new OfficeWorkbook(), opts);
    await rebuildDashboard(new OfficeWorkbook(), opts);

    expect(upgrade.command).toBe("upgrade");
    expect(fake.book.table("Risks")?.headers.at(-1)).toBe("Notes");
    expect(fixed.changes.some((c) => c.sheet === "Risks" && c.cell === "A3")).toBe(true);
    expect(fake.book.sheet("Dashboard")?.charts.length).toBeGreaterThan(0);
  });
});

describe("a register table the user renamed", () => {
  it("is found by its sheet and kept, its formulas naming it, at one extra read sync", async () => {
    await created();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Risks").name = "MyRisks";
      await context.sync();
    });
    fake.resetCounters();

    const raw = await new OfficeWorkbook().read();
    expect(fake.syncCount).toBe(2);
    expect(raw.sheets.find((s) => s.name === "Risks")?.table?.name).toBe("MyRisks");

    await rebuildDashboard(new OfficeWorkbook(), opts);
    expect(fake.book.table("Risks")).toBeUndefined();
    const dashboard = fake.book.sheet("Dashboard");
    const box = dashboard?.usedBox(false, []);
    const formulas = dashboard && box ?
        dashboard.formulasOf(box).flat().map(String).filter((f) => f.startsWith("="))
      : [];
    expect(formulas.some((f) => f.includes("MyRisks[Likelihood]"))).toBe(true);
    expect(formulas.some((f) => /(^|[^y])Risks\[/.test(f))).toBe(false);
  });
});

describe("a register table with the user's cells beside it", () => {
  it("is left as it is inside Excel too, the cells kept and the reason given", async () => {
    const headers = RISKS_SHEET.columns.map((c) => c.header).filter((h) => h !== "Notes");
    const row = headers.map((h) => (h === "ID" ? "R-001" : null));
    seedWorkbook(fake.book, {
      sheetNames: ["Risks"],
      sheets: [{
        name: "Risks", table: { name: "Risks", address: "A1:R2" },
        values: [[...headers, "My working"], [...row, 42]],
      }],
    });
    const outcome = await createOrUpgrade(new OfficeWorkbook(), {
      ...opts, edition: "2022", sample: false,
    });
    const risks = fake.book.sheet("Risks");
    expect(risks?.valuesOf({ r1: 0, c1: 18, r2: 1, c2: 18 })).toEqual([["My working"], [42]]);
    expect(fake.book.table("Risks")?.address).toMatch(/A1:R2$/);
    expect(outcome.done.join(" ")).toMatch(/Risks: left as it is, since S1/);
  });
});
