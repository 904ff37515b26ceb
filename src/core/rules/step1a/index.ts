/** The rules of ARM step 1A: foundations, context, assets and the risk assessment. */
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";
import assetClassification from "./assetClassification";
import assetOwnerMissing from "./assetOwnerMissing";
import assetWithoutRisk from "./assetWithoutRisk";
import interestedPartyMissing from "./interestedPartyMissing";
import issueMissing from "./issueMissing";
import modifyWithoutControls from "./modifyWithoutControls";
import organisationMissing from "./organisationMissing";
import requirementNotDone from "./requirementNotDone";
import residualAboveInherent from "./residualAboveInherent";
import residualWithoutControls from "./residualWithoutControls";
import reviewOverdue from "./reviewOverdue";
import riskNotAccepted from "./riskNotAccepted";
import riskOwnerMissing from "./riskOwnerMissing";
import riskRating from "./riskRating";
import riskUntreated from "./riskUntreated";
import riskWithoutAsset from "./riskWithoutAsset";
import scopeMissing from "./scopeMissing";
import scoreFormula from "./scoreFormula";

/** Step 1A rules, in the order their findings are listed. */
export const STEP_1A_RULES: readonly Rule<RuleIndex>[] = [
  organisationMissing, scopeMissing, interestedPartyMissing, issueMissing, requirementNotDone,
  assetOwnerMissing, assetClassification, assetWithoutRisk, riskOwnerMissing, riskRating,
  riskWithoutAsset, riskUntreated, riskNotAccepted, modifyWithoutControls, residualAboveInherent,
  residualWithoutControls, reviewOverdue, scoreFormula,
];
