import rule from "../../../../src/core/rules/structure/columnMissing";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    { name: "registers with every column", isms: {} },
    { name: "an absent sheet, which the sheet rule reports", isms: { absent: ["risks"] } },
  ],
  invalid: [
    {
      name: "a required column missing as an error, an optional one as information",
      isms: { missing: { risks: ["owner", "notes"] } },
      failed: 1,
      errors: [
        { cell: "", severity: "error", id: "", column: "Owner", says: "\"Owner\" column" },
        { cell: "", severity: "info", id: "", column: "Notes" },
      ],
    },
    {
      name: "a missing ID column as an error, under the sheet's step",
      isms: { missing: { improvements: ["id"] } },
      errors: [{ sheet: "Improvements", step: "3", cell: "", severity: "error", id: "",
        column: "ID" }],
    },
    {
      name: "the SoA's Control column",
      isms: { missing: { soa: ["control"] } },
      errors: [{ sheet: "SoA", step: "1C", cell: "", severity: "error", id: "",
        column: "Control" }],
    },
  ],
});
