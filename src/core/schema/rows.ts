/**
 * The typed rows the reader produces, one interface per register.
 *
 * Conventions, the same in every register:
 * - `row` is the row's number on its sheet (1-based, as Excel shows it);
 * - text, id and choice fields are trimmed strings, "" when the cell is blank; a choice outside
 *   its list keeps the text as typed (the reader has already reported it);
 * - dates are Excel serial day numbers (1900 system), integers are numbers; both are null when
 *   the cell is blank and NaN when it holds something unreadable (already reported), so a
 *   comparison with NaN never flags a row a second time;
 * - refs and choices are arrays of trimmed strings, empty when the cell is blank.
 */
import type { Edition } from "../catalogue/types";

/** A date or number cell: null when blank, NaN when unreadable. */
export type Num = number | null;

interface Row {
  readonly row: number;
}

export interface ContextRow extends Row {
  id: string;
  kind: string;
  description: string;
  needs: string;
  howAddressed: string;
  owner: string;
}

export interface RequirementRow extends Row {
  clause: string;
  title: string;
  step: string;
  status: string;
  howWeMeetIt: string;
  evidence: string;
  owner: string;
  lastReviewed: Num;
}

export interface AssetRow extends Row {
  id: string;
  asset: string;
  type: string;
  description: string;
  owner: string;
  location: string;
  classification: string;
  confidentiality: Num;
  integrity: Num;
  availability: Num;
  inScope: string;
  status: string;
  lastReviewed: Num;
  notes: string;
}

export interface RiskRow extends Row {
  id: string;
  risk: string;
  assets: string[];
  threat: string;
  vulnerability: string;
  owner: string;
  likelihood: Num;
  impact: Num;
  score: Num;
  treatment: string;
  controls: string[];
  residualLikelihood: Num;
  residualImpact: Num;
  residualScore: Num;
  acceptedBy: string;
  acceptedOn: Num;
  status: string;
  lastReviewed: Num;
  notes: string;
}

export interface SoaRow extends Row {
  control: string;
  theme: string;
  title: string;
  applicable: string;
  reasons: string[];
  justification: string;
  status: string;
  howImplemented: string;
  owner: string;
  evidence: string;
  risks: string[];
  lastReviewed: Num;
}

export interface ImprovementRow extends Row {
  id: string;
  improvement: string;
  source: string;
  related: string[];
  owner: string;
  priority: string;
  ease: string;
  benefit: string;
  neededBy: string;
  targetDate: Num;
  status: string;
  doneOn: Num;
  deferralAcceptedBy: string;
  notes: string;
}

export interface ObjectiveRow extends Row {
  id: string;
  objective: string;
  measure: string;
  target: string;
  owner: string;
  due: Num;
  lastMeasured: Num;
  result: string;
  status: string;
}

export interface AuditRow extends Row {
  id: string;
  kind: string;
  scope: string;
  plannedDate: Num;
  doneOn: Num;
  lead: string;
  findings: Num;
  report: string;
  status: string;
}

export interface IncidentRow extends Row {
  id: string;
  reportedOn: Num;
  incident: string;
  severity: string;
  assets: string[];
  status: string;
  rootCause: string;
  improvement: string;
  closedOn: Num;
}

export interface TrainingRow extends Row {
  id: string;
  person: string;
  topic: string;
  kind: string;
  requiredBy: Num;
  doneOn: Num;
  status: string;
  evidence: string;
}

/** One row of the Settings table: the setting's name, its value as read, and its notes. */
export interface SettingRow extends Row {
  setting: string;
  value: string | number | boolean | null;
  notes: string;
}

/** The settings, typed, with defaults filled in where a setting is blank or missing. */
export interface Settings {
  organisation: string;
  scope: string;
  edition: Edition;
  riskScale: number;
  riskAppetite: number;
  reviewMonths: number;
  classificationLabels: string[];
  goLive: Num;
  stage1: Num;
  stage2: Num;
  certificationBody: string;
  schemaVersion: string;
  /** A1 address of each setting's Value cell on the Settings sheet, where the row exists. */
  cells: Partial<Record<SettingKey, string>>;
}

/** The settings of WORKBOOK.md, by key. */
export type SettingKey =
  | "organisation"
  | "scope"
  | "standard"
  | "riskScale"
  | "riskAppetite"
  | "reviewMonths"
  | "classificationLabels"
  | "goLive"
  | "stage1"
  | "stage2"
  | "certificationBody"
  | "schemaVersion";
