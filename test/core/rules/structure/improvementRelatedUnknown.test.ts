import rule from "../../../../src/core/rules/structure/improvementRelatedUnknown";
import { ANNEX_A_2022 } from "../../../../src/core/catalogue";
import { testRule } from "../engineTester";

const registers = {
  assets: [{ id: "A-001" }],
  risks: [{ id: "R-001" }],
  incidents: [{ id: "IN-001" }],
};

testRule(rule, "Improvements", {
  valid: [
    {
      name: "references to a risk, an asset, an incident, another improvement and a control",
      isms: {
        ...registers,
        improvements: [
          { id: "I-001", related: ["R-001", "A-001", "IN-001", "A.5.15", "8.5"] },
          { id: "I-002", related: ["I-001"] },
          { id: "I-003" },
        ],
      },
      checked: 2,
    },
    {
      name: "IDs of registers that could not be read (no Risks sheet, no Assets ID column)",
      isms: {
        absent: ["risks"], missing: { assets: ["id"] }, incidents: registers.incidents,
        improvements: [{ id: "I-001", related: ["R-001", "A-007", "IN-001"] }],
      },
      checked: 1,
    },
    {
      name: "2022 controls while the SoA follows 2022 and the Standard says 2013",
      isms: {
        settings: { edition: "2013" }, soa: ANNEX_A_2022.map((c) => ({ control: c.id })),
        improvements: [{ id: "I-001", related: ["8.5", "A.5.15"] }],
      },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "references that name nothing in the workbook",
      isms: {
        ...registers,
        improvements: [{ id: "I-001", related: ["R-001", "R-404"] }, { id: "I-002",
          related: ["5.99", "IN-002"] }],
      },
      errors: [
        { cell: "D2", severity: "error", id: "I-001", column: "Related", says: "names R-404" },
        { cell: "D3", severity: "error", id: "I-002", column: "Related",
          says: "names 5.99, IN-002 in Related" },
      ],
    },
    {
      name: "an unknown incident still flagged when only the Risks sheet is missing",
      isms: {
        absent: ["risks"], incidents: registers.incidents,
        improvements: [{ id: "I-001", related: ["R-001", "IN-009"] }],
      },
      errors: [{ cell: "D2", severity: "error", id: "I-001", column: "Related",
        says: "names IN-009 in Related" }],
    },
  ],
});
