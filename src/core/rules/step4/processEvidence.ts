/** Readiness question 2: Evidence of operation of all required ISMS processes? */
import { questionRule } from "./questionRule";

/** readiness/process-evidence: question 2 answered No. */
export const processEvidence = questionRule(2, "readiness/process-evidence", "4.4");
