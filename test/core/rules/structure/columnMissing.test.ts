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
      name: "a misspelt header, pointed at with the name it should have",
      isms: { missing: { risks: ["likelihood"] }, extrasOf: { risks: [{ header: "Likelyhood",
        col: 20, values: [] }] } },
      errors: [{ cell: "U1", severity: "error", id: "", column: "Likelihood",
        says: "the column headed \"Likelyhood\" at U1 looks like it: rename that header" }],
    },
    {
      name: "a header too far from any missing one is not taken for it",
      isms: { missing: { risks: ["likelihood"] }, extrasOf: { risks: [{ header: "Chance",
        col: 20, values: [] }] } },
      errors: [{ cell: "", severity: "error", id: "", column: "Likelihood",
        says: "restore its header" }],
    },
    {
      name: "the SoA's Control column",
      isms: { missing: { soa: ["control"] } },
      errors: [{ sheet: "SoA", step: "1C", cell: "", severity: "error", id: "",
        column: "Control" }],
    },
  ],
});
