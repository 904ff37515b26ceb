import { STEP_2_RULES } from "../../../../src/core/rules/step2";

describe("STEP_2_RULES", () => {
  it("lists every step 2 rule of RULES.md with its severity", () => {
    expect(STEP_2_RULES.map((r) => [r.id, r.step, r.severity])).toEqual([
      ["settings/go-live-missing", "2", "error"],
      ["settings/go-live-too-late", "2", "error"],
      ["settings/stage2-evidence-too-short", "2", "error"],
      ["settings/stage2-before-stage1", "2", "error"],
      ["settings/stage2-too-soon", "2", "warning"],
    ]);
  });
});
