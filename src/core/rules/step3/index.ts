/** The rules of ARM step 3: the Corrective Actions & Improvements Track is planned and kept. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { deferralUnaccepted } from "./deferralUnaccepted";
import { doneWithoutDate } from "./doneWithoutDate";
import { improvementIncomplete } from "./improvementIncomplete";
import { improvementLateForAudit } from "./improvementLateForAudit";
import { improvementOverdue } from "./improvementOverdue";

/** Every step 3 rule, in the order of RULES.md. */
export const STEP_3_RULES: readonly Rule<RuleIndex>[] = [
  improvementIncomplete,
  improvementLateForAudit,
  improvementOverdue,
  deferralUnaccepted,
  doneWithoutDate,
];
