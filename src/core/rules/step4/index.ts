/** The rules of ARM step 4: the twelve Stage 2 readiness questions. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import { awarenessDeployed } from "./awarenessDeployed";
import { competenceGapsClosing } from "./competenceGapsClosing";
import { controlsEvidenced } from "./controlsEvidenced";
import { improvementsTracked } from "./improvementsTracked";
import { incidentsManaged } from "./incidentsManaged";
import { internalAuditConducted } from "./internalAuditConducted";
import { managementReviewConducted } from "./managementReviewConducted";
import { objectivesMet } from "./objectivesMet";
import { processEvidence } from "./processEvidence";
import { riskProfileAcceptable } from "./riskProfileAcceptable";
import { riskRegisterMaintained } from "./riskRegisterMaintained";
import { stage1FindingsClosed } from "./stage1FindingsClosed";

/** Every step 4 rule, one per readiness question, numbered 1 to 12. */
export const STEP_4_RULES: readonly Rule<RuleIndex>[] = [
  stage1FindingsClosed,
  processEvidence,
  objectivesMet,
  riskRegisterMaintained,
  awarenessDeployed,
  competenceGapsClosing,
  internalAuditConducted,
  managementReviewConducted,
  improvementsTracked,
  controlsEvidenced,
  incidentsManaged,
  riskProfileAcceptable,
];
