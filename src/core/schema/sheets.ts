/**
 * The registers of WORKBOOK.md declared once, as data. Writing, reading, dropdowns, formats and
 * the structure checks are all derived from these declarations.
 */
import * as L from "./lists";
import type {
  AssetRow, AuditRow, ContextRow, ImprovementRow, IncidentRow, ObjectiveRow, RequirementRow,
  RiskRow, SettingRow, SoaRow, TrainingRow,
} from "./rows";
import { DATE_FORMAT, type ColumnSpec, type RegisterKey, type SheetSpec } from "./types";

/** The fields of a row interface that a column can fill (everything but the row number). */
type Fields<T> = Exclude<keyof T, "row"> & string;

type Spec<T> = SheetSpec<Fields<T>>;

const id = <K extends string>(key: K): ColumnSpec<K> => ({
  key, header: "ID", type: "id", width: 10,
});
const text = <K extends string>(key: K, header: string, width = 28, required = false) =>
  ({ key, header, type: "text", width, required }) as ColumnSpec<K>;
const choice = <K extends string>(key: K, header: string, list: readonly string[], width = 14) =>
  ({ key, header, type: "choice", list, width }) as ColumnSpec<K>;
const date = <K extends string>(key: K, header: string) =>
  ({ key, header, type: "date", width: 13, numberFormat: DATE_FORMAT }) as ColumnSpec<K>;
const refs = <K extends string>(key: K, header: string, refTo: ColumnSpec["refTo"], width = 16) =>
  ({ key, header, type: "refs", refTo, width }) as ColumnSpec<K>;
const rating = <K extends string>(key: K, header: string, max: number) =>
  ({ key, header, type: "integer", min: 1, max, list: ["1", "2", "3"], width: 9 }) as ColumnSpec<K>;
const scale = <K extends string>(key: K, header: string, width = 10) =>
  ({ key, header, type: "integer", min: 1, listFrom: "scale", width }) as ColumnSpec<K>;

/** The this-row structured reference to a column of a table, the form files recalculate. */
export function thisRow(table: string, header: string): string {
  return `${table}[[#This Row],[${header}]]`;
}

function product(table: string, a: string, b: string): string {
  const x = thisRow(table, a);
  const y = thisRow(table, b);
  return `=IF(AND(ISNUMBER(${x}),ISNUMBER(${y})),${x}*${y},"")`;
}

export const SETTINGS_SHEET: Spec<SettingRow> = {
  key: "settings", sheet: "Settings", table: "ArmSettings", idPrefix: null, keyColumn: "setting",
  step: "1A", clause: "4.3", prefill: "settings",
  columns: [
    text("setting", "Setting", 30, true),
    { key: "value", header: "Value", type: "text", width: 40, required: true },
    text("notes", "Notes", 60),
  ],
};

export const CONTEXT_SHEET: Spec<ContextRow> = {
  key: "context", sheet: "Context", table: "Context", idPrefix: "C", keyColumn: "id",
  step: "1A", clause: "4.1, 4.2",
  columns: [
    id("id"),
    { ...choice("kind", "Kind", L.CONTEXT_KINDS, 18), required: true },
    text("description", "Description", 40, true),
    text("needs", "Needs and expectations", 36),
    text("howAddressed", "How addressed", 36),
    text("owner", "Owner", 18),
  ],
};

export const REQUIREMENTS_SHEET: Spec<RequirementRow> = {
  key: "requirements", sheet: "Requirements", table: "Requirements", idPrefix: null,
  keyColumn: "clause", step: "1A", clause: "4-10", prefill: "clauses",
  columns: [
    text("clause", "Clause", 9, true),
    text("title", "Title", 40),
    { ...choice("step", "ARM step", L.REQUIREMENT_STEPS, 10), required: true },
    { ...choice("status", "Status", L.REQUIREMENT_STATUSES, 13), required: true },
    text("howWeMeetIt", "How we meet it", 44),
    text("evidence", "Evidence", 30),
    text("owner", "Owner", 18),
    date("lastReviewed", "Last reviewed"),
  ],
};

export const ASSETS_SHEET: Spec<AssetRow> = {
  key: "assets", sheet: "Assets", table: "Assets", idPrefix: "A", keyColumn: "id",
  step: "1A", clause: "A 5.9-5.13",
  columns: [
    id("id"),
    text("asset", "Asset", 30, true),
    { ...choice("type", "Type", L.ASSET_TYPES, 13), required: true },
    text("description", "Description", 36),
    { ...text("owner", "Owner", 18), required: true },
    text("location", "Location", 18),
    {
      key: "classification", header: "Classification", type: "choice", listFrom: "classification",
      width: 15, required: true,
    },
    rating("confidentiality", "Confidentiality", 3),
    rating("integrity", "Integrity", 3),
    rating("availability", "Availability", 3),
    choice("inScope", "In scope", L.YES_NO, 10),
    choice("status", "Status", L.ASSET_STATUSES, 11),
    date("lastReviewed", "Last reviewed"),
    text("notes", "Notes", 30),
  ],
};

export const RISKS_SHEET: Spec<RiskRow> = {
  key: "risks", sheet: "Risks", table: "Risks", idPrefix: "R", keyColumn: "id",
  step: "1A", clause: "6.1.2, 6.1.3, 8.2, 8.3",
  columns: [
    id("id"),
    text("risk", "Risk", 40, true),
    refs("assets", "Assets", "assets"),
    text("threat", "Threat", 24),
    text("vulnerability", "Vulnerability", 24),
    { ...text("owner", "Owner", 18), required: true },
    { ...scale("likelihood", "Likelihood"), required: true },
    { ...scale("impact", "Impact", 9), required: true },
    {
      key: "score", header: "Score", type: "formula", width: 8,
      formula: product("Risks", "Likelihood", "Impact"),
    },
    {
      ...choice("treatment", "Treatment", L.TREATMENTS, 12),
      synonyms: L.TREATMENT_SYNONYMS, required: true,
    },
    refs("controls", "Controls", "controls", 18),
    scale("residualLikelihood", "Residual likelihood", 11),
    scale("residualImpact", "Residual impact", 10),
    {
      key: "residualScore", header: "Residual score", type: "formula", width: 10,
      formula: product("Risks", "Residual likelihood", "Residual impact"),
    },
    text("acceptedBy", "Accepted by", 18),
    date("acceptedOn", "Accepted on"),
    choice("status", "Status", L.RISK_STATUSES, 11),
    date("lastReviewed", "Last reviewed"),
    text("notes", "Notes", 30),
  ],
};

export const SOA_SHEET: Spec<SoaRow> = {
  key: "soa", sheet: "SoA", table: "SoA", idPrefix: null, keyColumn: "control",
  step: "1C", clause: "6.1.3 d", prefill: "controls",
  columns: [
    text("control", "Control", 10, true),
    text("theme", "Theme", 16),
    text("title", "Title", 44),
    { ...choice("applicable", "Applicable", L.YES_NO, 11), required: true },
    { key: "reasons", header: "Reasons", type: "choices", list: L.SOA_REASONS, width: 24 },
    text("justification", "Justification", 40, true),
    { ...choice("status", "Status", L.SOA_STATUSES, 20), required: true },
    text("howImplemented", "How implemented", 44, true),
    text("owner", "Owner", 18),
    text("evidence", "Evidence", 30),
    refs("risks", "Risks", "risks", 18),
    date("lastReviewed", "Last reviewed"),
  ],
};

export const IMPROVEMENTS_SHEET: Spec<ImprovementRow> = {
  key: "improvements", sheet: "Improvements", table: "Improvements", idPrefix: "I",
  keyColumn: "id", step: "3", clause: "10",
  columns: [
    id("id"),
    text("improvement", "Improvement", 40, true),
    choice("source", "Source", L.IMPROVEMENT_SOURCES, 18),
    refs("related", "Related", "related", 18),
    { ...text("owner", "Owner", 18), required: true },
    { ...choice("priority", "Priority", L.PRIORITIES, 11), required: true },
    choice("ease", "Ease", L.EASES, 10),
    choice("benefit", "Benefit", L.BENEFITS, 10),
    { ...choice("neededBy", "Needed by", L.NEEDED_BY, 18), required: true },
    { ...date("targetDate", "Target date"), required: true },
    { ...choice("status", "Status", L.IMPROVEMENT_STATUSES, 12), required: true },
    date("doneOn", "Done on"),
    text("deferralAcceptedBy", "Deferral accepted by", 20),
    text("notes", "Notes", 30),
  ],
};

export const OBJECTIVES_SHEET: Spec<ObjectiveRow> = {
  key: "objectives", sheet: "Objectives", table: "Objectives", idPrefix: "O", keyColumn: "id",
  step: "1C", clause: "6.2",
  columns: [
    id("id"),
    text("objective", "Objective", 36, true),
    text("measure", "Measure", 30, true),
    text("target", "Target", 16, true),
    text("owner", "Owner", 18, true),
    date("due", "Due"),
    date("lastMeasured", "Last measured"),
    text("result", "Result", 16),
    choice("status", "Status", L.OBJECTIVE_STATUSES, 12),
  ],
};

export const AUDITS_SHEET: Spec<AuditRow> = {
  key: "audits", sheet: "Audits", table: "Audits", idPrefix: "AU", keyColumn: "id",
  step: "1C", clause: "9.2, 9.3",
  columns: [
    id("id"),
    { ...choice("kind", "Kind", L.AUDIT_KINDS, 18), required: true },
    text("scope", "Scope", 36),
    date("plannedDate", "Planned date"),
    date("doneOn", "Done on"),
    text("lead", "Lead", 18),
    { key: "findings", header: "Findings", type: "integer", min: 0, width: 9 },
    text("report", "Report", 30),
    { ...choice("status", "Status", L.AUDIT_STATUSES, 11), required: true },
  ],
};

export const INCIDENTS_SHEET: Spec<IncidentRow> = {
  key: "incidents", sheet: "Incidents", table: "Incidents", idPrefix: "IN", keyColumn: "id",
  step: "1C", clause: "A 5.24-5.28",
  columns: [
    id("id"),
    date("reportedOn", "Reported on"),
    text("incident", "Incident", 40, true),
    { ...choice("severity", "Severity", L.SEVERITIES, 10), required: true },
    refs("assets", "Assets", "assets"),
    { ...choice("status", "Status", L.INCIDENT_STATUSES, 13), required: true },
    text("rootCause", "Root cause", 30),
    { ...refs("improvement", "Improvement", "improvements", 12), type: "text" },
    date("closedOn", "Closed on"),
  ],
};

export const TRAINING_SHEET: Spec<TrainingRow> = {
  key: "training", sheet: "Training", table: "Training", idPrefix: "T", keyColumn: "id",
  step: "1C", clause: "7.2, 7.3",
  columns: [
    id("id"),
    text("person", "Person or group", 24, true),
    text("topic", "Topic", 30, true),
    { ...choice("kind", "Kind", L.TRAINING_KINDS, 13), required: true },
    date("requiredBy", "Required by"),
    date("doneOn", "Done on"),
    { ...choice("status", "Status", L.TRAINING_STATUSES, 10), required: true },
    text("evidence", "Evidence", 30),
  ],
};

/** Every register, in the order the sheets stand in a new workbook (after the Dashboard). */
export const REGISTERS = [
  SETTINGS_SHEET, CONTEXT_SHEET, REQUIREMENTS_SHEET, ASSETS_SHEET, RISKS_SHEET, SOA_SHEET,
  IMPROVEMENTS_SHEET, OBJECTIVES_SHEET, AUDITS_SHEET, INCIDENTS_SHEET, TRAINING_SHEET,
] as const satisfies readonly SheetSpec[];

/** The register declared for a key. */
export function specOf(key: RegisterKey): SheetSpec {
  const spec = REGISTERS.find((s) => s.key === key);
  if (!spec) throw new Error(`No register is declared for "${key}".`);
  return spec as SheetSpec;
}

/** The name of the Dashboard sheet, which the product builds and rebuilds. */
export const DASHBOARD_SHEET = "Dashboard";

/** The version of this schema, written to the Settings table on create and upgrade. */
export const SCHEMA_VERSION = "1";
