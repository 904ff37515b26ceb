/** Every ARM rule the checker runs, in the order of the method's steps. */
import type { Rule } from "./types";
import type { RuleIndex } from "./lookup";
import { STRUCTURE_RULES } from "./structure";
import { STEP_1A_RULES } from "./step1a";
import { STEP_1B_RULES } from "./step1b";
import { STEP_1C_RULES } from "./step1c";
import { STEP_2_RULES } from "./step2";
import { STEP_3_RULES } from "./step3";
import { STEP_4_RULES } from "./step4";

/** All rules: structure first, then steps 1A, 1B, 1C, 2, 3 and 4. */
export const ALL_RULES: readonly Rule<RuleIndex>[] = [
  ...STRUCTURE_RULES,
  ...STEP_1A_RULES,
  ...STEP_1B_RULES,
  ...STEP_1C_RULES,
  ...STEP_2_RULES,
  ...STEP_3_RULES,
  ...STEP_4_RULES,
];
