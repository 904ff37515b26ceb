import { soaApplicableMissing } from "../../../../src/core/rules/step1c/soaApplicableMissing";
import {
  soaJustificationMissing,
} from "../../../../src/core/rules/step1c/soaJustificationMissing";
import { soaReasonsMissing } from "../../../../src/core/rules/step1c/soaReasonsMissing";
import { soaStatusMismatch } from "../../../../src/core/rules/step1c/soaStatusMismatch";
import { testRule } from "../engineTester";

testRule(soaApplicableMissing, "SoA", {
  valid: [
    { name: "every control decided", isms: {
      soa: [{ control: "5.1", applicable: "Yes" }, { control: "5.2", applicable: "No" }],
    }, checked: 2 },
    { name: "no Applicable column (the structure rules report it)", isms: {
      soa: [{ control: "5.1" }], missing: { soa: ["applicable"] },
    }, checked: 0 },
  ],
  invalid: [
    {
      name: "a control with no decision",
      isms: { soa: [{ control: "5.1", applicable: "Yes" }, { control: "5.2", applicable: "" }] },
      checked: 2,
      errors: [{ cell: "D3", severity: "error", id: "5.2", column: "Applicable" }],
    },
  ],
});

testRule(soaJustificationMissing, "SoA", {
  valid: [
    { name: "an excluded control with a justification; included ones not checked", isms: {
      soa: [
        { control: "5.1", applicable: "No", justification: "No development is done in house." },
        { control: "5.2", applicable: "Yes", justification: "" },
      ],
    }, checked: 1 },
  ],
  invalid: [
    {
      name: "an excluded control with no justification",
      isms: {
        soa: [
          { control: "5.1", applicable: "No", justification: "No premises of our own." },
          { control: "5.2", applicable: "No", justification: "" },
          { control: "5.3", applicable: "Yes", justification: "" },
        ],
      },
      checked: 2,
      errors: [{ cell: "F3", severity: "error", id: "5.2", column: "Justification",
        says: "excluded" }],
    },
  ],
});

testRule(soaReasonsMissing, "SoA", {
  valid: [
    { name: "an included control with a reason; excluded ones not checked", isms: {
      soa: [
        { control: "5.1", applicable: "Yes", reasons: ["Legal"] },
        { control: "5.2", applicable: "No", reasons: [] },
      ],
    }, checked: 1 },
    { name: "no Reasons column", isms: {
      soa: [{ control: "5.1", applicable: "Yes" }], missing: { soa: ["reasons"] },
    }, checked: 0 },
  ],
  invalid: [
    {
      name: "an included control with no reason",
      isms: {
        soa: [
          { control: "5.1", applicable: "Yes", reasons: ["Risk assessment", "Contractual"] },
          { control: "5.2", applicable: "Yes", reasons: [] },
          { control: "5.3", applicable: "No", reasons: [] },
        ],
      },
      checked: 2,
      errors: [{ cell: "E3", severity: "warning", id: "5.2", column: "Reasons" }],
    },
  ],
});

testRule(soaStatusMismatch, "SoA", {
  valid: [
    { name: "excluded Not applicable, included with a real status, undecided skipped", isms: {
      soa: [
        { control: "5.1", applicable: "No", status: "Not applicable" },
        { control: "5.2", applicable: "Yes", status: "Implemented" },
        { control: "5.3", applicable: "Yes", status: "" },
        { control: "5.4", applicable: "", status: "Not applicable" },
      ],
    }, checked: 3 },
  ],
  invalid: [
    {
      name: "Applicable and Status disagreeing either way",
      isms: {
        soa: [
          { control: "5.1", applicable: "No", status: "Implemented" },
          { control: "5.2", applicable: "No", status: "Not applicable" },
          { control: "5.3", applicable: "Yes", status: "Not applicable" },
          { control: "5.4", applicable: "Yes", status: "Planned" },
          { control: "5.5", applicable: "", status: "" },
          { control: "5.6", applicable: "No", status: "" },
        ],
      },
      checked: 5,
      errors: [
        { cell: "G2", severity: "warning", id: "5.1", column: "Status",
          says: "Status Implemented" },
        { cell: "G4", severity: "warning", id: "5.3", column: "Status", says: "is applicable" },
        { cell: "G7", severity: "warning", id: "5.6", column: "Status", says: "no status" },
      ],
    },
  ],
});
