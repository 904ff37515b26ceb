import { bigRawWorkbook } from "../../../bench/generate";
import { ANNEX_A_2022 } from "../../../src/core/catalogue";
import { readIsms } from "../../../src/core/read";

describe("the benchmark workbook", () => {
  const isms = readIsms(bigRawWorkbook({ risks: 60, assets: 40, improvements: 12 }));

  test("reads without a single cell finding", () => {
    expect(isms.findings).toEqual([]);
  });

  test("holds the rows asked for and the full SoA", () => {
    expect(isms.risks.rows).toHaveLength(60);
    expect(isms.assets.rows).toHaveLength(40);
    expect(isms.improvements.rows).toHaveLength(12);
    expect(isms.soa.rows.map((r) => r.control)).toEqual(ANNEX_A_2022.map((c) => c.id));
  });

  test("names one to three existing assets and controls in every risk", () => {
    const assets = new Set(isms.assets.rows.map((a) => a.id));
    const controls = new Set(ANNEX_A_2022.map((c) => c.id));
    for (const risk of isms.risks.rows) {
      expect(risk.assets.length).toBeGreaterThanOrEqual(1);
      expect(risk.assets.length).toBeLessThanOrEqual(3);
      expect(risk.controls.length).toBeGreaterThanOrEqual(1);
      expect(risk.controls.length).toBeLessThanOrEqual(3);
      for (const a of risk.assets) expect(assets.has(a)).toBe(true);
      for (const c of risk.controls) expect(controls.has(c)).toBe(true);
      expect(risk.score).toBe((risk.likelihood ?? NaN) * (risk.impact ?? NaN));
    }
  });

  test("carries the settings it was written with", () => {
    expect(isms.settings).toMatchObject({ organisation: "Northwind Ltd", edition: "2022" });
    expect(isms.settings.goLive).not.toBeNull();
  });
});
