/** Readiness question 9: Corrective actions and improvements logged and tracked? */
import { questionRule } from "./questionRule";

/** readiness/improvements-tracked: question 9 answered No. */
export const improvementsTracked = questionRule(9, "readiness/improvements-tracked", "10.1");
