/** Readiness question 6: Competency gaps being closed? */
import { questionRule } from "./questionRule";

/** readiness/competence-gaps-closing: question 6 answered No. */
export const competenceGapsClosing = questionRule(6, "readiness/competence-gaps-closing", "7.2");
