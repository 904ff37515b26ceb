/** The Incidents register of the sample (Annex A 5.24-5.28). */
import type { IncidentRow } from "../schema/rows";
import type { SampleDates } from "./dates";

/** Five incidents since go-live and shortly before it, most of them closed. */
export function sampleIncidents(d: SampleDates): Omit<IncidentRow, "row">[] {
  return [
    {
      id: "IN-001", reportedOn: d.day(-40),
      incident: "Laptop left on a train; found and returned two days later",
      severity: "Low", assets: ["A-024"], status: "Closed",
      rootCause: "Human error; device was encrypted and locked, no data exposed.",
      improvement: "", closedOn: d.day(-37),
    },
    {
      id: "IN-002", reportedOn: d.day(-18),
      incident: "Customer emailed a payroll export to the wrong payroll bureau",
      severity: "Medium", assets: ["A-002", "A-001"], status: "Closed",
      rootCause:
        "Address autocomplete in the customer's email; recipient deleted the file and " +
        "confirmed in writing. Customer (the controller) decided it was not notifiable.",
      improvement: "I-008", closedOn: d.day(-8),
    },
    {
      id: "IN-003", reportedOn: d.day(-12),
      incident:
        "Targeted phishing email to the finance team asking to change supplier bank details",
      severity: "Medium", assets: ["A-014", "A-006"], status: "Closed",
      rootCause: "Reported by the recipient; no payment made; sender domain blocked.",
      improvement: "", closedOn: d.day(-11),
    },
    {
      id: "IN-004", reportedOn: d.day(-6),
      incident: "Spike of failed logins on the customer sign-in page from one hosting range",
      severity: "Low", assets: ["A-011"], status: "Resolved",
      rootCause: "Credential stuffing attempt; blocked by WAF rate rule, no account accessed.",
      improvement: "", closedOn: null,
    },
    {
      id: "IN-005", reportedOn: d.day(-2),
      incident:
        "Support agent shared a screenshot with worker phone numbers in a public forum post",
      severity: "Medium", assets: ["A-007", "A-001"], status: "Investigating",
      rootCause: "", improvement: "", closedOn: null,
    },
  ];
}
