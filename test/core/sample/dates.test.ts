import { addMonths, serialOf } from "../../../src/core/model/dates";
import { specOf, type RegisterKey } from "../../../src/core/schema";
import { sampleIsms, type SampleIsms } from "../../../src/core/sample";

type Key = Exclude<keyof SampleIsms, "settings">;
const KEYS: Key[] = [
  "context", "requirements", "assets", "risks", "soa", "improvements", "objectives", "audits",
  "incidents", "training",
];

/** Every date of a sample as [where, serial], settings first, in a stable order. */
function datesOf(sample: SampleIsms): [string, number][] {
  const found: [string, number][] = [];
  for (const key of ["goLive", "stage1", "stage2"] as const) {
    found.push([`settings.${key}`, sample.settings[key] as number]);
  }
  for (const key of KEYS) {
    const dateKeys = specOf(key as RegisterKey).columns.filter((c) => c.type === "date");
    (sample[key] as unknown as Record<string, unknown>[]).forEach((row, i) => {
      for (const col of dateKeys) {
        const v = row[col.key];
        if (v !== null) found.push([`${key}[${i}].${col.key}`, v as number]);
      }
    });
  }
  return found;
}

const DAYS = [
  serialOf(2026, 12, 3), serialOf(2027, 1, 31), serialOf(2028, 2, 29), serialOf(2025, 6, 30),
];

describe("the sample's dates", () => {
  it("are whole serial days", () => {
    const dates = datesOf(sampleIsms(DAYS[0]));
    expect(dates.length).toBeGreaterThan(150);
    for (const [where, v] of dates) expect([where, Number.isInteger(v)]).toEqual([where, true]);
  });

  it("move with today, keeping their distance from it within a few days", () => {
    const one = datesOf(sampleIsms(DAYS[0]));
    const two = datesOf(sampleIsms(DAYS[0] + 400));
    expect(two.map(([w]) => w)).toEqual(one.map(([w]) => w));
    one.forEach(([where, v], i) => {
      const shift = two[i][1] - v;
      expect([where, Math.abs(shift - 400) <= 3]).toEqual([where, true]);
    });
  });

  it("put go-live about three weeks ago, Stage 1 in three weeks, Stage 2 in 2.5 months", () => {
    for (const today of DAYS) {
      const s = sampleIsms(today).settings;
      const [goLive, stage1, stage2] = [s.goLive, s.stage1, s.stage2] as number[];
      expect(goLive - today).toBe(-21);
      expect(stage1 - today).toBe(21);
      expect(stage2 - today).toBeGreaterThanOrEqual(70);
      expect(stage2 - today).toBeLessThanOrEqual(80);
    }
  });

  it("meet the ARM timing: go-live a month before Stage 1, two months before Stage 2", () => {
    for (const today of DAYS) {
      const s = sampleIsms(today).settings;
      const [goLive, stage1, stage2] = [s.goLive, s.stage1, s.stage2] as number[];
      expect(goLive).toBeLessThanOrEqual(addMonths(stage1, -1));
      expect(addMonths(goLive, 2)).toBeLessThanOrEqual(stage2);
      expect(stage2 - stage1).toBeGreaterThanOrEqual(21);
    }
  });

  it("record work as done only on or before today", () => {
    for (const today of DAYS) {
      const sample = sampleIsms(today);
      const done = [
        ...sample.improvements.map((i) => i.doneOn), ...sample.audits.map((a) => a.doneOn),
        ...sample.training.map((t) => t.doneOn), ...sample.incidents.map((i) => i.closedOn),
        ...sample.incidents.map((i) => i.reportedOn), ...sample.risks.map((r) => r.lastReviewed),
        ...sample.risks.map((r) => r.acceptedOn), ...sample.soa.map((r) => r.lastReviewed),
        ...sample.requirements.map((r) => r.lastReviewed),
        ...sample.assets.map((a) => a.lastReviewed),
        ...sample.objectives.map((o) => o.lastMeasured),
      ].filter((v): v is number => v !== null);
      for (const v of done) expect(v).toBeLessThanOrEqual(today);
    }
  });

  it("drops the time of day from a today that carries one", () => {
    const plain = datesOf(sampleIsms(DAYS[0]));
    const noon = datesOf(sampleIsms(DAYS[0] + 0.5));
    expect(noon).toEqual(plain);
  });
});
