import rule from "../../../../src/core/rules/structure/incidentAssetUnknown";
import { testRule } from "../engineTester";

testRule(rule, "Incidents", {
  valid: [
    {
      name: "incidents naming assets of the register, or none",
      isms: { assets: [{ id: "A-001" }], incidents: [{ id: "IN-001", assets: ["A-001"] },
        { id: "IN-002" }] },
      checked: 1,
    },
    {
      name: "a register whose ID column is missing (that column is reported instead)",
      isms: { assets: [{ id: "X" }], missing: { assets: ["id"] },
        incidents: [{ id: "IN-001", assets: ["A-002"] }] },
      checked: 0,
    },
  ],
  invalid: [
    {
      name: "an incident naming an asset that does not exist",
      isms: { assets: [{ id: "A-001" }], incidents: [{ id: "IN-001", assets: ["A-002"] }] },
      errors: [{ cell: "E2", severity: "error", id: "IN-001", column: "Assets",
        says: "names A-002 in Assets, which is not" }],
    },
  ],
});
