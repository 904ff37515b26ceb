/** Readiness question 8: Management reviews conducted? */
import { questionRule } from "./questionRule";

/** readiness/management-review-conducted: question 8 answered No. */
export const managementReviewConducted = questionRule(
  8, "readiness/management-review-conducted", "9.3",
);
