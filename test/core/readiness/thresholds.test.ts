import fc from "fast-check";
import {
  answerOf, isOverdue, latestGoLive, earliestStage2, reviewCutoff, reviewedWithin, stage2IsNear,
} from "../../../src/core/readiness/thresholds";
import * as dates from "../../../src/core/model/dates";
import { addMonths, isoOf } from "../../../src/core/model/dates";
import { day } from "../../support/isms";

describe("the readiness thresholds", () => {
  it("puts the latest go-live one calendar month before Stage 1, clamped to month ends", () => {
    expect(isoOf(latestGoLive(day("2027-02-15")))).toBe("2027-01-15");
    expect(isoOf(latestGoLive(day("2027-03-31")))).toBe("2027-02-28");
  });

  it("puts the earliest Stage 2 two calendar months after go-live", () => {
    expect(isoOf(earliestStage2(day("2026-10-31")))).toBe("2026-12-31");
    expect(isoOf(earliestStage2(day("2026-12-31")))).toBe("2027-02-28");
  });

  it("counts Stage 2 as near from 30 days before it, and after it", () => {
    const stage2 = day("2027-01-02");
    expect(stage2IsNear(stage2, day("2026-12-02"))).toBe(false);
    expect(stage2IsNear(stage2, day("2026-12-03"))).toBe(true);
    expect(stage2IsNear(stage2, day("2027-02-01"))).toBe(true);
    expect(stage2IsNear(null, day("2027-02-01"))).toBe(false);
  });

  it("keeps a review within its interval up to the same day of the month, not a day after", () => {
    const reviewed = day("2025-12-03");
    expect(reviewedWithin(reviewed, 12, day("2026-12-03"))).toBe(true);
    expect(reviewedWithin(reviewed, 12, day("2026-12-04"))).toBe(false);
    expect(reviewedWithin(null, 12, day("2026-12-04"))).toBe(false);
    expect(reviewedWithin(NaN, 12, day("2026-12-04"))).toBe(false);
  });

  it("finds the review cut-off that agrees with reviewedWithin on every day", () => {
    const start = day("2024-01-01");
    fc.assert(fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: -4, max: 4 }),
      fc.integer({ min: 1, max: 60 }), (t, near, months) => {
        const today = start + t;
        const last = addMonths(today, -months) + near;
        const cutoff = reviewCutoff(months, today);
        expect(last >= cutoff).toBe(reviewedWithin(last, months, today));
      }), { numRuns: 2000 });
  });

  it("finds a review cut-off in few steps even for an interval no reader lets through", () => {
    // A negative or vast interval sends the first guess far from today; the search must not
    // walk back day by day (a run once took minutes).
    const today = day("2026-12-04");
    const counted = jest.spyOn(dates, "addMonths");
    for (const months of [-1_000_000, 1_000_000, 1e300, -1e300, NaN]) {
      counted.mockClear();
      expect(typeof reviewCutoff(months, today)).toBe("number");
      expect(counted.mock.calls.length).toBeLessThanOrEqual(64);
    }
    counted.mockRestore();
  });

  it("calls an improvement overdue only when not Done and due before today", () => {
    const today = day("2026-12-03");
    expect(isOverdue("Open", day("2026-12-02"), today)).toBe(true);
    expect(isOverdue("Open", today, today)).toBe(false);
    expect(isOverdue("done", day("2026-12-02"), today)).toBe(false);
    expect(isOverdue("", day("2026-12-02"), today)).toBe(true);
    expect(isOverdue("Open", null, today)).toBe(false);
  });

  it("answers Yes when all pass, Partly when some do, No when none or nothing", () => {
    expect([answerOf(3, 3), answerOf(1, 3), answerOf(0, 3), answerOf(0, 0)])
      .toEqual(["yes", "partly", "no", "no"]);
  });
});
