import rule from "../../../../src/core/rules/step1a/assetWithoutRisk";
import { testRule } from "../engineTester";

testRule(rule, "Assets", {
  valid: [
    {
      name: "rated assets named by a risk; low, out-of-scope and retired ones not checked",
      isms: {
        assets: [
          { id: "A-001", inScope: "Yes", confidentiality: 3 },
          { id: "A-002", inScope: "Yes", confidentiality: 1, integrity: 1, availability: 1 },
          { id: "A-003", inScope: "No", availability: 3 },
          { id: "A-004", inScope: "Yes", status: "Retired", integrity: 2 },
        ],
        risks: [{ id: "R-001", assets: ["A-001"] }],
      },
      checked: 1,
    },
    {
      name: "a workbook with no Risks sheet: which risks name an asset cannot be told",
      isms: { absent: ["risks"], assets: [{ id: "A-001", inScope: "Yes", integrity: 3 }] },
      checked: 0,
    },
    {
      name: "a Risks register with no Assets column: likewise not checked",
      isms: { missing: { risks: ["assets"] }, risks: [{ id: "R-001" }],
        assets: [{ id: "A-001", inScope: "Yes", integrity: 3 }] },
      checked: 0,
    },
  ],
  invalid: [
    {
      name: "an in-scope asset rated 2 that no risk names",
      isms: {
        assets: [
          { id: "A-001", inScope: "Yes", integrity: 2 },
          { id: "A-002", inScope: "", availability: 3, confidentiality: Number.NaN },
        ],
        risks: [{ id: "R-001", assets: ["A-009"] }],
      },
      errors: [
        { cell: "A2", severity: "warning", id: "A-001", column: "ID", says: "rated 2" },
        { cell: "A3", severity: "warning", id: "A-002", column: "ID", says: "rated 3" },
      ],
    },
  ],
});
