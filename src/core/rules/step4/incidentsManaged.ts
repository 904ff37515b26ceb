/** Readiness question 11: Incidents logged, tracked and managed? */
import { questionRule } from "./questionRule";

/** readiness/incidents-managed: question 11 answered No. */
export const incidentsManaged = questionRule(11, "readiness/incidents-managed", "A 5.24-5.28");
