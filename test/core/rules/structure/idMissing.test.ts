import rule from "../../../../src/core/rules/structure/idMissing";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "rows that all have IDs",
      isms: { risks: [{ id: "R-001" }, { id: "R-002" }], assets: [{ id: "A-001" }] },
      checked: 3,
    },
    {
      name: "a register whose ID column is missing (the column rule reports it)",
      isms: { risks: [{ id: "" }], missing: { risks: ["id"] } },
    },
  ],
  invalid: [
    {
      name: "two risks with no ID, given distinct numbers after the highest",
      isms: { risks: [{ id: "R-004" }, { id: "" }, { id: "R-010" }, { id: "" }] },
      checked: 4,
      errors: [
        {
          cell: "A3", severity: "error", id: "", column: "ID", says: "R-011",
          fix: [{ sheet: "Risks", cell: "A3", value: "R-011", before: null }],
        },
        {
          cell: "A5", severity: "error", id: "", column: "ID", says: "R-012",
          fix: [{ sheet: "Risks", cell: "A5", value: "R-012", before: null }],
        },
      ],
    },
    {
      name: "numbers past a double's precision counted exactly, so no ID is given twice",
      isms: { risks: [{ id: "R-99999999999999999" }, { id: "" }, { id: "" }] },
      errors: [
        {
          cell: "A3", severity: "error", id: "", column: "ID",
          fix: [{ sheet: "Risks", cell: "A3", value: "R-100000000000000000", before: null }],
        },
        {
          cell: "A4", severity: "error", id: "", column: "ID",
          fix: [{ sheet: "Risks", cell: "A4", value: "R-100000000000000001", before: null }],
        },
      ],
    },
    {
      name: "a 300-digit ID followed by a number written out in full, never in e-notation",
      isms: { risks: [{ id: `R-${"9".repeat(300)}` }, { id: "" }] },
      errors: [
        {
          cell: "A3", severity: "error", id: "", column: "ID",
          fix: [{ sheet: "Risks", cell: "A3", value: `R-1${"0".repeat(300)}`, before: null }],
        },
      ],
    },
    {
      name: "a first improvement with no ID, numbered I-001 under step 3",
      isms: { improvements: [{ id: "", improvement: "Encrypt laptops" }, { id: "I-x" }] },
      errors: [
        {
          sheet: "Improvements", step: "3", cell: "A2", severity: "error", id: "", column: "ID",
          fix: [{ sheet: "Improvements", cell: "A2", value: "I-001", before: null }],
        },
      ],
    },
    {
      name: "an audit with no ID, numbered with its two-letter prefix",
      isms: { audits: [{ id: "AU-007" }, { id: "" }] },
      errors: [
        {
          sheet: "Audits", step: "1C", cell: "A3", severity: "error", id: "", column: "ID",
          fix: [{ sheet: "Audits", cell: "A3", value: "AU-008", before: null }],
        },
      ],
    },
  ],
});
