import rule from "../../../../src/core/rules/step1a/riskUntreated";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "a risk at appetite with no treatment, and one above it with a treatment",
      isms: { risks: [
        { id: "R-001", likelihood: 3, impact: 3, treatment: "" },
        { id: "R-002", likelihood: 4, impact: 3, treatment: "Modify" },
        { id: "R-003", likelihood: null, impact: 5, treatment: "" },
      ] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "a risk above appetite with no treatment, computed from the ratings not the Score",
      isms: { risks: [{ id: "R-001", likelihood: 5, impact: 2, score: 1, treatment: "" }] },
      errors: [{ cell: "J2", severity: "error", id: "R-001", column: "Treatment",
        says: "scores 10, above the risk appetite of 9" }],
    },
    {
      name: "a risk above a lower appetite",
      isms: { settings: { riskAppetite: 4 }, risks: [{ id: "R-007", likelihood: 1, impact: 5 }] },
      errors: [{ cell: "J2", severity: "error", id: "R-007", column: "Treatment" }],
    },
  ],
});
