/** Readiness question 3: Objectives measured and met? */
import { questionRule } from "./questionRule";

/** readiness/objectives-met: question 3 answered No. */
export const objectivesMet = questionRule(3, "readiness/objectives-met", "6.2");
