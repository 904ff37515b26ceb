/** The Audits register of the sample (clauses 9.2, 9.3): internal audits, management reviews. */
import type { AuditRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { PEOPLE as P } from "./people";

/** An internal audit done after go-live, the first management review and the next audit. */
export function sampleAudits(d: SampleDates): Omit<AuditRow, "row">[] {
  return [
    {
      id: "AU-001", kind: "Internal audit",
      scope: "Clauses 4 to 10 and the controls of access, change, backup and supplier management",
      plannedDate: d.day(-9), doneOn: d.day(-8), lead: P.auditor, findings: 4,
      report: "ISMS SharePoint > Audits > AU-001 internal audit report",
      status: "Done",
    },
    {
      id: "AU-002", kind: "Management review",
      scope: "First management review: all inputs of clause 9.3.2",
      plannedDate: d.day(12), doneOn: null, lead: P.ceo, findings: null, report: "",
      status: "Planned",
    },
    {
      id: "AU-003", kind: "Internal audit",
      scope: "People and physical controls; incident management; supplier reviews",
      plannedDate: d.months(5), doneOn: null, lead: P.auditor, findings: null, report: "",
      status: "Planned",
    },
  ];
}
