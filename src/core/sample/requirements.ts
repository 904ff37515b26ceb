/** The Requirements register of the sample: how each clause 4.1 ... 10.2 is met. */
import { CLAUSES, STEP_1A_CLAUSES } from "../catalogue";
import type { RequirementRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { PEOPLE as P } from "./people";

interface Answer {
  readonly status: "Done" | "In progress";
  readonly how: string;
  readonly evidence: string;
  readonly owner: string;
  /** Days before today of the last review. */
  readonly reviewed: number;
}

const done = (how: string, evidence: string, owner: string, reviewed = 30): Answer => ({
  status: "Done", how, evidence, owner, reviewed,
});
const started = (how: string, evidence: string, owner: string, reviewed = 10): Answer => ({
  status: "In progress", how, evidence, owner, reviewed,
});

const ANSWERS: Readonly<Record<string, Answer>> = {
  "4.1": done(
    "Internal and external issues recorded in the Context register and reviewed at each " +
      "management review.",
    "Context register C-001 to C-006; ISMS manual section 2", P.security, 60,
  ),
  "4.2": done(
    "Interested parties and their requirements recorded in the Context register, with how " +
      "each is addressed.",
    "Context register C-007 to C-011; legal register LR-01", P.security, 60,
  ),
  "4.3": done(
    "Scope statement approved by the CEO, with boundaries (AWS shared responsibility, office " +
      "and home working) and interfaces to customers and suppliers.",
    "ISMS scope statement DOC-02 v1.1", P.ceo, 60,
  ),
  "4.4": done(
    "ISMS manual describes the processes, their owners and how they interact; processes run " +
      "through this workbook and the Jira SEC project.",
    "ISMS manual DOC-01 v1.2", P.security, 45,
  ),
  "5.1": done(
    "The CEO chairs the security steering group, approved the budget for certification and " +
      "signs the policy.",
    "Steering group minutes; approved ISMS budget", P.ceo, 45,
  ),
  "5.2": done(
    "Information security policy approved by the board, published on the intranet and " +
      "acknowledged by all staff.",
    "POL-01 Information security policy v2.0; acknowledgement report from the HR system",
    P.ceo, 45,
  ),
  "5.3": done(
    "Roles and responsibilities matrix (RACI) for the ISMS; security duties in job descriptions.",
    "DOC-03 ISMS roles and responsibilities v1.1", P.security, 45,
  ),
  "6.1": done(
    "Risks and opportunities of the ISMS itself are considered with the context at each " +
      "management review.",
    "ISMS manual section 4; Risks register", P.security, 40,
  ),
  "6.1.1": done(
    "Planning of actions to address risks and opportunities is tracked in the Improvements " +
      "register.",
    "Improvements register", P.security, 40,
  ),
  "6.1.2": done(
    "Risk assessment method: asset-based, likelihood and impact on a 1-5 scale, appetite 9; " +
      "owners assess their risks at least every 12 months and on significant change.",
    "DOC-04 Risk assessment methodology v1.2; Risks register", P.security, 40,
  ),
  "6.1.3": done(
    "Treatment chosen per risk (Modify, Retain, Avoid, Share) with Annex A controls, residual " +
      "rating and owner acceptance; the Statement of Applicability follows from it.",
    "Risks register; SoA v1.3 approved by the CEO", P.security, 25,
  ),
  "6.2": done(
    "Six measurable security objectives set by the steering group, measured monthly.",
    "Objectives register O-001 to O-006", P.security, 20,
  ),
  "6.3": done(
    "Changes to the ISMS are planned through the steering group with an impact note.",
    "Steering group minutes; ISMS change log in DOC-01", P.security, 45,
  ),
  "7.1": done(
    "A 0.6 FTE ISMS manager role, a tooling budget and the auditor's time are funded for the " +
      "year.",
    "Approved ISMS budget", P.ceo, 60,
  ),
  "7.2": done(
    "Competence needs per security role listed; gaps closed by training and recorded.",
    "Training register; DOC-05 competence matrix", P.people, 30,
  ),
  "7.3": done(
    "Security awareness at induction and yearly; phishing simulations every quarter.",
    "Training register T-001, T-002; simulation reports", P.security, 30,
  ),
  "7.4": done(
    "Communication plan: what is communicated, when, by whom, to whom (staff, customers, " +
      "suppliers, ICO).",
    "DOC-06 Communication plan v1.0", P.security, 60,
  ),
  "7.5": done(
    "Documented information is held in the ISMS SharePoint site under version control.",
    "ISMS SharePoint site; document register DOC-00", P.security, 45,
  ),
  "7.5.1": done(
    "The document register lists the documented information the standard and the ISMS need.",
    "Document register DOC-00", P.security, 45,
  ),
  "7.5.2": done(
    "Each document has an owner, version, approval and review date in its header.",
    "Document template; document register DOC-00", P.security, 45,
  ),
  "7.5.3": done(
    "SharePoint permissions restrict editing to owners; superseded versions are retained in " +
      "version history for three years.",
    "SharePoint permission report; retention label configuration", P.it, 45,
  ),
  "8.1": done(
    "Security processes (access reviews, vulnerability management, change management, " +
      "supplier reviews) run on a calendar with records kept.",
    "ISMS calendar; Jira SEC tickets since go-live", P.security, 14,
  ),
  "8.2": done(
    "Risk assessment repeated at go-live and on significant change (new region, new supplier).",
    "Risks register; risk review minutes", P.security, 14,
  ),
  "8.3": done(
    "Risk treatment plan carried out through the Improvements register and tracked weekly.",
    "Improvements register; weekly ISMS stand-up notes", P.security, 14,
  ),
  "9.1": started(
    "Monitoring and measurement defined for each objective; first two months of figures " +
      "collected, the evaluation report is being written.",
    "Objectives register; monthly metrics sheet", P.security,
  ),
  "9.2": done(
    "Internal audit programme covering all clauses and applicable controls over 12 months.",
    "Internal audit programme DOC-07; audit AU-001", P.auditor, 7,
  ),
  "9.2.1": done(
    "First internal audit held after go-live by a trained auditor independent of the areas " +
      "audited.",
    "Audit report AU-001", P.auditor, 7,
  ),
  "9.2.2": done(
    "Programme sets frequency, methods, responsibilities and reporting; results go to the " +
      "management review.",
    "Internal audit programme DOC-07", P.auditor, 7,
  ),
  "9.3": started(
    "First management review scheduled before Stage 1 with the full input agenda.",
    "Management review invitation and agenda AU-002", P.ceo,
  ),
  "9.3.1": started(
    "Management review held by the CEO with the steering group, at least yearly.",
    "Management review terms of reference", P.ceo,
  ),
  "9.3.2": started(
    "Agenda covers every input of 9.3.2, including audit results and objective figures.",
    "Draft agenda AU-002", P.security,
  ),
  "9.3.3": started(
    "Minutes template records decisions on improvement and changes to the ISMS.",
    "Minutes template", P.security,
  ),
  "10.1": done(
    "Improvements from any source are logged, prioritised by ease and benefit, and tracked to " +
      "closure in the Improvements register.",
    "Improvements register", P.security, 14,
  ),
  "10.2": done(
    "Nonconformities get a root cause analysis and a corrective action with an owner and date.",
    "Corrective action procedure DOC-08; I-006, I-007", P.security, 7,
  ),
};

/** One row per clause of ISO/IEC 27001, in the standard's order, with ARM steps 1A or 1C. */
export function sampleRequirements(d: SampleDates): Omit<RequirementRow, "row">[] {
  return CLAUSES.map((clause) => {
    const answer = ANSWERS[clause.id];
    return {
      clause: clause.id,
      title: clause.title,
      step: STEP_1A_CLAUSES.has(clause.id) ? "1A" : "1C",
      status: answer?.status ?? "Not started",
      howWeMeetIt: answer?.how ?? "",
      evidence: answer?.evidence ?? "",
      owner: answer?.owner ?? P.security,
      lastReviewed: answer ? d.day(-answer.reviewed) : null,
    };
  });
}
