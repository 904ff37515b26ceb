/** The settings of the ArmSettings table: names as written in the sheet, defaults and notes. */
import { DEFAULT_CLASSIFICATION_LABELS } from "./lists";
import type { SettingKey } from "./rows";

/** How a setting's value is read. */
export type SettingType = "text" | "standard" | "integer" | "date" | "labels";

export interface SettingSpec {
  readonly key: SettingKey;
  readonly name: string;
  readonly type: SettingType;
  /** The value written on create; null leaves the cell blank. */
  readonly default: string | number | null;
  readonly notes: string;
  readonly min?: number;
  readonly max?: number;
  readonly allowed?: readonly number[];
}

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: "organisation", name: "Organisation", type: "text", default: null,
    notes: "Shown on the Dashboard and the auditor pack.",
  },
  {
    key: "scope", name: "ISMS scope", type: "text", default: null,
    notes: "The scope statement of the ISMS (clause 4.3).",
  },
  {
    key: "standard", name: "Standard", type: "standard", default: "ISO/IEC 27001:2022",
    notes: "ISO/IEC 27001:2022 or ISO/IEC 27001:2013: which Annex A the SoA follows.",
  },
  {
    key: "riskScale", name: "Risk scale", type: "integer", default: 5, allowed: [3, 4, 5],
    notes: "3, 4 or 5: likelihood and impact run from 1 to this number.",
  },
  {
    key: "riskAppetite", name: "Risk appetite", type: "integer", default: 9, min: 1, max: 25,
    notes: "The highest acceptable risk score (likelihood x impact).",
  },
  {
    key: "reviewMonths", name: "Risk review interval (months)", type: "integer", default: 12,
    min: 1, max: 60, notes: "A risk not reviewed for longer than this is overdue.",
  },
  {
    key: "classificationLabels", name: "Classification labels", type: "labels",
    default: DEFAULT_CLASSIFICATION_LABELS.join("; "),
    notes: "The asset classifications allowed, separated by \";\".",
  },
  {
    key: "goLive", name: "Go-live date", type: "date", default: null,
    notes: "The date the ISMS is declared live and operational (ARM step 2).",
  },
  {
    key: "stage1", name: "Stage 1 audit date", type: "date", default: null,
    notes: "Planned or actual.",
  },
  {
    key: "stage2", name: "Stage 2 audit date", type: "date", default: null,
    notes: "Planned or actual.",
  },
  {
    key: "certificationBody", name: "Certification body", type: "text", default: null,
    notes: "",
  },
  {
    key: "schemaVersion", name: "Schema version", type: "text", default: null,
    notes: "Set by the product: lets a newer version upgrade an older workbook.",
  },
];
