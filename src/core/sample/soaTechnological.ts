/** The sample's Statement of Applicability for the technological controls 8.1 ... 8.34. */
import { PEOPLE as P } from "./people";
import { excluded as no, included as yes, type SoaEntry } from "./soaEntry";

const DONE = "Implemented";
const PART = "Partially implemented";

/** Answers for Annex A 8.x, by control id. */
export const TECHNOLOGICAL: Readonly<Record<string, SoaEntry>> = {
  "8.1": yes("RC", "Laptops and phones reach company and customer data.", DONE,
    "Laptops enrolled in Intune with compliance policies (encryption, EDR, OS updates); " +
      "conditional access blocks non-compliant devices; app protection on phones.",
    P.it, "Intune compliance report; conditional access policies"),
  "8.2": yes("RC", "Administrator access to AWS and GitHub is the most powerful.", DONE,
    "Administrator roles assumed just in time through AWS IAM Identity Center with FIDO2 " +
      "keys; standing admin limited to two break-glass accounts.",
    P.platform, "IAM Identity Center permission sets; break-glass register"),
  "8.3": yes("RC", "Tenants must see only their own data.", DONE,
    "Tenant isolation enforced in the data access layer and tested in CI; support access to a " +
      "tenant needs the customer's consent flag and is logged.",
    P.engineering, "Tenant isolation tests; support access log"),
  "8.4": yes("RC", "Source code and pipelines could be altered to attack customers.", DONE,
    "GitHub organisation with SSO and FIDO2, branch protection on main, CODEOWNERS for " +
      "infrastructure code; read access only for engineering.",
    P.engineering, "GitHub settings export"),
  "8.5": yes("RC", "Passwords alone do not resist phishing.", DONE,
    "Single sign-on with phishing-resistant MFA to all SaaS tools that support it; customer " +
      "users offered MFA and SSO in the product.",
    P.security, "Entra sign-in report; product MFA settings"),
  "8.6": yes("CB", "The weekly rota peak must not slow the service.", DONE,
    "Capacity dashboards and auto-scaling for the web tier; database capacity reviewed monthly.",
    P.platform, "Datadog capacity dashboard"),
  "8.7": yes("R", "Ransomware spreads from endpoints.", DONE,
    "Microsoft Defender for Endpoint on every laptop; email filtering with attachment " +
      "sandboxing; container images scanned.",
    P.it, "Defender device report"),
  "8.8": yes("RC", "Known vulnerabilities are the usual way in.", DONE,
    "Weekly vulnerability scans of images and dependencies; critical fixes within 7 days, " +
      "high within 30; yearly penetration test; laptops patched by Intune rings.",
    P.platform, "POL-17 vulnerability management; scan reports"),
  "8.9": yes("R", "Misconfiguration of cloud resources is a top risk.", DONE,
    "All infrastructure defined in Terraform, reviewed by pull request; AWS Config rules " +
      "detect drift and public resources; CIS benchmark for laptops.",
    P.platform, "Terraform repository; AWS Config conformance pack"),
  "8.10": yes("RLC", "UK GDPR storage limitation and customer exit terms.", DONE,
    "Customer data deleted 90 days after contract end by a scheduled job with a deletion " +
      "certificate; backups age out within 12 months.",
    P.engineering, "Deletion job logs; POL-08"),
  "8.11": yes("RL", "The planned analytics warehouse must not hold identifiable data.",
    "Planned",
    "Pseudonymisation of worker identifiers designed for the warehouse load; staging data " +
      "already synthetic (8.33).",
    P.cto, "Design note DN-14"),
  "8.12": yes("R", "Payroll exports and extracts can leave by email or cloud storage.", PART,
    "Transport rule blocks Restricted-labelled email to external domains; full DLP policies " +
      "in Microsoft Purview deferred until after certification (I-015).",
    P.it, "Exchange transport rule"),
  "8.13": yes("RC", "Loss of the production database would end the business.", DONE,
    "AWS Backup daily snapshots to a separate account with vault lock; point-in-time recovery; " +
      "restore tested every quarter.",
    P.platform, "POL-11 backup standard; restore test record"),
  "8.14": yes("C", "The SLA needs resilience to a data-centre failure.", DONE,
    "Services and database run across three availability zones with automatic failover.",
    P.platform, "Architecture diagram AD-01"),
  "8.15": yes("RC", "Investigations and customer queries need reliable logs.", DONE,
    "Application, AWS CloudTrail and Entra logs sent to Datadog, kept 13 months; support " +
      "access to tenants logged.",
    P.platform, "POL-12 logging standard; Datadog retention settings"),
  "8.16": yes("R", "Attacks must be noticed quickly.", PART,
    "Availability and error alerts on call around the clock; security alerting from " +
      "GuardDuty being tuned (I-005).",
    P.platform, "Datadog monitors; on-call rota"),
  "8.17": yes("P", "Correlating logs needs one time source.", DONE,
    "AWS services use the Amazon Time Sync Service; laptops use Windows and Apple time servers.",
    P.platform, "Container base image configuration"),
  "8.18": yes("R", "Admin tools could bypass application controls.", DONE,
    "Direct database access only through AWS Systems Manager sessions for the platform team, " +
      "recorded; no shared admin tools on laptops.",
    P.platform, "Session Manager logs"),
  "8.19": yes("R", "Only tested code may reach production.", DONE,
    "Production runs immutable container images built by the pipeline; no manual installs on " +
      "hosts; laptop software from the company portal only.",
    P.platform, "Pipeline configuration; Intune app catalogue"),
  "8.20": yes("R", "Production networks face the internet.", DONE,
    "VPCs with private subnets for application and database; security groups defined in " +
      "Terraform; administrative access only through Session Manager.",
    P.platform, "Terraform network module"),
  "8.21": yes("R", "The public service needs protected network services.", DONE,
    "TLS 1.2 or higher on every endpoint; AWS WAF managed rules in front of the application.",
    P.platform, "SSL Labs report; WAF configuration"),
  "8.22": yes("R", "Customer data must be kept apart from other traffic.", DONE,
    "Separate AWS accounts for production, staging, backup and tooling; office network " +
      "separate from any production access.",
    P.platform, "AWS Organizations structure"),
  "8.23": yes("R", "Malicious websites deliver malware to laptops.", DONE,
    "Defender web content filtering blocks malicious and uncategorised sites on all laptops.",
    P.it, "Defender web protection report"),
  "8.24": yes("RLC", "Customer data must be encrypted at rest and in transit.", DONE,
    "Encryption at rest with KMS customer managed keys, TLS in transit, BitLocker and " +
      "FileVault on laptops; cryptography standard sets algorithms and key rotation.",
    P.platform, "POL-10 cryptography standard; KMS key policy"),
  "8.25": yes("RC", "The product is developed in house.", DONE,
    "Secure development policy: threat modelling for new services, security review in pull " +
      "requests, static analysis and dependency checks in CI.",
    P.engineering, "POL-05 secure development policy v1.2"),
  "8.26": yes("RC", "Customers' security requirements must be designed in.", DONE,
    "Security requirements checklist (authentication, tenancy, logging, privacy) in every " +
      "epic; acceptance criteria reviewed by the security champion.",
    P.engineering, "Jira epic template"),
  "8.27": yes("RP", "Architecture decisions affect every tenant.", DONE,
    "Architecture principles (least privilege, defence in depth, tenant isolation) recorded; " +
      "architecture decision records reviewed by the CTO.",
    P.cto, "Architecture principles AP-01; ADR log"),
  "8.28": yes("RC", "Coding flaws are the main application risk.", DONE,
    "Secure coding standard based on OWASP ASVS level 2; CodeQL and secret scanning on every " +
      "pull request; yearly secure coding training.",
    P.engineering, "CodeQL results; training records T-003"),
  "8.29": yes("RC", "Releases must not weaken security.", DONE,
    "Automated tests for authentication and tenant isolation; dynamic scan of staging weekly; " +
      "penetration test before major releases.",
    P.engineering, "CI test reports; DAST reports"),
  "8.30": no("No development is outsourced: all product code is written by employees.",
    P.engineering),
  "8.31": yes("RC", "Developers must not touch production data.", DONE,
    "Separate AWS accounts for development, staging and production; developers have no " +
      "standing production access.",
    P.platform, "AWS Organizations structure"),
  "8.32": yes("RC", "Unreviewed changes are a risk to every customer.", DONE,
    "Change management procedure: all changes by pull request with review, automated tests and " +
      "pipeline deploy; emergency changes reviewed within one working day.",
    P.engineering, "POL-13 change management procedure; deployment log"),
  "8.33": yes("RL", "Personal data must not be used for testing.", DONE,
    "Test data is synthetic, generated by a seeding tool; copying production data to other " +
      "environments is blocked by policy and IAM.",
    P.engineering, "Seeding tool repository; IAM policy"),
  "8.34": yes("C", "Customer and certification audits must not disrupt production.", DONE,
    "Audit and penetration testing agreed in advance with scope and windows; testers get " +
      "read-only or staging access only.",
    P.security, "Penetration test rules of engagement"),
};
