/**
 * Every command through the Office.js executor on registers of 100, 1,000 and 10,000 risks:
 * one read sync and one write sync each (check: the read only), and the workbook it leaves.
 * One workbook per size goes through the commands in turn, as a person would run them.
 */
import { bigRawWorkbook } from "../../bench/generate";
import { check, createOrUpgrade, fix, rebuildDashboard } from "../../src/core/commands";
import { serialOf } from "../../src/core/model/dates";
import { DASHBOARD_TITLE } from "../../src/core/plan/dashboard";
import { RISKS_SHEET } from "../../src/core/schema/sheets";
import { OfficeWorkbook } from "../../src/office";
import { installFakeExcel, seedWorkbook, type FakeExcelHandle } from "../support/fakeExcel";

const opts = { today: serialOf(2026, 4, 15), checkedAt: "2026-04-15 09:00 UTC" };
const SCORE = RISKS_SHEET.columns.findIndex((c) => c.key === "score");
const SCORE_FORMULA = RISKS_SHEET.columns[SCORE].formula;
const RESIDUAL = RISKS_SHEET.columns.findIndex((c) => c.key === "residualScore");

/** The formulas on the Dashboard, which count over the register tables. */
function dashboardFormulas(fake: FakeExcelHandle): string[] {
  const dashboard = fake.book.sheet("Dashboard");
  const box = dashboard?.usedBox(true, []);
  if (!dashboard || !box) return [];
  return dashboard.formulasOf(box).flat().map(String).filter((f) => f.startsWith("="));
}

describe.each([100, 1_000, 10_000])("with %i risks", (risks) => {
  let fake: FakeExcelHandle;

  beforeAll(() => {
    fake = installFakeExcel({ sheets: ["Sheet1"] });
    // The large registers begun by hand: create adds every other sheet around them.
    const full = bigRawWorkbook({
      risks, assets: Math.ceil(risks / 5), improvements: Math.ceil(risks / 10),
    });
    // Risks as a person may have begun it: Score typed as a formula, no Residual score column.
    const big = new Set(["Risks", "Assets", "Improvements"]);
    const sheets = full.sheets.filter((s) => big.has(s.name)).map((s) => s.name !== "Risks" ? s
      : {
        ...s,
        table: null,
        values: s.values.map((row, i) => row
          .map((cell, j) => (i > 0 && j === SCORE ? SCORE_FORMULA : cell))
          .filter((_, j) => j !== RESIDUAL)),
      });
    seedWorkbook(fake.book, { ...full, sheets });
  });

  afterAll(() => fake.uninstall());

  beforeEach(() => fake.resetCounters());

  it("creates the missing sheets, tables, columns and the Dashboard in one read and one write",
    async () => {
      const outcome = await createOrUpgrade(new OfficeWorkbook(), {
        ...opts, edition: "2022", sample: false,
      });

      expect(fake.syncCount).toBe(2);
      expect(outcome.done).toEqual(expect.arrayContaining([
        "Created sheet Dashboard", "Created sheet SoA", "Added to Risks the missing column " +
          "Residual score.", `Created table Risks over Risks!A1:S${risks + 1}`,
        `Wrote formulas in Risks!S2:S${risks + 1}`,
      ]));
      const table = fake.book.table("Risks");
      expect(table?.box.r2).toBe(risks);
      const sheet = fake.book.sheet("Risks");
      const at = (header: string) => table?.headers.indexOf(header) ?? -1;
      const value = (header: string) => sheet?.valueAt(risks, at(header));
      expect(sheet?.cell(risks, at("Score"))?.formula).toBe(SCORE_FORMULA);
      expect(value("Score")).toBe(Number(value("Likelihood")) * Number(value("Impact")));
      expect(sheet?.cell(risks, at("Residual score"))?.formula).toBe(
        RISKS_SHEET.columns[RESIDUAL].formula);
      expect(fake.book.sheet("Dashboard")?.valueAt(0, 0)).toBe(DASHBOARD_TITLE);
      expect(dashboardFormulas(fake).some((f) => f.includes("COUNTIFS(Risks[Likelihood]")))
        .toBe(true);
      expect(fake.book.stats.calculations).toEqual([{ sync: 2, type: "Recalculate" }]);
    });

  it("upgrades a workbook that lost a register in one read and one write", async () => {
    fake.book.deleteSheet(fake.book.sheet("Training")!);

    const outcome = await createOrUpgrade(new OfficeWorkbook(), {
      ...opts, edition: "2022", sample: false,
    });

    expect(fake.syncCount).toBe(2);
    expect(outcome.command).toBe("upgrade");
    expect(fake.book.table("Training")?.sheet.name).toBe("Training");
    expect(fake.book.table("Risks")?.box.r2).toBe(risks);
  });

  it("checks in one read and writes nothing", async () => {
    const result = await check(new OfficeWorkbook(), opts);

    expect(fake.syncCount).toBe(1);
    expect(fake.requestBytes).toEqual([0]);
    expect(result.readiness.counts["heatmap.inherent.5.5"]).toBeGreaterThan(0);
  });

  it("fixes a risk without its ID in one read and one write", async () => {
    const sheet = fake.book.sheet("Risks")!;
    sheet.put(risks, 0, "");

    const outcome = await fix(new OfficeWorkbook(), opts);

    expect(fake.syncCount).toBe(2);
    const change = outcome.changes.find((c) => c.sheet === "Risks" && c.cell === `A${risks + 1}`);
    expect(change?.value).toMatch(/^R-\d{3,}$/);
    expect(sheet.valueAt(risks, 0)).toBe(change?.value);
  });

  it("rebuilds the Dashboard in one read and one write", async () => {
    const charts = fake.book.sheet("Dashboard")?.charts.map((c) => c.name);
    const formulas = dashboardFormulas(fake);

    await rebuildDashboard(new OfficeWorkbook(), opts);

    expect(fake.syncCount).toBe(2);
    expect(fake.book.sheet("Dashboard")?.charts.map((c) => c.name)).toEqual(charts);
    expect(dashboardFormulas(fake)).toEqual(formulas);
  });
});
