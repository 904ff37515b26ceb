/** ARM step 3: a finished improvement says when it was finished, as evidence for the audit. */
import type { RuleIndex } from "../lookup";
import { isBlankNumber, nameOf, perRow, rowFinding, str } from "../helpers";
import type { Rule } from "../types";

/** improvement/done-without-date: Status Done and no Done on date. */
export const doneWithoutDate: Rule<RuleIndex> = {
  id: "improvement/done-without-date",
  step: "3",
  severity: "warning",
  clause: "10.2",
  description: "Every improvement marked Done has a Done on date.",
  fixable: false,
  check({ isms }) {
    const reg = isms.improvements;
    return perRow(reg, ["status", "doneOn"], (row) => {
      if (str(row.status) !== "Done") return "skip";
      if (!isBlankNumber(row.doneOn)) return null;
      return rowFinding(doneWithoutDate, reg, row, "doneOn",
        `${nameOf(reg, row)} is Done with no date: enter when it was finished in Done on.`);
    });
  },
};
