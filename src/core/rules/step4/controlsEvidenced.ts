/** Readiness question 10: Evidence of operation of all relevant controls? */
import { questionRule } from "./questionRule";

/** readiness/controls-evidenced: question 10 answered No. */
export const controlsEvidenced = questionRule(10, "readiness/controls-evidenced", "8.1");
