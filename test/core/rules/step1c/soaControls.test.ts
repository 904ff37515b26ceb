import { ANNEX_A_2013, ANNEX_A_2022 } from "../../../../src/core/catalogue";
import { soaControlDuplicate } from "../../../../src/core/rules/step1c/soaControlDuplicate";
import { soaControlMissing } from "../../../../src/core/rules/step1c/soaControlMissing";
import { soaControlUnknown } from "../../../../src/core/rules/step1c/soaControlUnknown";
import { testRule } from "../engineTester";

const full2022 = ANNEX_A_2022.map((c) => ({ control: c.id }));
const full2013 = ANNEX_A_2013.map((c) => ({ control: c.id }));
const missing = { cell: "", severity: "error" as const, id: "", column: "Control" };

testRule(soaControlMissing, "SoA", {
  valid: [
    { name: "a full 2022 SoA", isms: { soa: full2022 }, checked: 93 },
    {
      name: "controls written A.5.15 or with spaces count as listed",
      isms: { soa: full2022.map((r) => ({ control: ` A.${r.control} ` })) },
      checked: 93,
    },
    {
      name: "a full 2013 SoA under the 2013 standard",
      isms: { settings: { edition: "2013" }, soa: full2013 },
      checked: 114,
    },
    { name: "an absent SoA sheet (the structure rules report it)", isms: { absent: ["soa"] },
      checked: 0 },
  ],
  invalid: [
    {
      name: "two 2022 controls with no row",
      isms: { soa: full2022.filter((r) => r.control !== "5.23" && r.control !== "8.34") },
      checked: 93,
      errors: [{ ...missing, says: "Control 5.23" }, { ...missing, says: "Control 8.34" }],
    },
    {
      name: "a 2013 SoA missing its first control",
      isms: { settings: { edition: "2013" }, soa: full2013.slice(1) },
      checked: 114,
      errors: [{ ...missing, says: "Control A.5.1.1" }],
    },
    {
      name: "a 2022 SoA under a Standard switched to 2013: one finding on the setting",
      isms: { settings: { edition: "2013" }, soa: full2022 },
      checked: 114,
      failed: 114,
      errors: [{ sheet: "Settings", cell: "B4", severity: "error", id: "Standard",
        column: "Value", says: "lists the Annex A controls of ISO/IEC 27001:2022, but the " +
          "Standard setting says ISO/IEC 27001:2013: set Standard back" }],
    },
  ],
});

testRule(soaControlDuplicate, "SoA", {
  valid: [
    { name: "each control once, blank controls left out", isms: {
      soa: [{ control: "5.1" }, { control: "5.2" }, { control: "" }, { control: "" }],
    }, checked: 2 },
  ],
  invalid: [
    {
      name: "a control repeated, also in another spelling",
      isms: {
        soa: [{ control: "5.1" }, { control: "5.2" }, { control: "A.5.1" }, { control: "" },
          { control: "5.2" }],
      },
      checked: 4,
      errors: [
        { cell: "A4", severity: "error", id: "A.5.1", column: "Control", says: "row 2" },
        { cell: "A6", severity: "error", id: "5.2", column: "Control", says: "row 3" },
      ],
    },
  ],
});

testRule(soaControlUnknown, "SoA", {
  valid: [
    { name: "2022 controls in either spelling", isms: {
      soa: [{ control: "5.1" }, { control: "A.8.34" }],
    }, checked: 2 },
    { name: "2013 controls under the 2013 standard", isms: {
      settings: { edition: "2013" }, soa: [{ control: "A.5.1.1" }, { control: "18.2.3" }],
    }, checked: 2 },
  ],
  invalid: [
    {
      name: "an id outside Annex A and a blank control",
      isms: { soa: [{ control: "5.1" }, { control: "9.9" }, { control: "" }, { control: "5.15" }] },
      checked: 4,
      errors: [
        { cell: "A3", severity: "error", id: "9.9", column: "Control", says: "ISO/IEC 27001:2022" },
        { cell: "A4", severity: "error", id: "", column: "Control", says: "names no control" },
      ],
    },
    {
      name: "a 2022 SoA under the 2013 standard: its controls fail silently, a typo still said",
      isms: { settings: { edition: "2013" }, soa: [...full2022, { control: "9.9" }] },
      checked: 94,
      failed: 94,
      errors: [{ cell: "A95", severity: "error", id: "9.9", column: "Control" }],
    },
    {
      name: "a 2013 section heading that is not a control",
      isms: { settings: { edition: "2013" }, soa: [{ control: "A.5.1.1" }, { control: "8.1" }] },
      checked: 2,
      errors: [{ cell: "A3", severity: "error", id: "8.1", column: "Control" }],
    },
  ],
});
