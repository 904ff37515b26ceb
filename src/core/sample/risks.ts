/** The Risks register of the sample: threats to named assets, treated with Annex A controls. */
import type { RiskRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { PEOPLE as P } from "./people";

type Rating = [likelihood: number, impact: number];

interface Draft {
  id: string;
  risk: string;
  assets: string;
  threat: string;
  vulnerability: string;
  owner: string;
  inherent: Rating;
  treatment: string;
  controls: string;
  residual: Rating | null;
  status: string;
  acceptedBy?: string;
  /** Days before today; also used for Accepted on where the risk is accepted. */
  reviewed: number;
  /** Months before today, for a review older than the days above can say plainly. */
  reviewedMonths?: number;
  notes?: string;
}

const list = (text: string) => (text ? text.split(";").map((s) => s.trim()) : []);

function row(draft: Draft, d: SampleDates): Omit<RiskRow, "row"> {
  const [l, i] = draft.inherent;
  const [rl, ri] = draft.residual ?? [null, null];
  return {
    id: draft.id, risk: draft.risk, assets: list(draft.assets), threat: draft.threat,
    vulnerability: draft.vulnerability, owner: draft.owner, likelihood: l, impact: i,
    score: l * i, treatment: draft.treatment, controls: list(draft.controls),
    residualLikelihood: rl, residualImpact: ri,
    residualScore: rl !== null && ri !== null ? rl * ri : null,
    acceptedBy: draft.acceptedBy ?? "",
    acceptedOn: draft.acceptedBy ? d.day(-draft.reviewed) : null,
    status: draft.status, notes: draft.notes ?? "",
    lastReviewed: draft.reviewedMonths
      ? d.months(-draft.reviewedMonths)
      : d.day(-draft.reviewed),
  };
}

/** About thirty risks rated on a 1-5 scale; the deliberate gaps are listed in ./gaps. */
export function sampleRisks(d: SampleDates): Omit<RiskRow, "row">[] {
  const drafts: Draft[] = [
    {
      id: "R-001", risk: "Account takeover of staff or administrator accounts by phishing",
      assets: "A-015; A-001; A-014; A-026", threat: "Credential phishing and MFA fatigue attacks",
      vulnerability: "Staff receive targeted phishing; push-notification MFA can be approved by " +
        "mistake", owner: P.security, inherent: [4, 5], treatment: "Modify",
      controls: "5.17; 8.5; 6.3; 5.15", residual: [2, 4], status: "Treating", reviewed: 30,
    },
    {
      id: "R-002", risk: "Leavers or movers keep access to production or source code",
      assets: "A-013; A-016; A-015", threat: "Misuse of access by a former employee",
      vulnerability: "Some tools outside single sign-on; manual leaver steps",
      owner: P.people, inherent: [3, 4], treatment: "Modify", controls: "5.18; 5.16; 8.2; 6.5",
      residual: [2, 3], status: "Treating", reviewed: 30,
    },
    {
      id: "R-003", risk: "Ransomware or other malware on a staff laptop spreads to company data",
      assets: "A-024; A-014", threat: "Malware delivered by email, web or removable media",
      vulnerability: "Staff install software; laptops used at home on shared networks",
      owner: P.it, inherent: [3, 4], treatment: "Modify", controls: "8.7; 8.1; 8.8; 8.13",
      residual: [2, 3], status: "Treating", reviewed: 30,
    },
    {
      id: "R-004", risk: "A flaw in the application lets one customer see another's staff data",
      assets: "A-011; A-001", threat: "Attacker or curious user tampering with tenant identifiers",
      vulnerability: "Multi-tenant data in shared tables; authorisation checks written by hand",
      owner: P.engineering, inherent: [3, 5], treatment: "Modify",
      controls: "8.25; 8.26; 8.28; 8.29; 8.8", residual: [2, 4], status: "Treating",
      reviewed: 30,
    },
    {
      id: "R-005", risk: "Production database lost or corrupted with no usable backup",
      assets: "A-001; A-008; A-013", threat: "Operator error, failed migration, malicious deletion",
      vulnerability: "Schema migrations run against live data", owner: P.platform,
      inherent: [2, 5], treatment: "Modify", controls: "8.13; 8.32; 8.31", residual: [1, 4],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-006", risk: "AWS regional outage makes the platform unavailable beyond the SLA",
      assets: "A-013; A-011; A-021", threat: "Loss of the eu-west-2 region",
      vulnerability: "Single-region deployment (three availability zones)", owner: P.cto,
      inherent: [2, 4], treatment: "Retain", controls: "5.30; 8.14", residual: [2, 4],
      status: "Accepted", acceptedBy: P.ceo, reviewed: 40,
      notes: "A second region costs more than the SLA credits at risk; reviewed yearly.",
    },
    {
      id: "R-007", risk: "Secrets committed to a repository are found and used",
      assets: "A-009; A-003; A-016", threat: "Leak of credentials through code or CI logs",
      vulnerability: "Developers handle API keys locally", owner: P.platform,
      inherent: [3, 5], treatment: "Modify", controls: "8.24; 5.17; 8.4; 8.28",
      residual: [2, 4], status: "Treating", reviewed: 30,
    },
    {
      id: "R-008", risk: "A supplier holding our data suffers a breach",
      assets: "A-022; A-023; A-001", threat: "Compromise of a supplier's systems",
      vulnerability: "Phone numbers shared with the SMS provider; test reports at the testers",
      owner: P.finance, inherent: [2, 3], treatment: "Share", controls: "5.19; 5.20; 5.22",
      residual: [2, 2], status: "Treating", reviewed: 35,
      notes: "Liability and breach notice terms in the supplier contracts; cyber insurance.",
    },
    {
      id: "R-009", risk: "A lost or stolen laptop exposes company or customer information",
      assets: "A-024; A-031", threat: "Theft from a car, train or home",
      vulnerability: "Laptops travel daily between home and office", owner: P.it,
      inherent: [4, 3], treatment: "Modify", controls: "8.1; 8.24; 7.9; 6.7", residual: [2, 2],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-010", risk: "Support staff look at customer data without a business need",
      assets: "A-001; A-007; A-029", threat: "Curiosity or misuse by an insider",
      vulnerability: "Support needs read access to customer tenants", owner: P.customers,
      inherent: [2, 4], treatment: "Modify", controls: "8.15; 8.3; 6.4; 5.10", residual: [1, 4],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-011", risk: "Denial-of-service attack during the weekly rota publishing peak",
      assets: "A-011; A-013", threat: "Volumetric or application-layer DDoS",
      vulnerability: "Public API without rate limiting on some endpoints", owner: P.platform,
      inherent: [3, 4], treatment: "", controls: "", residual: null, status: "Open",
      reviewed: 5, notes: "Raised after the internal audit; treatment to be decided.",
    },
    {
      id: "R-012", risk: "Payroll exports sent to the wrong recipient or intercepted",
      assets: "A-002; A-001", threat: "Human error or interception in transfer",
      vulnerability: "Customers email exports to payroll bureaux", owner: P.customers,
      inherent: [3, 4], treatment: "Modify", controls: "5.14; 8.24; 8.12", residual: [2, 3],
      status: "Treating", reviewed: 20,
    },
    {
      id: "R-013", risk: "Failure to meet UK GDPR duties leads to ICO action or customer loss",
      assets: "A-001; A-005; A-004", threat: "Mishandled subject requests or over-retention",
      vulnerability: "Retention rules not yet enforced automatically", owner: P.dpo,
      inherent: [3, 4], treatment: "Modify", controls: "5.34; 5.31; 8.10; 5.33",
      residual: [2, 3], status: "Treating", reviewed: 30,
    },
    {
      id: "R-014", risk: "Only one engineer can rebuild production from infrastructure code",
      assets: "A-028; A-013; A-012", threat: "Absence or departure of the platform lead",
      vulnerability: "Knowledge concentrated in one person", owner: P.cto, inherent: [3, 4],
      treatment: "Retain", controls: "5.37", residual: [3, 4], status: "Open", reviewed: 15,
      notes: "Runbooks written; a second platform hire is budgeted for next year (I-012).",
    },
    {
      id: "R-015", risk: "Theft of equipment from the Leeds office",
      assets: "A-030; A-024; A-027", threat: "Break-in or tailgating into the shared building",
      vulnerability: "Shared entrance with other tenants", owner: P.finance, inherent: [2, 2],
      treatment: "Modify", controls: "7.1; 7.2; 7.3", residual: [1, 2], status: "Treating",
      reviewed: 0, reviewedMonths: 14, notes: "Assessed at the gap analysis, before the ISMS.",
    },
    {
      id: "R-016", risk: "An unreviewed change to production introduces a security flaw",
      assets: "A-011; A-012", threat: "Mistake or malicious change by an engineer",
      vulnerability: "Emergency fixes could bypass review", owner: P.engineering,
      inherent: [3, 4], treatment: "Mitigate", controls: "8.32; 8.25; 8.9", residual: [2, 3],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-017", risk: "Cloud resources misconfigured, exposing data or services",
      assets: "A-013; A-008", threat: "Public storage bucket or open security group",
      vulnerability: "Console changes outside infrastructure code", owner: P.platform,
      inherent: [3, 5], treatment: "Modify", controls: "8.9; 5.23; 8.20; 8.16",
      residual: [2, 4], status: "Treating", reviewed: 25,
    },
    {
      id: "R-018", risk: "An attack goes unnoticed for lack of logging and alerting",
      assets: "A-020; A-011; A-013", threat: "Slow, quiet intrusion",
      vulnerability: "Alerts tuned for availability rather than security",
      owner: P.platform, inherent: [3, 4], treatment: "Modify",
      controls: "8.15; 8.16; 5.7; 5.25", residual: [2, 4], status: "Treating", reviewed: 25,
    },
    {
      id: "R-019", risk: "A compromised dependency or CI action ships malicious code",
      assets: "A-012; A-003; A-016", threat: "Software supply chain attack",
      vulnerability: "Hundreds of open-source packages; third-party GitHub Actions",
      owner: P.engineering, inherent: [2, 5], treatment: "Modify",
      controls: "5.21; 8.8; 8.28; 8.4", residual: [2, 3], status: "Treating", reviewed: 30,
    },
    {
      id: "R-020", risk: "Business email compromise leads to a fraudulent payment",
      assets: "A-014; A-006; A-018", threat: "Impersonation of a supplier or the CEO",
      vulnerability: "Bank detail changes requested by email", owner: P.finance,
      inherent: [3, 3], treatment: "Modify", controls: "6.3; 8.5; 5.37", residual: [2, 3],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-021", risk: "Microsoft 365 outage stops email and Teams for a day",
      assets: "A-014; A-007", threat: "Provider outage",
      vulnerability: "Single collaboration suite",
      owner: P.it, inherent: [2, 2], treatment: "Retain", controls: "5.30", residual: [2, 2],
      status: "Accepted", acceptedBy: P.cto, reviewed: 40,
    },
    {
      id: "R-022", risk: "Security commitments to customers are not met or cannot be evidenced",
      assets: "A-004", threat: "Customer audit or contract dispute",
      vulnerability: "Security schedules negotiated case by case", owner: P.sales,
      inherent: [3, 3], treatment: "Modify", controls: "5.31; 5.36; 5.35", residual: [2, 2],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-023", risk: "A caller posing as a care manager gets an account reset by support",
      assets: "A-007; A-017; A-029; A-015", threat: "Social engineering by telephone",
      vulnerability: "Support resolves urgent access problems on the phone", owner: P.customers,
      inherent: [4, 4], treatment: "Modify", controls: "6.3; 5.16; 5.17", residual: [2, 4],
      status: "Treating", reviewed: 20,
    },
    {
      id: "R-024", risk: "Company email on personal phones leaks to personal apps",
      assets: "A-025; A-014", threat: "Copy and paste or backup to personal cloud storage",
      vulnerability: "Personal phones used for work", owner: P.it, inherent: [3, 3],
      treatment: "Modify", controls: "8.1; 6.7; 5.10", residual: [2, 2], status: "Treating",
      reviewed: 30,
    },
    {
      id: "R-025", risk: "Information overlooked or overheard when working from home",
      assets: "A-031; A-024", threat: "Household members or visitors",
      vulnerability: "Calls and screens in shared spaces", owner: P.people, inherent: [3, 2],
      treatment: "Modify", controls: "6.7; 7.7", residual: [2, 2], status: "Treating",
      reviewed: 30,
    },
    {
      id: "R-026", risk: "HR or finance records opened by staff who should not see them",
      assets: "A-005; A-006; A-018", threat: "Over-broad sharing in SharePoint",
      vulnerability: "Sites shared by link; labels applied by hand", owner: P.people,
      inherent: [2, 4], treatment: "Modify", controls: "5.15; 5.12; 5.13", residual: [1, 4],
      status: "Treating", reviewed: 30,
    },
    {
      id: "R-027", risk: "Card payment data held on our systems falls under PCI DSS and leaks",
      assets: "A-019; A-011", threat: "Theft of card data", vulnerability: "Taking card payments",
      owner: P.finance, inherent: [3, 5], treatment: "Avoid", controls: "5.23; 5.19",
      residual: [1, 2], status: "Closed", reviewed: 60,
      notes: "Avoided: cards are entered only on Stripe's hosted checkout, not on our systems.",
    },
    {
      id: "R-028", risk: "The public website is defaced",
      assets: "A-010", threat: "Compromise of the website editor account",
      vulnerability: "Hosted website builder with shared editor logins", owner: P.sales,
      inherent: [2, 2], treatment: "Retain", controls: "5.23", residual: [2, 2],
      status: "Accepted", acceptedBy: P.sales, reviewed: 40,
    },
    {
      id: "", risk: "Customer data copied into the analytics warehouse without masking",
      assets: "A-032; A-001", threat: "Over-broad access to an analytics copy",
      vulnerability: "Warehouse design not yet reviewed for personal data", owner: P.cto,
      inherent: [3, 4], treatment: "Modify", controls: "8.11; 5.12; 8.10", residual: [2, 3],
      status: "Open", reviewed: 3,
    },
  ];
  return drafts.map((draft) => row(draft, d));
}
