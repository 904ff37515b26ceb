/** Questions 2 and 3: evidence of the ISMS processes; objectives measured and met. */
import { all, labelOf, nameRows } from "../reason";
import { OBJECTIVE_GOOD_STATUSES, answerOf, isKnown } from "../thresholds";
import type { Ctx, Verdict } from "./types";

/** Question 2: evidence of operation of all required ISMS processes? */
export function processEvidence({ isms }: Ctx): Verdict {
  const rows = isms.requirements.rows;
  if (rows.length === 0) return { answer: "no", reason: "The Requirements register is empty." };
  const failing = rows.filter((r) => r.status !== "Done" || r.evidence === "");
  if (failing.length === 0) {
    return { answer: "yes", reason: `${all(rows.length, "requirement")} Done with Evidence.` };
  }
  const ids = nameRows(failing.map((r) => labelOf(r.clause, r.row)));
  return {
    answer: answerOf(rows.length - failing.length, rows.length),
    reason: `Clauses ${ids} not Done with Evidence.`,
  };
}

/** Question 3: objectives measured and met? */
export function objectivesMet({ isms }: Ctx): Verdict {
  const rows = isms.objectives.rows;
  if (rows.length === 0) return { answer: "no", reason: "No objectives are set." };
  const failing = rows.filter(
    (r) => !isKnown(r.lastMeasured) || !OBJECTIVE_GOOD_STATUSES.includes(r.status),
  );
  if (failing.length === 0) {
    return { answer: "yes", reason: `${all(rows.length, "objective")} measured, On track or Met.` };
  }
  const ids = nameRows(failing.map((r) => labelOf(r.id, r.row)));
  return {
    answer: answerOf(rows.length - failing.length, rows.length),
    reason: `${ids} not measured, or not On track or Met.`,
  };
}
