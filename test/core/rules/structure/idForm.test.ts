import rule from "../../../../src/core/rules/structure/idForm";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "IDs of three digits or more",
      isms: { risks: [{ id: "R-001" }, { id: "R-1234" }], audits: [{ id: "AU-002" }] },
      checked: 3,
    },
  ],
  invalid: [
    {
      name: "IDs with the wrong prefix, too few digits or no dash",
      isms: { risks: [{ id: "R-01" }, { id: "A-001" }, { id: "R001" }, { id: "R-002" }] },
      checked: 4,
      errors: [
        { cell: "A2", severity: "warning", id: "R-01", column: "ID", says: "form R-001" },
        { cell: "A3", severity: "warning", id: "A-001", column: "ID" },
        { cell: "A4", severity: "warning", id: "R001", column: "ID" },
      ],
    },
    {
      name: "an asset ID on an audit row",
      isms: { audits: [{ id: "A-001" }] },
      errors: [{ sheet: "Audits", step: "1C", cell: "A2", severity: "warning", id: "A-001",
        column: "ID", says: "AU-001" }],
    },
  ],
});
