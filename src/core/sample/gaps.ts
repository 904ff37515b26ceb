/**
 * The gaps left in the sample on purpose, so that a first check of it shows what the product
 * finds. Each names the register, the row (ID, or control for the SoA) and the column at fault,
 * and the rule of the ARM rules that should report it.
 *
 * 1. Assets A-017 (Zendesk) has no Owner: "asset without owner" (step 1A, error).
 * 2. Risks R-011 (DDoS, score 12) has no Treatment: "risk above appetite with no treatment"
 *    (step 1A, error).
 * 3. Risks R-014 (key person, Retain, residual 12) has no Accepted by / Accepted on: "residual
 *    score above appetite, treatment Retain, and no acceptance" (step 1A, error).
 * 4. Risks R-015 was last reviewed 14 months ago: "risk not reviewed within the review interval"
 *    (step 1A, warning).
 * 5. Risks R-016 has Treatment "Mitigate": a synonym outside the list, read as Modify and fixable
 *    (structure finding of the reader, counted under the Risks sheet's step 1A, error).
 * 6. The last row of Risks (analytics warehouse) has no ID: "a row has no ID" (structure,
 *    step 1A, error, fixable). Until it has one, the SoA Risks column of the controls it names
 *    (5.12, 8.10, 8.11) cannot list it, so a check may also call those three cells stale.
 * 7. SoA 7.4 is excluded with no Justification: "excluded control without Justification"
 *    (step 1C, error).
 * 8. SoA 5.7 is applicable with no How implemented: "applicable control with no How
 *    implemented" (step 1B, warning).
 * 9. Improvements I-004 is Needed by Stage 1 with a target date two weeks after Stage 1: "not
 *    done, Needed by Stage 1 and target date after that audit date" (step 3, error).
 * 10. Improvements I-009 is Open and its target date has passed: "open and past its target date"
 *    (step 3, warning).
 * 11. Improvements I-010 is Done with no Done on: "Status Done with no Done on" (step 3, warning).
 *
 * The sample is otherwise in the state of a real ISMS a few weeks after go-live, and a check
 * also says so: clauses 9.1 and 9.3.x are In progress (step 1C warnings), the first management
 * review is only planned (readiness question 8), objective O-002 is At risk (question 3), and
 * stand above appetite (question 12).
 */
import type { ArmStep } from "../schema/types";

/** One deliberate gap of the sample and the finding it should give. */
export interface SampleGap {
  readonly register: "assets" | "risks" | "soa" | "improvements";
  /** The row's ID, or the control for the SoA; "" for the risk row that has no ID. */
  readonly key: string;
  /** The column header at fault. */
  readonly column: string;
  /** The ARM step the finding counts under (structure findings: the sheet's step). */
  readonly step: ArmStep;
  readonly severity: "error" | "warning";
  readonly fixable: boolean;
  /** The condition of the ARM rules that should report it, in their words. */
  readonly rule: string;
}

/** The deliberate gaps, in the order of the list above. */
export const SAMPLE_GAPS: readonly SampleGap[] = [
  gap("assets", "A-017", "Owner", "1A", "error", "asset without owner"),
  gap("risks", "R-011", "Treatment", "1A", "error", "risk above appetite with no treatment"),
  gap("risks", "R-014", "Accepted by", "1A", "error",
    "residual score above appetite, treatment Retain, and no Accepted by / Accepted on"),
  gap("risks", "R-015", "Last reviewed", "1A", "warning",
    "risk not reviewed within the review interval"),
  gap("risks", "R-016", "Treatment", "1A", "warning",
    "a synonym outside the list, accepted as the standard's word", true),
  gap("risks", "", "ID", "1A", "error", "a row has no ID", true),
  gap("soa", "7.4", "Justification", "1C", "error", "excluded control without Justification"),
  gap("soa", "5.7", "How implemented", "1B", "warning",
    "applicable control with no \"How implemented\""),
  gap("improvements", "I-004", "Target date", "3", "error",
    "not done, Needed by Stage 1 (or Stage 2) and target date after that audit date"),
  gap("improvements", "I-009", "Target date", "3", "warning", "open and past its target date"),
  gap("improvements", "I-010", "Done on", "3", "warning", "Status Done with no \"Done on\""),
];

function gap(
  register: SampleGap["register"], key: string, column: string, step: ArmStep,
  severity: SampleGap["severity"], rule: string, fixable = false,
): SampleGap {
  return { register, key, column, step, severity, fixable, rule };
}
