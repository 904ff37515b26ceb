import organisationMissing from "../../../../src/core/rules/step1a/organisationMissing";
import scopeMissing from "../../../../src/core/rules/step1a/scopeMissing";
import { testRule } from "../engineTester";

testRule(organisationMissing, "Settings", {
  valid: [{ name: "a named organisation", isms: { settings: { organisation: "Northwind" } },
    checked: 1 }],
  invalid: [
    {
      name: "a blank Organisation setting on its Value cell",
      isms: { settings: { organisation: "  " } },
      checked: 1,
      errors: [{ cell: "B2", severity: "error", id: "Organisation", column: "Value" }],
    },
  ],
});

testRule(scopeMissing, "Settings", {
  valid: [{ name: "a scope statement", isms: { settings: { scope: "All services" } } }],
  invalid: [
    {
      name: "a blank ISMS scope setting on its Value cell",
      isms: { settings: { scope: "" } },
      errors: [{ cell: "B3", severity: "error", id: "ISMS scope", column: "Value" }],
    },
    {
      name: "a blank ISMS scope where the Settings table has no such row",
      isms: { settings: { scope: "", cells: {} } },
      errors: [{ cell: "", severity: "error", id: "ISMS scope", column: "Value" }],
    },
  ],
});
