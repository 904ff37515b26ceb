import rule from "../../../../src/core/rules/structure/incidentImprovementUnknown";
import { testRule } from "../engineTester";

testRule(rule, "Incidents", {
  valid: [
    {
      name: "incidents naming an improvement of the register, or none",
      isms: { improvements: [{ id: "I-001" }], incidents: [{ id: "IN-001", improvement: "I-001" },
        { id: "IN-002" }] },
      checked: 1,
    },
    {
      name: "a register whose ID column is missing (that column is reported instead)",
      isms: { improvements: [{ id: "X" }], missing: { improvements: ["id"] },
        incidents: [{ id: "IN-001", improvement: "I-002" }] },
      checked: 0,
    },
  ],
  invalid: [
    {
      name: "an incident naming an improvement that does not exist",
      isms: { improvements: [{ id: "I-001" }], incidents: [{ id: "IN-001",
        improvement: "I-001; I-077" }] },
      errors: [{ cell: "H2", severity: "error", id: "IN-001", column: "Improvement",
        says: "names I-077 in Improvement" }],
    },
  ],
});
