/** The Training register of the sample (clauses 7.2, 7.3): awareness and competence. */
import type { TrainingRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { PEOPLE as P } from "./people";

/** About ten training rows: awareness for everyone, competence for the security roles. */
export function sampleTraining(d: SampleDates): Omit<TrainingRow, "row">[] {
  return [
    {
      id: "T-001", person: "All staff", topic: "Yearly security and data protection awareness",
      kind: "Awareness", requiredBy: d.day(-30), doneOn: d.day(-33), status: "Done",
      evidence: "Learning platform completion report (58 of 60; two on leave, booked)",
    },
    {
      id: "T-002", person: "All staff", topic: "Quarterly phishing simulation and follow-up",
      kind: "Awareness", requiredBy: d.day(-20), doneOn: d.day(-20), status: "Done",
      evidence: "Simulation report Q3",
    },
    {
      id: "T-003", person: "Engineering team", topic: "Secure coding (OWASP Top 10 and ASVS)",
      kind: "Competence", requiredBy: d.day(-45), doneOn: d.day(-50), status: "Done",
      evidence: "Course certificates in the HR system",
    },
    {
      id: "T-004", person: "Platform team", topic: "Incident response tabletop exercise",
      kind: "Competence", requiredBy: d.day(-25), doneOn: d.day(-28), status: "Done",
      evidence: "Tabletop exercise report",
    },
    {
      id: "T-005", person: P.security, topic: "ISO/IEC 27001 Lead Implementer",
      kind: "Competence", requiredBy: d.months(-6), doneOn: d.months(-7), status: "Done",
      evidence: "Certificate LI-2291",
    },
    {
      id: "T-006", person: P.auditor, topic: "ISO/IEC 27001 Internal Auditor",
      kind: "Competence", requiredBy: d.day(-30), doneOn: d.day(-52), status: "Done",
      evidence: "Course certificate",
    },
    {
      id: "T-007", person: "Customer success team", topic: "UK GDPR for support staff",
      kind: "Competence", requiredBy: d.day(-15), doneOn: d.day(-16), status: "Done",
      evidence: "Attendance list; quiz results",
    },
    {
      id: "T-008", person: "New starters", topic: "Security induction on the first day",
      kind: "Awareness", requiredBy: d.day(-1), doneOn: d.day(-1), status: "Done",
      evidence: "Induction checklists in the HR system",
    },
    {
      id: "T-009", person: P.platform, topic: "AWS Certified Security - Specialty",
      kind: "Competence", requiredBy: d.months(4), doneOn: null, status: "Planned",
      evidence: "",
    },
    {
      id: "T-010", person: "Customer success team", topic: "Caller verification and social " +
        "engineering on the phone", kind: "Competence", requiredBy: d.day(14), doneOn: null,
      status: "Planned", evidence: "",
    },
    {
      id: "T-011", person: P.cto, topic: "ISO/IEC 27001 Lead Implementer",
      kind: "Competence", requiredBy: d.months(3), doneOn: null, status: "Waived",
      evidence: "Holds the ISO/IEC 27001 Lead Auditor certificate; waived by the CEO",
    },
  ];
}
