import assetClassification from "../../../../src/core/rules/step1a/assetClassification";
import assetOwnerMissing from "../../../../src/core/rules/step1a/assetOwnerMissing";
import { testRule } from "../engineTester";

testRule(assetOwnerMissing, "Assets", {
  valid: [{ name: "assets with owners", isms: { assets: [{ id: "A-001", owner: "CFO" }] },
    checked: 1 }],
  invalid: [
    {
      name: "an asset with no owner, on its Owner cell",
      isms: { assets: [{ id: "A-001", owner: "CFO" }, { id: "A-002", owner: " " }] },
      checked: 2,
      errors: [{ cell: "E3", severity: "error", id: "A-002", column: "Owner",
        says: "Asset A-002 has no owner" }],
    },
    {
      name: "an asset with neither ID nor owner, named by its row",
      isms: { assets: [{ id: "", asset: "Payroll file" }] },
      errors: [{ cell: "E2", severity: "error", id: "", column: "Owner",
        says: "Asset on row 2" }],
    },
  ],
});

testRule(assetClassification, "Assets", {
  valid: [
    {
      name: "labels of the settings, in any case",
      isms: { assets: [{ id: "A-001", classification: "Internal" }, { id: "A-002",
        classification: "confidential" }] },
      checked: 2,
    },
    {
      name: "a label of the organisation's own list",
      isms: {
        settings: { classificationLabels: ["Open", "Secret"] },
        assets: [{ id: "A-001", classification: "Secret" }],
      },
    },
  ],
  invalid: [
    {
      name: "an asset with no classification and one with a label not in the settings",
      isms: {
        settings: { classificationLabels: ["Open", "Secret"] },
        assets: [{ id: "A-001", classification: "" }, { id: "A-002",
          classification: "Confidential" }],
      },
      errors: [
        { cell: "G2", severity: "error", id: "A-001", column: "Classification",
          says: "no classification: choose one of Open, Secret" },
        { cell: "G3", severity: "error", id: "A-002", column: "Classification",
          says: "\"Confidential\"" },
      ],
    },
  ],
});

testRule(assetClassification, "Assets", {
  valid: [],
  invalid: [
    {
      name: "an unknown label once only, where the reader already reported the cell",
      isms: {
        assets: [{ id: "A-001", classification: "Secret" }, { id: "A-002",
          classification: "Top" }],
        findings: [{
          rule: "cell/not-in-list", severity: "error", step: "1A", sheet: "Assets", cell: "G2",
          id: "A-001", column: "Classification", message: "", fixable: false,
        }],
      },
      checked: 2,
      failed: 2,
      errors: [{ cell: "G3", severity: "error", id: "A-002", column: "Classification" }],
    },
  ],
});
