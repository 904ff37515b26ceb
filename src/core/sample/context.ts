/** The Context register of the sample (clauses 4.1 and 4.2): issues and interested parties. */
import type { ContextRow } from "../schema/rows";
import { PEOPLE as P } from "./people";

/** Internal and external issues, and the interested parties with their needs. */
export function sampleContext(): Omit<ContextRow, "row">[] {
  return [
    {
      id: "C-001", kind: "Internal issue",
      description:
        "Rapid growth from 35 to 60 staff in 18 months; many people are new to the company's " +
        "ways of working.",
      needs: "",
      howAddressed:
        "Security induction on day one, role-based onboarding checklists and annual refresher " +
        "training; growth is a standing item of the management review.",
      owner: P.people,
    },
    {
      id: "C-002", kind: "Internal issue",
      description:
        "Hybrid working: most staff work from home three or more days a week on company laptops.",
      needs: "",
      howAddressed:
        "Remote working policy, Intune-managed laptops with disk encryption, no customer data " +
        "stored on endpoints.",
      owner: P.it,
    },
    {
      id: "C-003", kind: "Internal issue",
      description:
        "A small platform team (three engineers) operates production; knowledge of the " +
        "infrastructure code is concentrated in one person.",
      needs: "",
      howAddressed: "Recorded as risk R-014; runbooks in the engineering wiki; hiring plan I-012.",
      owner: P.cto,
    },
    {
      id: "C-004", kind: "External issue",
      description:
        "Care providers increasingly ask for ISO/IEC 27001 certification and the NHS Data " +
        "Security and Protection Toolkit in tenders.",
      needs: "",
      howAddressed:
        "ISO/IEC 27001 certification project with a target Stage 2 this financial year; DSPT " +
        "submission maintained by the DPO.",
      owner: P.ceo,
    },
    {
      id: "C-005", kind: "External issue",
      description:
        "Ransomware and credential phishing aimed at the health and care sector and its suppliers.",
      needs: "",
      howAddressed:
        "Phishing-resistant MFA for administrators, phishing simulations, EDR on all laptops, " +
        "immutable backups (risks R-001, R-003).",
      owner: P.security,
    },
    {
      id: "C-006", kind: "External issue",
      description:
        "UK GDPR and the Data Protection Act 2018 apply to the staff data held for customers; " +
        "the company is a processor for its customers and a controller for its own staff.",
      needs: "",
      howAddressed:
        "Data processing agreements with every customer, record of processing, DPO appointed, " +
        "sub-processor list published.",
      owner: P.dpo,
    },
    {
      id: "C-007", kind: "Interested party",
      description: "Customers: care home groups, home care agencies and NHS community services.",
      needs:
        "Confidentiality of their staff's personal data, platform available during rota " +
        "publishing (99.9% monthly), prompt notice of personal data breaches (within 24 hours).",
      howAddressed:
        "Master subscription agreement and DPA, SLA monitoring, incident response plan with " +
        "customer notification steps.",
      owner: P.customers,
    },
    {
      id: "C-008", kind: "Interested party",
      description: "Employees and contractors.",
      needs:
        "Clear rules they can follow, protection of their own HR data, tools that let them " +
        "work securely from home.",
      howAddressed:
        "Acceptable use and remote working policies, HR records restricted to the people team, " +
        "yearly staff survey includes security questions.",
      owner: P.people,
    },
    {
      id: "C-009", kind: "Interested party",
      description: "Information Commissioner's Office (ICO).",
      needs: "Notification of reportable personal data breaches within 72 hours; annual fee paid.",
      howAddressed: "Breach assessment step in the incident response plan; ICO registration.",
      owner: P.dpo,
    },
    {
      id: "C-010", kind: "Interested party",
      description: "Key suppliers: Amazon Web Services, Microsoft, GitHub, Twilio.",
      needs:
        "Use of their services within their terms; shared responsibility for the security of " +
        "the cloud services the company configures.",
      howAddressed:
        "Supplier register with security reviews, shared responsibility matrix for AWS.",
      owner: P.finance,
    },
    {
      id: "C-011", kind: "Interested party",
      description: "Investors and the board.",
      needs:
        "Certification achieved on plan to support sales; no breach that damages the company's " +
        "reputation in the care sector.",
      howAddressed: "Quarterly board report on ISMS progress and top risks.",
      owner: P.ceo,
    },
  ];
}
