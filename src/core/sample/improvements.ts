/** The Improvements register of the sample: the Corrective Actions & Improvements Track. */
import type { ImprovementRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { PEOPLE as P } from "./people";

type Draft = Omit<ImprovementRow, "row" | "related"> & { related: string };

/** About fifteen improvements from the gap analysis, risk treatment, audit and incidents. */
export function sampleImprovements(d: SampleDates): Omit<ImprovementRow, "row">[] {
  const drafts: Draft[] = [
    {
      id: "I-001", improvement: "Write, approve and publish the information security policy set",
      source: "Gap analysis", related: "5.1; 5.10", owner: P.security, priority: "High",
      ease: "Moderate", benefit: "High", neededBy: "Stage 1", targetDate: d.day(-100),
      status: "Done", doneOn: d.day(-95), deferralAcceptedBy: "", notes: "",
    },
    {
      id: "I-002", improvement: "Enforce FIDO2 security keys for AWS, GitHub and Entra admins",
      source: "Risk treatment", related: "R-001; 8.5; 5.17; A-026", owner: P.security,
      priority: "Critical", ease: "Moderate", benefit: "High", neededBy: "Stage 1",
      targetDate: d.day(-60), status: "Done", doneOn: d.day(-64), deferralAcceptedBy: "",
      notes: "",
    },
    {
      id: "I-003", improvement: "Extend quarterly access reviews to Zendesk, Xero and Datadog",
      source: "Risk treatment", related: "R-002; 5.18", owner: P.security, priority: "High",
      ease: "Easy", benefit: "High", neededBy: "Stage 2", targetDate: d.day(45),
      status: "In progress", doneOn: null, deferralAcceptedBy: "", notes: "",
    },
    {
      id: "I-004", improvement: "Set up a threat intelligence process and describe it in the SoA",
      source: "Gap analysis", related: "5.7; R-018", owner: P.security, priority: "Medium",
      ease: "Easy", benefit: "Medium", neededBy: "Stage 1", targetDate: d.day(35),
      status: "Open", doneOn: null, deferralAcceptedBy: "", notes: "",
    },
    {
      id: "I-005", improvement: "Route GuardDuty findings to the on-call rota and tune the alerts",
      source: "Risk treatment", related: "R-018; R-017; 8.16", owner: P.platform,
      priority: "High", ease: "Moderate", benefit: "High", neededBy: "Stage 2",
      targetDate: d.day(40), status: "In progress", doneOn: null, deferralAcceptedBy: "",
      notes: "",
    },
    {
      id: "I-006", improvement: "Leaver checklist skipped for two contractors: make it mandatory",
      source: "Internal audit", related: "R-002; 6.5", owner: P.people, priority: "High",
      ease: "Easy", benefit: "High", neededBy: "Stage 1", targetDate: d.day(10),
      status: "In progress", doneOn: null, deferralAcceptedBy: "",
      notes: "Nonconformity NC-1 of audit AU-001.",
    },
    {
      id: "I-007", improvement: "Record the quarterly backup restore test with its evidence",
      source: "Internal audit", related: "R-005; 8.13", owner: P.platform, priority: "Medium",
      ease: "Easy", benefit: "Medium", neededBy: "Stage 1", targetDate: d.day(-2),
      status: "Done", doneOn: d.day(-3), deferralAcceptedBy: "",
      notes: "Nonconformity NC-2 of audit AU-001.",
    },
    {
      id: "I-008", improvement: "Ask for recipient confirmation before a payroll export is emailed",
      source: "Incident", related: "IN-002; R-012; 5.14", owner: P.engineering,
      priority: "High", ease: "Moderate", benefit: "High", neededBy: "Stage 1",
      targetDate: d.day(-5), status: "Done", doneOn: d.day(-8), deferralAcceptedBy: "",
      notes: "",
    },
    {
      id: "I-009", improvement: "Complete security assessments of the remaining sub-processors",
      source: "Gap analysis", related: "R-008; 5.19; 5.22; A-022", owner: P.finance,
      priority: "Medium", ease: "Moderate", benefit: "Medium", neededBy: "Stage 2",
      targetDate: d.day(-10), status: "Open", doneOn: null, deferralAcceptedBy: "", notes: "",
    },
    {
      id: "I-010", improvement: "Publish the supplier register with criticality ratings",
      source: "Gap analysis", related: "5.19; A-021", owner: P.finance, priority: "Medium",
      ease: "Easy", benefit: "Medium", neededBy: "Stage 1", targetDate: d.day(-30),
      status: "Done", doneOn: null, deferralAcceptedBy: "", notes: "",
    },
    {
      id: "I-011", improvement: "Add rate limiting to the public API endpoints",
      source: "Internal audit", related: "R-011; 8.6; 8.21", owner: P.engineering,
      priority: "Medium", ease: "Moderate", benefit: "Medium", neededBy: "Stage 2",
      targetDate: d.day(55), status: "Open", doneOn: null, deferralAcceptedBy: "",
      notes: "Observation of audit AU-001.",
    },
    {
      id: "I-012", improvement: "Hire and train a second platform engineer",
      source: "Risk treatment", related: "R-014; A-028", owner: P.cto, priority: "High",
      ease: "Hard", benefit: "High", neededBy: "After certification",
      targetDate: d.months(7), status: "Open", doneOn: null, deferralAcceptedBy: P.ceo,
      notes: "Budgeted for the next financial year.",
    },
    {
      id: "I-013", improvement: "Pseudonymise worker identifiers in the analytics warehouse load",
      source: "Gap analysis", related: "8.11; A-032", owner: P.cto, priority: "High",
      ease: "Moderate", benefit: "High", neededBy: "Stage 2", targetDate: d.day(60),
      status: "Open", doneOn: null, deferralAcceptedBy: "", notes: "",
    },
    {
      id: "I-014", improvement: "Train the customer success team on caller verification",
      source: "Internal audit", related: "R-023; 6.3", owner: P.customers, priority: "High",
      ease: "Easy", benefit: "High", neededBy: "Stage 1", targetDate: d.day(14),
      status: "In progress", doneOn: null, deferralAcceptedBy: "",
      notes: "Observation of audit AU-001; training T-010.",
    },
    {
      id: "I-015", improvement: "Deploy Microsoft Purview DLP policies for Restricted data",
      source: "Gap analysis", related: "8.12; R-012", owner: P.it, priority: "Low",
      ease: "Hard", benefit: "Medium", neededBy: "After certification",
      targetDate: d.months(6), status: "Open", doneOn: null, deferralAcceptedBy: "",
      notes: "R-012's residual risk is within appetite without it.",
    },
    {
      id: "I-016", improvement: "Run a full regional recovery exercise from backups",
      source: "Risk treatment", related: "5.30; R-006", owner: P.platform,
      priority: "Medium", ease: "Hard", benefit: "High", neededBy: "Stage 2",
      targetDate: d.day(50), status: "Open", doneOn: null, deferralAcceptedBy: "", notes: "",
    },
  ];
  return drafts.map(({ related, ...rest }) => ({
    ...rest,
    related: related.split(";").map((s) => s.trim()),
  }));
}
