/** Readiness question 7: Internal audits conducted? */
import { questionRule } from "./questionRule";

/** readiness/internal-audit-conducted: question 7 answered No. */
export const internalAuditConducted = questionRule(7, "readiness/internal-audit-conducted", "9.2");
