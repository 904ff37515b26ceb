/** The Objectives register of the sample (clause 6.2): measurable security objectives. */
import type { ObjectiveRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { PEOPLE as P } from "./people";

/** Six objectives, measured monthly since go-live. */
export function sampleObjectives(d: SampleDates): Omit<ObjectiveRow, "row">[] {
  const measured = d.day(-4);
  const yearEnd = d.months(9);
  return [
    {
      id: "O-001", objective: "Keep the platform available for customers",
      measure: "Monthly availability of the web application from external monitoring",
      target: "99.9% or more every month", owner: P.platform, due: yearEnd,
      lastMeasured: measured, result: "99.97%", status: "On track",
    },
    {
      id: "O-002", objective: "Fix critical and high vulnerabilities quickly",
      measure: "Share of critical (7 days) and high (30 days) findings fixed in time",
      target: "95% or more", owner: P.platform, due: yearEnd, lastMeasured: measured,
      result: "92%", status: "At risk",
    },
    {
      id: "O-003", objective: "Every member of staff completes security awareness training",
      measure: "Staff with current awareness training / all staff", target: "100%",
      owner: P.people, due: d.day(30), lastMeasured: measured, result: "97% (58 of 60)",
      status: "On track",
    },
    {
      id: "O-004", objective: "Staff recognise and report phishing",
      measure: "Report rate in the quarterly phishing simulation",
      target: "Report rate 60% or more, click rate 5% or less", owner: P.security, due: yearEnd,
      lastMeasured: d.day(-20), result: "Reported 64%, clicked 4%", status: "Met",
    },
    {
      id: "O-005", objective: "No customer personal data breach notifiable to the ICO",
      measure: "Notifiable breaches in the year", target: "0", owner: P.dpo, due: yearEnd,
      lastMeasured: measured, result: "0", status: "On track",
    },
    {
      id: "O-006", objective: "Review every access right to production each quarter",
      measure: "Quarterly access reviews completed for AWS, GitHub and Entra admin roles",
      target: "4 of 4 in the year", owner: P.security, due: yearEnd, lastMeasured: measured,
      result: "1 of 1 so far", status: "On track",
    },
  ];
}
