import rule from "../../../../src/core/rules/step1a/riskWithoutAsset";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [{ name: "a risk naming an asset", isms: { risks: [{ id: "R-001",
    assets: ["A-001"] }] } }],
  invalid: [
    {
      name: "a risk naming no asset, as a warning",
      isms: { risks: [{ id: "R-001", assets: [] }, { id: "R-002", assets: [" "] }] },
      errors: [
        { cell: "C2", severity: "warning", id: "R-001", column: "Assets" },
        { cell: "C3", severity: "warning", id: "R-002", column: "Assets" },
      ],
    },
  ],
});
