import rule from "../../../../src/core/rules/step1a/riskNotAccepted";
import { day } from "../../../support/isms";
import { testRule } from "../engineTester";

const retained = { treatment: "Retain", likelihood: 4, impact: 4 };

testRule(rule, "Risks", {
  valid: [
    {
      name: "retained risks accepted, or within appetite; other treatments not checked",
      isms: { risks: [
        { id: "R-001", ...retained, acceptedBy: "CEO", acceptedOn: day("2026-05-01") },
        { id: "R-002", ...retained, residualLikelihood: 3, residualImpact: 3 },
        { id: "R-003", likelihood: 5, impact: 5, treatment: "Modify" },
      ] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "a retained risk above appetite with nobody accepting it",
      isms: { risks: [{ id: "R-001", ...retained }] },
      errors: [{ cell: "O2", severity: "error", id: "R-001", column: "Accepted by",
        says: "residual score 16, above the risk appetite of 9, with no Accepted by and " +
          "Accepted on" }],
    },
    {
      name: "an acceptance with no date, and Accept read as Retain",
      isms: { risks: [
        { id: "R-001", ...retained, acceptedBy: "CEO" },
        { id: "R-002", treatment: "Accept", likelihood: 2, impact: 2, residualLikelihood: 5,
          residualImpact: 2, acceptedOn: day("2026-01-01") },
      ] },
      errors: [
        { cell: "P2", severity: "error", id: "R-001", column: "Accepted on",
          says: "with no Accepted on" },
        { cell: "O3", severity: "error", id: "R-002", column: "Accepted by",
          says: "residual score 10" },
      ],
    },
  ],
});
