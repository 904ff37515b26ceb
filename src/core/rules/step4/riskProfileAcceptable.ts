/** Readiness question 12: Happy with the current risk profile? */
import { questionRule } from "./questionRule";

/** readiness/risk-profile-acceptable: question 12 answered No. */
export const riskProfileAcceptable = questionRule(12, "readiness/risk-profile-acceptable", "8.3");
