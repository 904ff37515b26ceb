import { requirementNotDone } from "../../../../src/core/rules/step1c/requirementNotDone";
import { testRule } from "../engineTester";

testRule(requirementNotDone, "Requirements", {
  valid: [
    { name: "step 1C rows Done; step 1A rows left to step 1A", isms: {
      requirements: [
        { clause: "6.2", step: "1C", status: "Done" },
        { clause: "4.1", step: "1A", status: "Not started" },
      ],
    }, checked: 1 },
  ],
  invalid: [
    {
      name: "step 1C rows not Done, with a blank ARM step read from the clause",
      isms: {
        requirements: [
          { clause: "6.2", step: "1C", status: "Done" },
          { clause: "7.2", step: "1C", status: "In progress" },
          { clause: "4.1", step: "1A", status: "" },
          { clause: "9.2", step: "", status: "" },
          { clause: "5.1", step: "", status: "Not started" },
        ],
      },
      checked: 3,
      errors: [
        { cell: "D3", severity: "warning", id: "7.2", column: "Status", says: "is In progress" },
        { cell: "D5", severity: "warning", id: "9.2", column: "Status", says: "has no status" },
      ],
    },
  ],
});
