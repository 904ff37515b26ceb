import rule from "../../../../src/core/rules/structure/sheetMissing";
import { buildIndex } from "../../../../src/core/rules/lookup";
import { buildIsms } from "../../../support/isms";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [{ name: "a workbook with every register sheet", isms: {}, checked: 11 }],
  invalid: [
    {
      name: "a missing Risks sheet, counted under step 1A",
      isms: { absent: ["risks"] },
      checked: 11,
      errors: [{ cell: "", severity: "error", id: "", column: "", says: "Risks sheet" }],
    },
    {
      name: "missing Improvements and Training sheets, under their own steps",
      isms: { absent: ["improvements", "training"] },
      errors: [
        { sheet: "Improvements", step: "3", cell: "", severity: "error", id: "", column: "" },
        { sheet: "Training", step: "1C", cell: "", severity: "error", id: "", column: "" },
      ],
    },
  ],
});

describe("rule structure/sheet-missing counting", () => {
  it("counts each sheet under the step of its register", () => {
    const isms = buildIsms({ absent: ["improvements"] });
    const result = rule.check({ isms, today: 0, index: buildIndex(isms) });
    expect(result.byStep).toEqual([
      { step: "1A", checked: 5, failed: 0 },
      { step: "1C", checked: 5, failed: 0 },
      { step: "3", checked: 1, failed: 1 },
    ]);
  });
});
