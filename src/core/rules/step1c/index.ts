/** The rules of ARM step 1C: the SoA, objectives and the remaining core requirements. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { objectiveIncomplete } from "./objectiveIncomplete";
import { requirementNotDone } from "./requirementNotDone";
import { riskControlExcluded } from "./riskControlExcluded";
import { soaApplicableMissing } from "./soaApplicableMissing";
import { soaControlDuplicate } from "./soaControlDuplicate";
import { soaControlMissing } from "./soaControlMissing";
import { soaControlUnknown } from "./soaControlUnknown";
import { soaJustificationMissing } from "./soaJustificationMissing";
import { soaReasonsMissing } from "./soaReasonsMissing";
import { soaStatusMismatch } from "./soaStatusMismatch";

/** Every step 1C rule, in the order of RULES.md. */
export const STEP_1C_RULES: readonly Rule<RuleIndex>[] = [
  soaControlMissing,
  soaControlDuplicate,
  soaControlUnknown,
  soaApplicableMissing,
  soaJustificationMissing,
  soaReasonsMissing,
  riskControlExcluded,
  soaStatusMismatch,
  objectiveIncomplete,
  requirementNotDone,
];
