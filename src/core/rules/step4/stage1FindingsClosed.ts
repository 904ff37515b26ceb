/** Readiness question 1: Closed any critical findings from Stage 1? */
import { questionRule } from "./questionRule";

/** readiness/stage1-findings-closed: question 1 answered No. */
export const stage1FindingsClosed = questionRule(1, "readiness/stage1-findings-closed", "10.2");
