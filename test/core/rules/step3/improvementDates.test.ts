import { doneWithoutDate } from "../../../../src/core/rules/step3/doneWithoutDate";
import {
  improvementLateForAudit,
} from "../../../../src/core/rules/step3/improvementLateForAudit";
import { improvementOverdue } from "../../../../src/core/rules/step3/improvementOverdue";
import { day } from "../../../support/isms";
import { testRule } from "../engineTester";

const stages = { stage1: day("2027-01-15"), stage2: day("2027-03-01") };

testRule(improvementLateForAudit, "Improvements", {
  valid: [
    { name: "target dates on the day of the audit they are needed by", isms: {
      settings: stages,
      improvements: [
        { id: "I-001", neededBy: "Stage 1", targetDate: day("2027-01-15"), status: "Open" },
        { id: "I-002", neededBy: "Stage 2", targetDate: day("2027-03-01"), status: "Open" },
      ],
    }, checked: 2 },
    { name: "no audit dates yet", isms: {
      improvements: [{ id: "I-001", neededBy: "Stage 1", targetDate: day("2027-05-01") }],
    }, checked: 0 },
  ],
  invalid: [
    {
      name: "open improvements due after their audit; Done and After certification skipped",
      isms: {
        settings: stages,
        improvements: [
          { id: "I-001", neededBy: "Stage 1", targetDate: day("2027-01-15"), status: "Open" },
          { id: "I-002", neededBy: "Stage 1", targetDate: day("2027-01-16"), status: "Open" },
          { id: "I-003", neededBy: "Stage 2", targetDate: day("2027-03-02"), status: "Done" },
          { id: "I-004", neededBy: "Stage 2", targetDate: day("2027-03-02"),
            status: "In progress" },
          { id: "I-005", neededBy: "After certification", targetDate: day("2028-01-01") },
        ],
      },
      checked: 3,
      errors: [
        { cell: "J3", severity: "error", id: "I-002", column: "Target date",
          says: "needed by Stage 1 (2027-01-15)" },
        { cell: "J5", severity: "error", id: "I-004", column: "Target date",
          says: "needed by Stage 2 (2027-03-01)" },
      ],
    },
  ],
});

testRule(improvementOverdue, "Improvements", {
  valid: [
    { name: "due today, and Done ones whatever the date", today: "2026-12-03", isms: {
      improvements: [
        { id: "I-001", targetDate: day("2026-12-03"), status: "Open" },
        { id: "I-002", targetDate: day("2026-10-01"), status: "Done" },
      ],
    }, checked: 1 },
  ],
  invalid: [
    {
      name: "not Done and due before today",
      today: "2026-12-03",
      isms: {
        improvements: [
          { id: "I-001", targetDate: day("2026-12-03"), status: "Open" },
          { id: "I-002", targetDate: day("2026-12-02"), status: "Open" },
          { id: "I-003", targetDate: day("2026-11-01"), status: "Done" },
          { id: "I-004", targetDate: day("2026-11-01"), status: "Deferred" },
          { id: "I-005", targetDate: null, status: "Open" },
        ],
      },
      checked: 3,
      errors: [
        { cell: "J3", severity: "warning", id: "I-002", column: "Target date",
          says: "due on 2026-12-02" },
        { cell: "J5", severity: "warning", id: "I-004", column: "Target date" },
      ],
    },
  ],
});

testRule(doneWithoutDate, "Improvements", {
  valid: [
    { name: "Done with a date; open ones not checked", isms: {
      improvements: [
        { id: "I-001", status: "Done", doneOn: day("2026-11-20") },
        { id: "I-002", status: "Open", doneOn: null },
      ],
    }, checked: 1 },
  ],
  invalid: [
    {
      name: "Done with no Done on",
      isms: {
        improvements: [
          { id: "I-001", status: "Done", doneOn: day("2026-11-20") },
          { id: "I-002", status: "Done", doneOn: null },
          { id: "I-003", status: "Open", doneOn: null },
        ],
      },
      checked: 2,
      errors: [{ cell: "L3", severity: "warning", id: "I-002", column: "Done on" }],
    },
  ],
});
