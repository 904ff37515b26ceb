/** Questions 10 and 11: evidence of the controls; incidents tracked and managed. */
import { all, labelOf, nameRows } from "../reason";
import {
  OPEN_INCIDENT_STATUSES, SERIOUS_INCIDENT_SEVERITIES, answerOf, isKnown,
} from "../thresholds";
import type { Ctx, Verdict } from "./types";

/** Question 10: evidence of operation of all relevant controls? */
export function controlsEvidenced({ isms }: Ctx): Verdict {
  const rows = isms.soa.rows.filter((r) => r.applicable === "Yes");
  if (rows.length === 0) {
    return { answer: "no", reason: "No control is marked applicable in the SoA." };
  }
  const failing = rows.filter((r) => r.status !== "Implemented" || r.evidence === "");
  if (failing.length === 0) {
    return {
      answer: "yes",
      reason: `${all(rows.length, "applicable control")} Implemented with Evidence.`,
    };
  }
  const ids = nameRows(failing.map((r) => labelOf(r.control, r.row)));
  return {
    answer: answerOf(rows.length - failing.length, rows.length),
    reason: `Controls ${ids} not yet Implemented with Evidence.`,
  };
}

/** Question 11: incidents logged, tracked and managed? */
export function incidentsManaged({ isms }: Ctx): Verdict {
  const rows = isms.incidents.rows;
  if (rows.length === 0) return { answer: "yes", reason: "No incidents are logged." };
  const failing = rows.filter((r) => {
    if (r.severity === "" || r.status === "") return true;
    if (r.status === "Closed" && !isKnown(r.closedOn)) return true;
    const serious = SERIOUS_INCIDENT_SEVERITIES.includes(r.severity);
    return serious && OPEN_INCIDENT_STATUSES.includes(r.status) && r.improvement === "";
  });
  if (failing.length === 0) {
    return { answer: "yes", reason: `${all(rows.length, "incident")} tracked and managed.` };
  }
  const ids = nameRows(failing.map((r) => labelOf(r.id, r.row)));
  return {
    answer: answerOf(rows.length - failing.length, rows.length),
    reason: `${ids} lack severity, status, a Closed on date or an improvement.`,
  };
}
