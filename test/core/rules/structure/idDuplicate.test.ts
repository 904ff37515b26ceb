import rule from "../../../../src/core/rules/structure/idDuplicate";
import { testRule } from "../engineTester";

testRule(rule, "Assets", {
  valid: [
    {
      name: "distinct IDs, blank ones left to the missing-ID rule",
      isms: { assets: [{ id: "A-001" }, { id: "A-002" }, { id: "" }, { id: "" }] },
      checked: 2,
    },
  ],
  invalid: [
    {
      name: "each later row that repeats an ID",
      isms: { assets: [{ id: "A-001" }, { id: "A-002" }, { id: "A-001" }, { id: "A-001" }] },
      checked: 4,
      errors: [
        { cell: "A4", severity: "error", id: "A-001", column: "ID", says: "already used on row 2" },
        { cell: "A5", severity: "error", id: "A-001", column: "ID", says: "on row 5" },
      ],
    },
    {
      name: "a repeated incident ID under step 1C",
      isms: { incidents: [{ id: "IN-001" }, { id: "IN-001" }] },
      errors: [{ sheet: "Incidents", step: "1C", cell: "A3", severity: "error", id: "IN-001",
        column: "ID" }],
    },
  ],
});
