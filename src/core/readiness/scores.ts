/** A risk's inherent and residual scores as the rules and the readiness questions read them. */
import type { RiskRow } from "../schema/rows";
import { isKnown } from "./thresholds";

/** Likelihood x impact, from the Score cell or, where it is blank, from the two ratings. */
export function inherentScoreOf(risk: RiskRow): number | null {
  if (isKnown(risk.score)) return risk.score;
  if (isKnown(risk.likelihood) && isKnown(risk.impact)) return risk.likelihood * risk.impact;
  return null;
}

/**
 * The residual score: the Residual score cell, else residual likelihood x residual impact, else
 * the inherent score (a risk not yet treated keeps its inherent level); null when unrated.
 */
export function residualScoreOf(risk: RiskRow): number | null {
  if (isKnown(risk.residualScore)) return risk.residualScore;
  if (isKnown(risk.residualLikelihood) && isKnown(risk.residualImpact)) {
    return risk.residualLikelihood * risk.residualImpact;
  }
  return inherentScoreOf(risk);
}
