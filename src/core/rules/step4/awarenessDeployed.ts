/** Readiness question 5: Awareness training deployed to those in scope? */
import { questionRule } from "./questionRule";

/** readiness/awareness-deployed: question 5 answered No. */
export const awarenessDeployed = questionRule(5, "readiness/awareness-deployed", "7.3");
