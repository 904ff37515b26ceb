/** The rules of ARM step 1B: describe the controls in place today, linked to their risks. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import howImplementedMissing from "./howImplementedMissing";
import risksStale from "./risksStale";
import statusMissing from "./statusMissing";

/** Step 1B rules, in the order their findings are listed. */
export const STEP_1B_RULES: readonly Rule<RuleIndex>[] = [
  statusMissing, howImplementedMissing, risksStale,
];
