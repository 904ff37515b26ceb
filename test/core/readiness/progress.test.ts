import { stepProgress } from "../../../src/core/readiness/progress";

describe("stepProgress", () => {
  it("sums every rule's checks by step, rounds the percentage, and shows all six steps", () => {
    expect(stepProgress([
      { step: "1A", checked: 4, failed: 1 },
      { step: "1A", checked: 2, failed: 0 },
      { step: "2", checked: 3, failed: 2 },
      { step: "4", checked: 12, failed: 0 },
      { step: "3", checked: 0, failed: 0 },
    ])).toEqual([
      { step: "1A", percent: 83, passed: 5, checked: 6 },
      { step: "1B", percent: 0, passed: 0, checked: 0 },
      { step: "1C", percent: 0, passed: 0, checked: 0 },
      { step: "2", percent: 33, passed: 1, checked: 3 },
      { step: "3", percent: 0, passed: 0, checked: 0 },
      { step: "4", percent: 100, passed: 12, checked: 12 },
    ]);
  });

  it("shows 99 %, not 100 %, while a single check of a step still fails", () => {
    const [first] = stepProgress([{ step: "1A", checked: 400, failed: 1 }]);
    expect(first.percent).toBe(99);
  });

  it("never counts more failures than checks, nor negative counts", () => {
    const [first] = stepProgress([
      { step: "1A", checked: 2, failed: 5 },
      { step: "1A", checked: -3, failed: -1 },
    ]);
    expect(first).toEqual({ step: "1A", percent: 0, passed: 0, checked: 2 });
  });
});
