import howImplementedMissing from "../../../../src/core/rules/step1b/howImplementedMissing";
import statusMissing from "../../../../src/core/rules/step1b/statusMissing";
import { testRule } from "../engineTester";

testRule(statusMissing, "SoA", {
  valid: [
    {
      name: "applicable controls with a Status; excluded ones not checked",
      isms: { soa: [{ control: "5.1", applicable: "Yes", status: "Implemented" },
        { control: "5.2", applicable: "No", status: "" }] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "an applicable control with no Status, on column G",
      isms: { soa: [{ control: "5.1", applicable: "Yes", status: "" }] },
      errors: [{ cell: "G2", severity: "error", id: "5.1", column: "Status",
        says: "Control 5.1 is applicable but has no Status" }],
    },
  ],
});

testRule(howImplementedMissing, "SoA", {
  valid: [
    {
      name: "applicable controls described; excluded ones not checked",
      isms: { soa: [{ control: "5.1", applicable: "Yes", howImplemented: "Policy set" },
        { control: "5.2", applicable: "No" }] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "an applicable control with a blank How implemented, as a warning",
      isms: { soa: [{ control: "8.5", applicable: "yes", howImplemented: " " }] },
      errors: [{ cell: "H2", severity: "warning", id: "8.5", column: "How implemented" }],
    },
  ],
});
