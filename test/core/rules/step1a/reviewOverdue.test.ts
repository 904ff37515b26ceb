import { addMonths, isoOf } from "../../../../src/core/model/dates";
import { reviewCutoff } from "../../../../src/core/readiness/thresholds";
import rule from "../../../../src/core/rules/step1a/reviewOverdue";
import { day } from "../../../support/isms";
import { testRule } from "../engineTester";

testRule(rule, "Risks", {
  valid: [
    {
      name: "a risk reviewed exactly twelve months before today",
      today: "2026-12-03",
      isms: { risks: [{ id: "R-001", lastReviewed: day("2025-12-03") }] },
      checked: 1,
    },
    {
      name: "a closed risk never reviewed, and an unreadable date the reader reported",
      isms: { risks: [{ id: "R-001", status: "Closed" }, { id: "R-002",
        lastReviewed: Number.NaN }] },
      checked: 0,
    },
    {
      name: "a review on 31 August still due on 28 February under a six-month interval",
      today: "2027-02-28",
      isms: { settings: { reviewMonths: 6 }, risks: [{ id: "R-001",
        lastReviewed: day("2026-08-31") }] },
    },
  ],
  invalid: [
    {
      name: "a risk reviewed a day more than twelve months before today",
      today: "2026-12-04",
      isms: { risks: [{ id: "R-001", lastReviewed: day("2025-12-03") }] },
      errors: [{ cell: "R2", severity: "warning", id: "R-001", column: "Last reviewed",
        says: "last reviewed on 2025-12-03, more than 12 months ago" }],
    },
    {
      name: "a risk never reviewed",
      isms: { risks: [{ id: "R-009", lastReviewed: null }] },
      errors: [{ cell: "R2", severity: "warning", id: "R-009", column: "Last reviewed",
        says: "never been reviewed" }],
    },
    {
      name: "a review on 31 August overdue on 1 March under a six-month interval",
      today: "2027-03-01",
      isms: { settings: { reviewMonths: 6 }, risks: [{ id: "R-001",
        lastReviewed: day("2026-08-31") }] },
      errors: [{ cell: "R2", severity: "warning", id: "R-001", column: "Last reviewed" }],
    },
  ],
});

describe("the review interval's first current day", () => {
  it("agrees with counting months from each review day, month ends included", () => {
    const start = day("2025-12-20");
    const disagreements: string[] = [];
    for (const months of [1, 6, 12]) {
      for (let today = start; today < start + 120; today++) {
        const earliest = reviewCutoff(months, today);
        for (let last = today - 400; last <= today; last++) {
          if ((last >= earliest) !== (addMonths(last, months) >= today)) {
            disagreements.push(`${months} months, ${isoOf(last)} on ${isoOf(today)}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("puts month ends right: 1 March for 31 March and one month", () => {
    expect(isoOf(reviewCutoff(1, day("2027-03-31")))).toBe("2027-03-01");
    expect(isoOf(reviewCutoff(6, day("2027-02-28")))).toBe("2026-08-28");
  });
});
