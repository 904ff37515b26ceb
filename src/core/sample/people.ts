/**
 * The people of the sample organisation who own things in the ISMS. Quillmere Software Ltd is
 * fictional: about 60 staff, one office in Leeds, most people working partly from home.
 */
export const PEOPLE = {
  /** Chief executive: top management, accepts residual risk on behalf of the company. */
  ceo: "Helen Marsh",
  /** Chief technology officer: owns the platform, engineering and technical risk. */
  cto: "Dev Okafor",
  /** Head of information security: runs the ISMS day to day. */
  security: "Priya Nair",
  /** Head of engineering: the development teams and their practices. */
  engineering: "Tom Aldridge",
  /** Platform lead: AWS, CI/CD, on-call and infrastructure as code. */
  platform: "Lukas Brenner",
  /** Head of customer success: onboarding, support desk and customer communication. */
  customers: "Aisha Rahman",
  /** Finance and operations director: finance, suppliers, office and insurance. */
  finance: "Graham Pike",
  /** People manager: recruitment, screening, joiners, movers and leavers. */
  people: "Sofia Lindqvist",
  /** IT support engineer: laptops, phones, Microsoft 365 administration and the office network. */
  it: "Ben Carter",
  /** Data protection officer: UK GDPR, data subject requests and the sub-processor list. */
  dpo: "Claire Dunmore",
  /** Head of sales: customer contracts and security questionnaires in the sales cycle. */
  sales: "Marcus Webb",
  /** Internal auditor: a senior engineer trained as an ISO/IEC 27001 internal auditor. */
  auditor: "Joanna Kerr",
} as const;

/** The organisation's name as it appears in the Settings table and in the texts of the sample. */
export const ORGANISATION = "Quillmere Software Ltd";
