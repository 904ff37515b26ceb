/** One sync to read and one to write, whatever the number of rows, unless a write is too big. */
import { OfficeWorkbook } from "../../src/office";
import { installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";
import { RISKS_SHEET } from "../../src/core/schema/sheets";
import { createPlan, RISK_HEADERS, riskColumn } from "./plans";

let fake: FakeExcelHandle;

beforeEach(() => {
  fake = installFakeExcel({ sheets: ["Sheet1"] });
});

afterEach(() => fake.uninstall());

describe.each([100, 1_000, 10_000])("with %i risks", (risks) => {
  it("writes in one sync and reads in one sync", async () => {
    await new OfficeWorkbook().apply(createPlan(risks));
    expect(fake.syncCount).toBe(1);
    expect(fake.book.table("Risks")?.address).toBe(`A1:${riskColumn("Notes")}${risks + 1}`);

    fake.resetCounters();
    const raw = await new OfficeWorkbook().read();
    expect(fake.syncCount).toBe(1);
    const read = raw.sheets.find((s) => s.name === "Risks")?.values ?? [];
    expect(read).toHaveLength(risks + 1);
    const score = RISK_HEADERS.indexOf("Score");
    expect(fake.book.sheet("Risks")?.cell(risks, score)?.formula).toBe(
      RISKS_SHEET.columns[score].formula);
    expect(read[risks][RISK_HEADERS.indexOf("ID")]).toBe(`R-${String(risks).padStart(3, "0")}`);
  });

  it("suspends calculation during a large write and recalculates at its end", async () => {
    await new OfficeWorkbook().apply(createPlan(risks));
    expect(fake.book.stats.calculationSuspended).toEqual([1]);
    expect(fake.book.stats.calculations).toEqual([{ sync: 1, type: "Recalculate" }]);
    expect(fake.syncCount).toBe(1);
  });
});

describe("a write over the payload limit", () => {
  it("goes in bands of whole rows, each sync under the limit", async () => {
    const limit = 200_000;
    fake.book.requestLimitBytes = limit;
    const report = await new OfficeWorkbook({ payloadLimit: 180_000 }).apply(createPlan(3_000));

    const total = fake.requestBytes.reduce((a, b) => a + b, 0);
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(fake.syncCount).toBeLessThanOrEqual(Math.ceil(total / 180_000) + 1);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(limit);
    const last = riskColumn("Notes");
    const bands = report.done
      .filter((line) => line.startsWith("Wrote Risks!"))
      .map((line) => /^Wrote Risks!A(\d+):([A-Z]+)(\d+)$/.exec(line));
    expect(bands.length).toBeGreaterThan(1);
    let next = 1;
    for (const band of bands) {
      expect(band?.[2]).toBe(last);
      expect(Number(band?.[1])).toBe(next);
      next = Number(band?.[3]) + 1;
    }
    expect(next).toBe(3002);
    expect(fake.book.table("Risks")?.address).toBe(`A1:${last}3001`);
    const sheet = fake.book.sheet("Risks");
    expect(sheet?.valueAt(3000, 0)).toBe("R-3000");
    expect(sheet?.valueAt(1500, 0)).toBe("R-1500");
    const score = RISK_HEADERS.indexOf("Score");
    const formulas = new Set([1, 1500, 1501, 3000].map((r) => sheet?.cell(r, score)?.formula));
    expect([...formulas]).toEqual([RISKS_SHEET.columns[score].formula]);
  });

  it("recalculates once, in the last sync, and leaves a small write to Excel", async () => {
    fake.book.requestLimitBytes = 200_000;
    await new OfficeWorkbook({ payloadLimit: 180_000 }).apply(createPlan(3_000));
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(fake.book.stats.calculations).toEqual([{ sync: fake.syncCount, type: "Recalculate" }]);

    fake.resetCounters();
    await new OfficeWorkbook().apply({ sheets: [{
      name: "Risks", create: false, blocks: [{ address: "B2", cells: [["Flood"]] }],
    }] });
    expect(fake.book.stats.calculationSuspended).toEqual([]);
    expect(fake.book.stats.calculations).toEqual([]);
  });

  it("splits a write above 5 MB without being told a smaller limit", async () => {
    const plan = createPlan(40_000);
    await new OfficeWorkbook().apply(plan);
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(fake.book.table("Risks")?.address).toBe(`A1:${riskColumn("Notes")}40001`);
  });
});
