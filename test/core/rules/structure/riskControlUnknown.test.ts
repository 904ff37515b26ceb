import rule from "../../../../src/core/rules/structure/riskControlUnknown";
import { ANNEX_A_2022 } from "../../../../src/core/catalogue";
import { testRule } from "../engineTester";

const soa2022 = ANNEX_A_2022.map((c) => ({ control: c.id }));

testRule(rule, "Risks", {
  valid: [
    {
      name: "controls of the 2022 edition, written either way",
      isms: { risks: [{ id: "R-001", controls: ["5.15", "A.8.5", "a 8.24"] }, { id: "R-002" }] },
      checked: 1,
    },
    {
      name: "controls of the 2013 edition in a 2013 workbook",
      isms: {
        settings: { edition: "2013" },
        risks: [{ id: "R-001", controls: ["A.9.2.1", "12.3.1"] }],
      },
    },
  ],
  invalid: [
    {
      name: "a Standard switched to 2013 over a 2022 SoA: 2022 controls fail silently (the " +
        "setting is reported once), a typo is still said",
      isms: {
        settings: { edition: "2013" }, soa: soa2022,
        risks: [{ id: "R-001", controls: ["5.15", "8.5"] }, { id: "R-002", controls: ["9.99"] }],
      },
      checked: 2,
      failed: 2,
      errors: [{ cell: "K3", severity: "error", id: "R-002", column: "Controls",
        says: "names 9.99" }],
    },
    {
      name: "a control that is not in Annex A",
      isms: { risks: [{ id: "R-001", controls: ["5.15", "5.99"] }] },
      errors: [{ cell: "K2", severity: "error", id: "R-001", column: "Controls",
        says: "names 5.99 in Controls, which is not in Annex A of ISO/IEC 27001:2022" }],
    },
    {
      name: "a 2013 control in a 2022 workbook",
      isms: { risks: [{ id: "R-004", controls: ["A.9.2.1"] }] },
      errors: [{ cell: "K2", severity: "error", id: "R-004", column: "Controls" }],
    },
  ],
});
