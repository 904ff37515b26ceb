import rule from "../../../../src/core/rules/step1a/riskRating";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "ratings from 1 to the scale, residual ones given or blank",
      isms: { risks: [
        { id: "R-001", likelihood: 1, impact: 5, residualLikelihood: 1, residualImpact: 2 },
        { id: "R-002", likelihood: 4, impact: 3, residualLikelihood: null, residualImpact: null },
      ] },
      checked: 2,
    },
    {
      name: "ratings on a scale of 3",
      isms: { settings: { riskScale: 3 }, risks: [{ id: "R-001", likelihood: 3, impact: 3 }] },
    },
  ],
  invalid: [
    {
      name: "an unreadable rating as a failed row, the reader's finding naming the cell",
      isms: { risks: [{ id: "R-001", likelihood: 1, impact: 5 }, { id: "R-002",
        likelihood: Number.NaN, impact: 3 }] },
      checked: 2,
      failed: 1,
      errors: [],
    },
    {
      name: "residual ratings of 9 and 0 on a scale of 5",
      isms: { risks: [
        { id: "R-001", likelihood: 4, impact: 4, residualLikelihood: 9, residualImpact: 0 },
      ] },
      checked: 1,
      failed: 1,
      errors: [
        { cell: "L2", severity: "error", id: "R-001", column: "Residual likelihood",
          says: "has residual likelihood 9, outside the risk scale: rate it from 1 to 5 in " +
            "Residual likelihood" },
        { cell: "M2", severity: "error", id: "R-001", column: "Residual impact",
          says: "has residual impact 0, outside the risk scale" },
      ],
    },
    {
      name: "a blank likelihood and an impact above the scale, one row failed twice",
      isms: { risks: [{ id: "R-001", likelihood: null, impact: 6 }] },
      checked: 1,
      failed: 1,
      errors: [
        { cell: "G2", severity: "error", id: "R-001", column: "Likelihood",
          says: "has no likelihood: rate it from 1 to 5 in Likelihood" },
        { cell: "H2", severity: "error", id: "R-001", column: "Impact",
          says: "has impact 6, outside the risk scale" },
      ],
    },
    {
      name: "ratings of 0, 2.5 and 4 on a scale of 3",
      isms: {
        settings: { riskScale: 3 },
        risks: [{ id: "R-001", likelihood: 0, impact: 2.5 }, { id: "R-002", likelihood: 4,
          impact: 1 }],
      },
      failed: 2,
      errors: [
        { cell: "G2", severity: "error", id: "R-001", column: "Likelihood" },
        { cell: "H2", severity: "error", id: "R-001", column: "Impact" },
        { cell: "G3", severity: "error", id: "R-002", column: "Likelihood",
          says: "from 1 to 3" },
      ],
    },
  ],
});
