import { deferralUnaccepted } from "../../../../src/core/rules/step3/deferralUnaccepted";
import { testRule } from "../engineTester";

const risks = [
  { id: "R-001", residualScore: 12 },
  { id: "R-002", residualScore: 6 },
  { id: "R-003", score: 16 },
  { id: "R-004", residualScore: 9 },
];
const later = { neededBy: "After certification", status: "Open" };

testRule(deferralUnaccepted, "Improvements", {
  valid: [
    { name: "deferrals tied to risks within appetite (9 is the appetite), or accepted", isms: {
      risks,
      improvements: [
        { id: "I-001", ...later, related: ["R-002", "5.1"] },
        { id: "I-002", ...later, related: ["R-004"] },
        { id: "I-003", ...later, related: ["R-001"], deferralAcceptedBy: "Chloe Martin" },
      ],
    }, checked: 3 },
  ],
  invalid: [
    {
      name: "deferred while a related risk stays above appetite, not Done, not accepted",
      isms: {
        risks,
        improvements: [
          { id: "I-001", ...later, related: ["R-001"] },
          { id: "I-002", ...later, related: ["R-001"], deferralAcceptedBy: "Chloe Martin" },
          { id: "I-003", ...later, related: ["R-002", "5.1"] },
          { id: "I-004", neededBy: "Stage 2", status: "Open", related: ["R-001"] },
          { id: "I-005", ...later, status: "Done", related: ["R-001"] },
          { id: "I-006", ...later, related: ["R-003", "R-001"] },
        ],
      },
      checked: 4,
      errors: [
        { cell: "M2", severity: "error", id: "I-001", column: "Deferral accepted by",
          says: "risk R-001 stays above appetite" },
        { cell: "M7", severity: "error", id: "I-006", column: "Deferral accepted by",
          says: "risks R-003, R-001" },
      ],
    },
  ],
});
