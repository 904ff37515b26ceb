import rule from "../../../../src/core/rules/structure/riskAssetUnknown";
import { testRule } from "../engineTester";

const assets = [{ id: "A-001" }, { id: "A-002" }];

testRule(rule, "Risks", {
  valid: [
    {
      name: "risks naming assets of the register, or none",
      isms: { assets, risks: [{ id: "R-001", assets: ["A-001", "A-002"] }, { id: "R-002" }] },
      checked: 1,
    },
    {
      name: "a workbook with no Assets sheet (that sheet is reported instead)",
      isms: { absent: ["assets"], risks: [{ id: "R-001", assets: ["A-009"] }] },
    },
    {
      name: "an Assets register with no ID column (that column is reported instead)",
      isms: { assets, missing: { assets: ["id"] }, risks: [{ id: "R-001", assets: ["A-001"] }] },
      checked: 0,
    },
  ],
  invalid: [
    {
      name: "a risk naming assets that do not exist, in one finding on its Assets cell",
      isms: {
        assets,
        risks: [
          { id: "R-001", assets: ["A-001"] },
          { id: "R-002", assets: ["A-009", "A-002", "A-010", "A-009"] },
        ],
      },
      checked: 2,
      errors: [{ cell: "C3", severity: "error", id: "R-002", column: "Assets",
        says: "names A-009, A-010 in Assets, which are not" }],
    },
  ],
});
