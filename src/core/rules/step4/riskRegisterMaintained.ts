/** Readiness question 4: Risk register maintained? */
import { questionRule } from "./questionRule";

/** readiness/risk-register-maintained: question 4 answered No. */
export const riskRegisterMaintained = questionRule(4, "readiness/risk-register-maintained", "8.2");
