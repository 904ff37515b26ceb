import { riskControlExcluded } from "../../../../src/core/rules/step1c/riskControlExcluded";
import { testRule } from "../engineTester";

const soa = [
  { control: "5.1", applicable: "Yes" },
  { control: "8.12", applicable: "No" },
  { control: "8.13", applicable: "No" },
];

testRule(riskControlExcluded, "Risks", {
  valid: [
    { name: "risks naming applicable or unlisted controls; risks with none not checked", isms: {
      soa,
      risks: [
        { id: "R-001", controls: ["5.1"] },
        { id: "R-002", controls: ["8.5"] },
        { id: "R-003", controls: [] },
      ],
    }, checked: 2 },
  ],
  invalid: [
    {
      name: "risks naming excluded controls, in any spelling",
      isms: {
        soa,
        risks: [
          { id: "R-001", controls: ["5.1"] },
          { id: "R-002", controls: ["A.8.12", "5.1"] },
          { id: "R-003", controls: [] },
          { id: "R-004", controls: ["8.12", "8.13"] },
        ],
      },
      checked: 3,
      errors: [
        { cell: "K3", severity: "error", id: "R-002", column: "Controls", says: "names 8.12" },
        { cell: "K5", severity: "error", id: "R-004", column: "Controls", says: "8.12, 8.13" },
      ],
    },
  ],
});
