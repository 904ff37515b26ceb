import rule from "../../../../src/core/rules/step1b/risksStale";
import { testRule } from "../engineTester";

const risks = [
  { id: "R-002", controls: ["5.15", "8.5"] },
  { id: "R-001", controls: ["A.5.15"] },
  // Fixing gives this risk R-004, and the SoA lists it under that ID at once.
  { id: "", controls: ["5.15"] },
  { id: "R-003", controls: ["8.24"] },
];

testRule(rule, "SoA", {
  valid: [
    {
      name: "Risks cells that list the naming risks in risk order, a new ID included",
      isms: { risks, soa: [
        { control: "5.15", risks: ["R-002", "R-001", "R-004"] },
        { control: "A.8.5", risks: ["R-002"] },
        { control: "5.1", risks: [] },
      ] },
      checked: 3,
    },
    {
      name: "a workbook with no Risks sheet: the Risks cells are left as they are",
      isms: { absent: ["risks"], soa: [{ control: "5.15", risks: ["R-001"] }] },
      checked: 0,
    },
    {
      name: "a Risks register whose Controls column is missing: nothing to refresh from",
      isms: { risks, missing: { risks: ["controls"] },
        soa: [{ control: "5.15", risks: ["R-001"] }] },
      checked: 0,
    },
    {
      name: "a Risks register whose ID column is missing: nothing to refresh from",
      isms: { risks, missing: { risks: ["id"] }, soa: [{ control: "8.24", risks: ["R-003"] }] },
      checked: 0,
    },
  ],
  invalid: [
    {
      name: "stale, reordered and needlessly filled Risks cells",
      isms: { risks, soa: [
        { control: "5.15", risks: ["R-001", "R-002"] },
        { control: "8.24", risks: [] },
        { control: "5.1", risks: ["R-009"] },
      ] },
      errors: [
        {
          cell: "K2", severity: "warning", id: "5.15", column: "Risks",
          says: "should list R-002; R-001; R-004",
          fix: [{ sheet: "SoA", cell: "K2", value: "R-002; R-001; R-004",
            before: "R-001; R-002" }],
        },
        {
          cell: "K3", severity: "warning", id: "8.24", column: "Risks",
          fix: [{ sheet: "SoA", cell: "K3", value: "R-003", before: "" }],
        },
        {
          cell: "K4", severity: "error", id: "5.1", column: "Risks",
          says: "should be blank: no risk names it; fixing refreshes it from the Risks " +
            "register. It names R-009, not in the Risks register.",
          fix: [{ sheet: "SoA", cell: "K4", value: null, before: "R-009" }],
        },
      ],
    },
  ],
});

const many = Array.from({ length: 6000 }, (_, i) => ({
  id: `R-${String(i + 1).padStart(4, "0")}`, controls: ["8.16"],
}));

testRule(rule, "SoA", {
  valid: [],
  invalid: [
    {
      name: "a control named by more risks than a cell holds, with no fix",
      isms: { risks: many, soa: [{ control: "8.16", risks: ["R-0001"] }] },
      errors: [{ cell: "K2", severity: "warning", id: "8.16", column: "Risks",
        says: "named by 6000 risks, more than one cell can list" }],
    },
    {
      name: "a long list shortened in the message, written whole by the fix",
      isms: { risks: many.slice(0, 12), soa: [{ control: "8.16" }] },
      errors: [{
        cell: "K2", severity: "warning", id: "8.16", column: "Risks",
        says: "R-0010 and 2 more",
        fix: [{ sheet: "SoA", cell: "K2", value: many.slice(0, 12).map((r) => r.id).join("; "),
          before: "" }],
      }],
    },
  ],
});
