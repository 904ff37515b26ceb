import interestedPartyMissing from "../../../../src/core/rules/step1a/interestedPartyMissing";
import issueMissing from "../../../../src/core/rules/step1a/issueMissing";
import { testRule } from "../engineTester";

testRule(interestedPartyMissing, "Context", {
  valid: [
    {
      name: "a Context with an interested party",
      isms: { context: [{ id: "C-001", kind: "External issue" }, { id: "C-002",
        kind: "Interested party" }] },
      checked: 1,
    },
  ],
  invalid: [
    {
      name: "a Context with issues only",
      isms: { context: [{ id: "C-001", kind: "Internal issue" }] },
      errors: [{ cell: "", severity: "error", id: "", column: "Kind",
        says: "no interested party" }],
    },
    {
      name: "an empty Context",
      isms: {},
      errors: [{ cell: "", severity: "error", id: "", column: "Kind" }],
    },
  ],
});

testRule(issueMissing, "Context", {
  valid: [
    {
      name: "internal and external issues",
      isms: { context: [{ kind: "Internal issue" }, { kind: "External issue" }] },
      checked: 2,
    },
  ],
  invalid: [
    {
      name: "no external issue",
      isms: { context: [{ kind: "Internal issue" }, { kind: "Interested party" }] },
      checked: 2,
      errors: [{ cell: "", severity: "warning", id: "", column: "Kind",
        says: "no external issue" }],
    },
    {
      name: "neither kind of issue",
      isms: { context: [{ kind: "Interested party" }] },
      errors: [
        { cell: "", severity: "warning", id: "", column: "Kind", says: "no internal issue" },
        { cell: "", severity: "warning", id: "", column: "Kind", says: "no external issue" },
      ],
    },
  ],
});
