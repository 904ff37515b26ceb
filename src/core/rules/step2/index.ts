/** The rules of ARM step 2: go live, with the timing that leaves evidence for the audits. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { evidenceTooShort } from "./evidenceTooShort";
import { goLiveMissing } from "./goLiveMissing";
import { goLiveTooLate } from "./goLiveTooLate";
import { stage2BeforeStage1 } from "./stage2BeforeStage1";
import { stage2TooSoon } from "./stage2TooSoon";

/** Every step 2 rule, in the order of RULES.md. */
export const STEP_2_RULES: readonly Rule<RuleIndex>[] = [
  goLiveMissing,
  goLiveTooLate,
  evidenceTooShort,
  stage2BeforeStage1,
  stage2TooSoon,
];
