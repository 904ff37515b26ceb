import rule from "../../../../src/core/rules/step1a/requirementNotDone";
import { testRule } from "../engineTester";

testRule(rule, "Requirements", {
  valid: [
    {
      name: "step 1A clauses Done, step 1C clauses left to their own rule",
      isms: {
        requirements: [
          { clause: "4.1", step: "1A", status: "Done" },
          { clause: "6.1.2", step: "1A", status: "Done" },
          { clause: "9.2", step: "1C", status: "Not started" },
        ],
      },
      checked: 2,
    },
  ],
  invalid: [
    {
      name: "step 1A clauses in progress or with no Status",
      isms: {
        requirements: [
          { clause: "4.3", step: "1A", status: "In progress" },
          { clause: "5.2", step: "1A", status: "" },
          { clause: "4.4", step: "1A", status: "Done" },
        ],
      },
      checked: 3,
      errors: [
        { cell: "D2", severity: "warning", id: "4.3", column: "Status", says: "\"In progress\"" },
        { cell: "D3", severity: "warning", id: "5.2", column: "Status", says: "no Status" },
      ],
    },
    {
      name: "a clause of step 1A whose ARM step cell is blank",
      isms: { requirements: [{ clause: "6.1.2", step: "", status: "Not started" },
        { clause: "8.1", step: "", status: "Not started" }] },
      checked: 1,
      errors: [{ cell: "D2", severity: "warning", id: "6.1.2", column: "Status" }],
    },
  ],
});
