import rule from "../../../../src/core/rules/step1a/riskOwnerMissing";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [{ name: "risks with owners", isms: { risks: [{ id: "R-001", owner: "CTO" }] },
    checked: 1 }],
  invalid: [
    {
      name: "a risk with no owner, on column F",
      isms: { risks: [{ id: "R-005", owner: "CTO" }, { id: "R-006", owner: "" }] },
      errors: [{ cell: "F3", severity: "error", id: "R-006", column: "Owner",
        says: "Risk R-006 has no owner: name the person accountable for it in Owner." }],
    },
  ],
});
