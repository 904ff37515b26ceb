import { improvementIncomplete } from "../../../../src/core/rules/step3/improvementIncomplete";
import { day } from "../../../support/isms";
import { testRule } from "../engineTester";

const planned = {
  id: "I-001", improvement: "Turn on MFA for the finance system", owner: "Ana Silva",
  priority: "High", neededBy: "Stage 1", targetDate: day("2027-01-10"), status: "Open",
};

testRule(improvementIncomplete, "Improvements", {
  valid: [
    { name: "a planned improvement", isms: { improvements: [planned] }, checked: 1 },
    { name: "an unreadable target date is not a missing one (the reader reports it)", isms: {
      improvements: [{ ...planned, targetDate: NaN }],
    }, checked: 1 },
  ],
  invalid: [
    {
      name: "one finding per missing owner, priority, target date or Needed by",
      isms: {
        improvements: [
          planned,
          { ...planned, id: "I-002", owner: "", priority: "" },
          { ...planned, id: "I-003", targetDate: null, neededBy: "" },
        ],
      },
      checked: 3,
      failed: 2,
      errors: [
        { cell: "E3", severity: "error", id: "I-002", column: "Owner", says: "no owner" },
        { cell: "F3", severity: "error", id: "I-002", column: "Priority", says: "no priority" },
        { cell: "J4", severity: "error", id: "I-003", column: "Target date", says: "target date" },
        { cell: "I4", severity: "error", id: "I-003", column: "Needed by", says: "Stage 2" },
      ],
    },
  ],
});
