/** The fixed value lists of WORKBOOK.md, one constant each, shared by schema, rules and pane. */

export const CONTEXT_KINDS = ["Internal issue", "External issue", "Interested party"] as const;
export const REQUIREMENT_STEPS = ["1A", "1C"] as const;
export const REQUIREMENT_STATUSES = ["Not started", "In progress", "Done"] as const;
export const ASSET_TYPES = [
  "Information", "Software", "Hardware", "Service", "People", "Site", "Supplier", "Other",
] as const;
export const CIA_RATINGS = ["1", "2", "3"] as const;
export const YES_NO = ["Yes", "No"] as const;
export const ASSET_STATUSES = ["Active", "Planned", "Retired"] as const;
export const TREATMENTS = ["Modify", "Retain", "Avoid", "Share"] as const;
export const RISK_STATUSES = ["Open", "Treating", "Accepted", "Closed"] as const;
export const SOA_REASONS = [
  "Risk assessment", "Legal", "Contractual", "Business", "Best practice",
] as const;
export const SOA_STATUSES = [
  "Implemented", "Partially implemented", "Planned", "Not started", "Not applicable",
] as const;
export const IMPROVEMENT_SOURCES = [
  "Gap analysis", "Risk treatment", "Internal audit", "Stage 1 audit", "Stage 2 audit",
  "Incident", "Management review", "Other",
] as const;
export const PRIORITIES = ["Critical", "High", "Medium", "Low"] as const;
export const EASES = ["Easy", "Moderate", "Hard"] as const;
export const BENEFITS = ["High", "Medium", "Low"] as const;
export const NEEDED_BY = ["Stage 1", "Stage 2", "After certification"] as const;
export const IMPROVEMENT_STATUSES = ["Open", "In progress", "Done", "Deferred"] as const;
export const OBJECTIVE_STATUSES = ["Not started", "On track", "At risk", "Met", "Missed"] as const;
export const AUDIT_KINDS = ["Internal audit", "Management review"] as const;
export const AUDIT_STATUSES = ["Planned", "Done", "Cancelled"] as const;
export const SEVERITIES = ["Low", "Medium", "High", "Critical"] as const;
export const INCIDENT_STATUSES = ["Open", "Investigating", "Resolved", "Closed"] as const;
export const TRAINING_KINDS = ["Awareness", "Competence"] as const;
export const TRAINING_STATUSES = ["Planned", "Done", "Waived"] as const;
export const DEFAULT_CLASSIFICATION_LABELS = ["Public", "Internal", "Confidential", "Restricted"];

/** Treatment words from other methods, read as the ISO/IEC 27005 word and reported as fixable. */
export const TREATMENT_SYNONYMS: Readonly<Record<string, string>> = {
  mitigate: "Modify",
  reduce: "Modify",
  treat: "Modify",
  accept: "Retain",
  tolerate: "Retain",
  transfer: "Share",
  avoidance: "Avoid",
  terminate: "Avoid",
};
