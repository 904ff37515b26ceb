/**
 * A sample ISMS for a fictional 60-person SaaS company, Quillmere Software Ltd, a few weeks
 * after go-live: every register filled in as an auditor would expect, with the deliberate gaps
 * of ./gaps. All dates count from the `today` it is made for, so the demo stays sensible on any
 * day.
 */
import type {
  AssetRow, AuditRow, ContextRow, ImprovementRow, IncidentRow, ObjectiveRow, RequirementRow,
  RiskRow, SettingKey, SoaRow, TrainingRow,
} from "../schema/rows";
import { sampleAssets } from "./assets";
import { sampleAudits } from "./audits";
import { sampleContext } from "./context";
import { sampleDates } from "./dates";
import { sampleImprovements } from "./improvements";
import { sampleIncidents } from "./incidents";
import { sampleObjectives } from "./objectives";
import { sampleRequirements } from "./requirements";
import { sampleRisks } from "./risks";
import { sampleSettings } from "./settings";
import { sampleSoa } from "./soa";
import { sampleTraining } from "./training";

export { SAMPLE_GAPS, type SampleGap } from "./gaps";
export { sampleDates, type SampleDates } from "./dates";

type Rows<T> = Omit<T, "row">[];

/** The sample's registers as typed rows (no sheet row numbers), dates as Excel serials. */
export interface SampleIsms {
  settings: Partial<Record<SettingKey, string | number>>;
  context: Rows<ContextRow>;
  requirements: Rows<RequirementRow>;
  assets: Rows<AssetRow>;
  risks: Rows<RiskRow>;
  soa: Rows<SoaRow>;
  improvements: Rows<ImprovementRow>;
  objectives: Rows<ObjectiveRow>;
  audits: Rows<AuditRow>;
  incidents: Rows<IncidentRow>;
  training: Rows<TrainingRow>;
}

/** The sample ISMS as of `today` (an Excel serial day number); a new copy on every call. */
export function sampleIsms(today: number): SampleIsms {
  const d = sampleDates(today);
  const risks = sampleRisks(d);
  return {
    settings: sampleSettings(d),
    context: sampleContext(),
    requirements: sampleRequirements(d),
    assets: sampleAssets(d),
    risks,
    soa: sampleSoa(d, risks),
    improvements: sampleImprovements(d),
    objectives: sampleObjectives(d),
    audits: sampleAudits(d),
    incidents: sampleIncidents(d),
    training: sampleTraining(d),
  };
}
