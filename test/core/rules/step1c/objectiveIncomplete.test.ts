import { objectiveIncomplete } from "../../../../src/core/rules/step1c/objectiveIncomplete";
import { testRule } from "../engineTester";

const whole = {
  id: "O-001", objective: "Patch critical vulnerabilities quickly",
  measure: "Days from release to patch", target: "14 days", owner: "Dev Patel",
};

testRule(objectiveIncomplete, "Objectives", {
  valid: [{ name: "an objective with measure, target and owner", isms: { objectives: [whole] },
    checked: 1 }],
  invalid: [
    {
      name: "one finding per missing measure, target or owner, one failed row each",
      isms: {
        objectives: [
          whole,
          { ...whole, id: "O-002", measure: "", target: "" },
          { ...whole, id: "O-003", owner: "" },
        ],
      },
      checked: 3,
      failed: 2,
      errors: [
        { cell: "C3", severity: "error", id: "O-002", column: "Measure", says: "no measure" },
        { cell: "D3", severity: "error", id: "O-002", column: "Target", says: "no target" },
        { cell: "E4", severity: "error", id: "O-003", column: "Owner", says: "no owner" },
      ],
    },
    {
      name: "only the columns the sheet has",
      isms: {
        objectives: [{ ...whole, measure: "", owner: "" }],
        missing: { objectives: ["measure"] },
      },
      checked: 1,
      errors: [{ cell: "D2", severity: "error", id: "O-001", column: "Owner" }],
    },
  ],
});
