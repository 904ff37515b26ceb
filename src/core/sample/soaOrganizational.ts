/** The sample's Statement of Applicability for the organizational controls 5.1 ... 5.37. */
import { PEOPLE as P } from "./people";
import { included as yes, type SoaEntry } from "./soaEntry";

const DONE = "Implemented";
const PART = "Partially implemented";

/** Answers for Annex A 5.x, by control id. */
export const ORGANIZATIONAL: Readonly<Record<string, SoaEntry>> = {
  "5.1": yes("LCP", "Customers' security schedules require an approved policy set.", DONE,
    "Information security policy and 17 topic policies approved by the CEO, published on the " +
      "intranet, acknowledged by staff at joining and yearly, reviewed every 12 months.",
    P.security, "POL-01 v2.0; policy acknowledgement report"),
  "5.2": yes("RP", "Clear ownership is needed for every risk and control.", DONE,
    "ISMS roles and RACI defined; security duties written into job descriptions of the " +
      "platform, engineering and support roles.",
    P.security, "DOC-03 roles and responsibilities v1.1"),
  "5.3": yes("RC", "Production changes and payments need a second person.", DONE,
    "Pull requests need an approval from someone other than the author; production deploys " +
      "only from the pipeline; supplier payments approved by two people in Xero.",
    P.cto, "GitHub branch protection settings; Xero approval workflow"),
  "5.4": yes("P", "Managers must apply the policies in their teams.", DONE,
    "Managers confirm policy acknowledgement and training in their team during monthly " +
      "one-to-ones; non-compliance goes to the people manager.",
    P.people, "Manager guide MG-02; training dashboard"),
  "5.5": yes("L", "UK GDPR breach notification to the ICO within 72 hours.", DONE,
    "Contacts for the ICO, Action Fraud and the NCSC listed in the incident response plan, " +
      "checked every six months.",
    P.dpo, "POL-06 incident response plan, appendix B"),
  "5.6": yes("P", "Keeps the team current on threats to the care sector and to AWS.", DONE,
    "Membership of the NCSC CiSP, the AWS security bulletin list and a regional security " +
      "forum; relevant items posted to the #security channel.",
    P.security, "CiSP membership; #security channel history"),
  "5.7": yes("RP", "Needed to spot threats aimed at health and care suppliers early.",
    "Not started", "", P.security, ""),
  "5.8": yes("RP", "New features often change how personal data is handled.", DONE,
    "Security and privacy questions in the product epic template; a DPIA screening for any " +
      "feature touching new personal data.",
    P.engineering, "Jira epic template; DPIA screening log"),
  "5.9": yes("RP", "The risk assessment is asset-based and needs a complete inventory.", DONE,
    "Assets register kept in this workbook, with owners; laptops from Intune, cloud " +
      "resources from AWS Config; reviewed every six months.",
    P.security, "Assets register; Intune device export"),
  "5.10": yes("RP", "Staff handle customer data from home and on personal phones.", DONE,
    "Acceptable use policy signed at joining; covers email, AI tools, personal devices and " +
      "customer data extracts.",
    P.people, "POL-02 acceptable use policy v1.3; signed acknowledgements"),
  "5.11": yes("RP", "Laptops and security keys must come back when people leave.", DONE,
    "Leaver checklist in the HR system includes return of laptop and security key; courier " +
      "collection for remote staff; device wiped and logged.",
    P.it, "POL-14 HR security procedure; leaver tickets"),
  "5.12": yes("RLC", "Customers' staff data must be recognised and handled as Restricted.",
    DONE,
    "Four-level scheme (Public, Internal, Confidential, Restricted) with handling rules for " +
      "each; every asset classified in the Assets register.",
    P.security, "POL-09 classification and handling v1.1"),
  "5.13": yes("RC", "Documents and exports must show their classification.", DONE,
    "Microsoft Purview sensitivity labels on documents and email, default Internal; payroll " +
      "exports carry a Restricted banner in the file name and header row.",
    P.it, "Purview label policy; sample export"),
  "5.14": yes("RLC", "Payroll exports and customer extracts leave the platform.", DONE,
    "Transfers only through the platform's expiring download links or SFTP to named payroll " +
      "bureaux; email of Restricted data blocked by a transport rule.",
    P.customers, "POL-09 section 5; Exchange transport rule export"),
  "5.15": yes("RLC", "Access to customer data must follow least privilege.", DONE,
    "Access control policy: role-based access through Entra ID groups, default deny, " +
      "production data access limited to the platform team and named support leads.",
    P.security, "POL-03 access control policy v1.2"),
  "5.16": yes("RC", "Every person needs one identity, removed when they leave.", DONE,
    "Entra ID is the single identity source; accounts created from the HR system on joining, " +
      "disabled on the leaving date; no shared accounts except documented break-glass.",
    P.it, "Entra ID provisioning logs; break-glass register"),
  "5.17": yes("RC", "Phishing of credentials is the top risk.", DONE,
    "Passwordless sign-in with Windows Hello or Touch ID for staff; FIDO2 keys for " +
      "administrators; secrets kept in AWS Secrets Manager and 1Password, never in code.",
    P.security, "Entra authentication methods policy; 1Password audit"),
  "5.18": yes("RC", "Access must follow people's changing roles.", PART,
    "Access granted by ticket with manager approval and removed on leaving; quarterly access " +
      "reviews started for AWS and GitHub, Zendesk and Xero still to follow (I-003).",
    P.security, "Access request tickets; Q3 AWS access review"),
  "5.19": yes("RLC", "The whole service depends on cloud suppliers.", PART,
    "Supplier security policy; suppliers ranked by the data they hold; critical suppliers " +
      "reviewed before contract. Assessments of existing sub-processors not finished (I-009).",
    P.finance, "POL-04 supplier security policy; supplier register"),
  "5.20": yes("LC", "UK GDPR Article 28 terms are required with every sub-processor.", DONE,
    "Standard security and data protection schedule used with suppliers; DPAs in place with " +
      "every sub-processor on the public list.",
    P.dpo, "Supplier contracts folder; sub-processor list"),
  "5.21": yes("RP", "Open-source dependencies and CI actions are a supply chain risk.", DONE,
    "Dependabot and a software bill of materials on every build; third-party GitHub Actions " +
      "pinned to commit hashes; new dependencies reviewed in the pull request.",
    P.engineering, "SBOM artefacts; GitHub Actions policy"),
  "5.22": yes("RC", "Supplier changes can affect our customers' data.", PART,
    "Supplier register records the review date; AWS and Microsoft reviewed yearly with their " +
      "SOC 2 reports; the rest of the reviews are planned (I-009).",
    P.finance, "Supplier register; SOC 2 review notes"),
  "5.23": yes("RC", "Production, email and identity are all cloud services.", DONE,
    "Cloud service policy with the AWS shared responsibility matrix; new cloud services " +
      "approved by security; AWS Organizations with service control policies.",
    P.platform, "POL-04 section 6; shared responsibility matrix"),
  "5.24": yes("RLC", "Customers require breach notice within 24 hours.", DONE,
    "Incident response plan with roles, severity levels, on-call rota and customer and ICO " +
      "notification steps; tested by a tabletop exercise before go-live.",
    P.security, "POL-06 incident response plan v1.1; tabletop report"),
  "5.25": yes("RL", "Events must be triaged to decide if a breach is reportable.", DONE,
    "On-call engineer triages alerts and reports against the severity matrix; the DPO " +
      "assesses any personal data breach within 24 hours.",
    P.security, "Incidents register; POL-06 section 3"),
  "5.26": yes("RLC", "A fast, rehearsed response limits harm to customers.", DONE,
    "Incidents handled in a dedicated Teams channel with an incident lead; actions and " +
      "timeline recorded; customers informed by customer success.",
    P.security, "Incidents register IN-001 to IN-005"),
  "5.27": yes("RP", "Repeated incidents show a control that does not work.", DONE,
    "Post-incident review for every Medium or higher incident; improvements logged in the " +
      "Improvements register.",
    P.security, "Post-incident reviews; I-008"),
  "5.28": yes("LC", "Evidence may be needed for the ICO, insurers or the police.", DONE,
    "Evidence collection steps in the incident plan: log exports to a locked S3 bucket with " +
      "object lock and a chain-of-custody record.",
    P.platform, "POL-06 appendix C"),
  "5.29": yes("RC", "Security must hold during an outage or office closure.", DONE,
    "Business continuity plan keeps access control, logging and backups running in degraded " +
      "modes; break-glass access sealed and logged.",
    P.cto, "POL-07 business continuity plan v1.0"),
  "5.30": yes("RC", "The SLA promises 99.9% availability and a four-hour recovery.", PART,
    "Multi-AZ deployment, recovery time and point objectives set per service; restore of the " +
      "database tested; full recovery exercise not yet done (I-016).",
    P.platform, "POL-07; restore test record"),
  "5.31": yes("LC", "UK GDPR, DPA 2018 and customer contracts bind the company.", DONE,
    "Legal and contractual register listing each requirement, its owner and where it is met; " +
      "reviewed every six months.",
    P.dpo, "Legal register LR-01"),
  "5.32": yes("L", "The company uses licensed and open-source software.", DONE,
    "Licences tracked in the SaaS management tool; open-source licences checked by the " +
      "build pipeline (no copyleft in the product).",
    P.engineering, "Licence report from the pipeline"),
  "5.33": yes("LC", "Contracts and financial records must be kept for set periods.", DONE,
    "Retention schedule applied with Microsoft 365 retention labels and database purge jobs.",
    P.dpo, "POL-08 data protection and retention policy"),
  "5.34": yes("RLC", "The platform holds personal data of thousands of care workers.", DONE,
    "Record of processing, DPIAs for high-risk features, privacy notices, data subject " +
      "request procedure, DPO appointed.",
    P.dpo, "ROPA; DPIA register; DSR log"),
  "5.35": yes("CP", "Customers ask for independent assurance.", DONE,
    "Yearly CREST penetration test by an independent firm; internal audit by a trained " +
      "auditor outside the areas audited; ISO/IEC 27001 certification audit planned.",
    P.security, "Penetration test report; audit AU-001"),
  "5.36": yes("CP", "Policies only work if people follow them.", DONE,
    "Monthly compliance checks of MFA, patching and encryption from Intune and AWS Config; " +
      "exceptions logged with an owner and an expiry date.",
    P.security, "Compliance dashboard; exceptions log"),
  "5.37": yes("RP", "Operations depend on a small team.", DONE,
    "Runbooks in the engineering wiki for deployment, restore, scaling, key rotation and " +
      "on-call; payment verification procedure for finance.",
    P.platform, "Engineering wiki runbooks; finance procedure FP-03"),
};
