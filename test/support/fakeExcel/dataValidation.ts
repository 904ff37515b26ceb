/** Data validation of a range in the in-memory Excel: list rules (dropdowns) only. */
import { boxA1, overlaps } from "./address";
import type { FakeContextCore } from "./context";
import { excelError, FakeErrorCode } from "./errors";
import type { RangeTarget } from "./range";
import { writable } from "./state";

interface Resolvable {
  resolveTarget(): RangeTarget | null;
}

/** The data validation of a range: only list rules are imitated. */
export class FakeDataValidation implements Pick<Excel.DataValidation, "rule" | "clear"> {
  constructor(private readonly core: FakeContextCore, private readonly range: Resolvable) {}

  /** Sets the rule; a list source written as text holds at most 255 characters. */
  set rule(rule: Excel.DataValidationRule) {
    this.core.requires("1.8", "DataValidation.rule");
    this.core.enqueue("DataValidation.rule", JSON.stringify(rule ?? null).length, () => {
      const t = this.range.resolveTarget();
      if (!t) throw excelError(FakeErrorCode.itemNotFound, "No such range.", "DataValidation.rule");
      writable(t.sheet, "DataValidation.rule");
      const source = rule?.list?.source;
      const problem = !rule?.list ? "only list rules are imitated"
        : typeof source !== "string" || source.trim() === "" ? "the list source is empty"
          : !source.startsWith("=") && source.length > 255 ? "the list is over 255 characters"
            : null;
      if (problem) {
        throw excelError(FakeErrorCode.invalidArgument, `Bad validation rule: ${problem}.`,
          "DataValidation.rule");
      }
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.box, t.box));
      t.sheet.validations.push({ address: boxA1(t.box), box: t.box, rule });
    });
  }

  get rule(): Excel.DataValidationRule {
    throw excelError(FakeErrorCode.notImplemented, "Reading DataValidation.rule is not imitated.");
  }

  /** Removes the validation of the range's cells. */
  clear(): void {
    this.core.requires("1.8", "DataValidation.clear");
    this.core.enqueue("DataValidation.clear", 0, () => {
      const t = this.range.resolveTarget();
      if (!t) return;
      writable(t.sheet, "DataValidation.clear");
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.box, t.box));
    });
  }
}
