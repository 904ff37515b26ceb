import rule from "../../../../src/core/rules/step1a/riskRating";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "ratings from 1 to the scale; unreadable ones left to the reader's finding",
      isms: { risks: [{ id: "R-001", likelihood: 1, impact: 5 }, { id: "R-002",
        likelihood: Number.NaN, impact: 3 }] },
      checked: 2,
    },
    {
      name: "ratings on a scale of 3",
      isms: { settings: { riskScale: 3 }, risks: [{ id: "R-001", likelihood: 3, impact: 3 }] },
    },
  ],
  invalid: [
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
