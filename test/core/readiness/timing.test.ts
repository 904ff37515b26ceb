import { timingOf, wholeMonths } from "../../../src/core/readiness/timing";
import { day, settingsOf } from "../../support/isms";

describe("timingOf", () => {
  it("gives days to each audit and the step 2 checks when every date is set", () => {
    const settings = settingsOf({
      goLive: day("2026-09-01"), stage1: day("2026-10-01"), stage2: day("2026-11-01"),
    });
    expect(timingOf(settings, day("2026-09-15"))).toEqual({
      goLive: "2026-09-01", stage1: "2026-10-01", stage2: "2026-11-01",
      daysToStage1: 16, daysToStage2: 47, latestGoLive: "2026-09-01", goLiveOk: true,
      evidenceMonths: 2, evidenceOk: true, stageGapDays: 31, stageGapOk: true,
      stage2Near: false,
    });
  });

  it("fails go-live a day after one month before Stage 1", () => {
    const settings = settingsOf({ goLive: day("2026-09-02"), stage1: day("2026-10-01") });
    expect(timingOf(settings, day("2026-09-15")).goLiveOk).toBe(false);
  });

  it("fails evidence a day short of two months, with one whole month counted", () => {
    const settings = settingsOf({ goLive: day("2026-09-01"), stage2: day("2026-10-31") });
    const t = timingOf(settings, day("2026-09-15"));
    expect([t.evidenceMonths, t.evidenceOk]).toEqual([1, false]);
  });

  it("marks Stage 2 near at exactly 30 days away, not at 31", () => {
    const settings = settingsOf({ stage2: day("2027-01-02") });
    expect(timingOf(settings, day("2026-12-03")).stage2Near).toBe(true);
    expect(timingOf(settings, day("2026-12-02")).stage2Near).toBe(false);
  });

  it("fails a Stage 2 twenty days after Stage 1 and passes twenty-one", () => {
    const at = (s2: string) =>
      timingOf(settingsOf({ stage1: day("2027-02-01"), stage2: day(s2) }), day("2026-12-03"));
    expect(at("2027-02-21").stageGapOk).toBe(false);
    expect(at("2027-02-22").stageGapOk).toBe(true);
  });

  it("leaves every check open (null) while the dates are not set or unreadable", () => {
    const t = timingOf(settingsOf({ goLive: NaN }), day("2026-12-03"));
    expect(t).toEqual({
      goLive: "", stage1: "", stage2: "", daysToStage1: null, daysToStage2: null,
      latestGoLive: "", goLiveOk: null, evidenceMonths: null, evidenceOk: null,
      stageGapDays: null, stageGapOk: null, stage2Near: false,
    });
  });
});

describe("wholeMonths", () => {
  it.each([
    ["2026-01-31", "2026-02-28", 1],
    ["2026-01-31", "2026-02-27", 0],
    ["2026-03-15", "2027-03-15", 12],
    ["2026-03-15", "2027-03-14", 11],
    ["2026-03-15", "2026-03-01", 0],
  ])("from %s to %s is %i", (from, to, months) => {
    expect(wholeMonths(day(from), day(to))).toBe(months);
  });
});
