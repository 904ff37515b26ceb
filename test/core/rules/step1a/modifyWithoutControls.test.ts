import rule from "../../../../src/core/rules/step1a/modifyWithoutControls";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "a Modify risk naming controls; other treatments not checked",
      isms: { risks: [{ id: "R-001", treatment: "Modify", controls: ["5.15"] },
        { id: "R-002", treatment: "Retain" }] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "Modify and Mitigate risks naming no control",
      isms: { risks: [{ id: "R-001", treatment: "Modify" }, { id: "R-002",
        treatment: "Mitigate", controls: [""] }] },
      errors: [
        { cell: "K2", severity: "error", id: "R-001", column: "Controls" },
        { cell: "K3", severity: "error", id: "R-002", column: "Controls" },
      ],
    },
  ],
});
