import { STEP_3_RULES } from "../../../../src/core/rules/step3";

describe("STEP_3_RULES", () => {
  it("lists every step 3 rule of RULES.md with its severity", () => {
    expect(STEP_3_RULES.map((r) => [r.id, r.step, r.severity])).toEqual([
      ["improvement/incomplete", "3", "error"],
      ["improvement/late-for-audit", "3", "error"],
      ["improvement/overdue", "3", "warning"],
      ["improvement/deferral-unaccepted", "3", "error"],
      ["improvement/done-without-date", "3", "warning"],
    ]);
  });
});
