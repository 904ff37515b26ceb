import { STEP_1C_RULES } from "../../../../src/core/rules/step1c";

describe("STEP_1C_RULES", () => {
  it("lists every step 1C rule of RULES.md with its severity", () => {
    expect(STEP_1C_RULES.map((r) => [r.id, r.step, r.severity])).toEqual([
      ["soa/control-missing", "1C", "error"],
      ["soa/control-duplicate", "1C", "error"],
      ["soa/control-unknown", "1C", "error"],
      ["soa/applicable-missing", "1C", "error"],
      ["soa/justification-missing", "1C", "error"],
      ["soa/reasons-missing", "1C", "warning"],
      ["risk/control-excluded", "1C", "error"],
      ["soa/status-mismatch", "1C", "warning"],
      ["objective/incomplete", "1C", "error"],
      ["requirements/1c-not-done", "1C", "warning"],
    ]);
  });
});
