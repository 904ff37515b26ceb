/**
 * One literal row builder per register. V8 gives every object built by the same literal one
 * shape, which makes reading tens of thousands of rows several times cheaper than growing each
 * row key by key. The fields stand in the schema's column order (a test holds the two together),
 * and each is read by index through the register's field reader.
 */
import type { RegisterKey } from "../schema/types";
import type {
  AssetRow, AuditRow, ContextRow, ImprovementRow, IncidentRow, ObjectiveRow, RequirementRow,
  RiskRow, SettingRow, SoaRow, TrainingRow,
} from "../schema/rows";

/** What a builder reads a row through: its sheet row number and its fields by column index. */
export interface FieldSource {
  readonly row: number;
  /** The typed value of the register's i-th schema column for the current row. */
  v(i: number): never;
}

/** The literal builder of each register's rows. */
export const ROW_BUILDERS: { readonly [K in RegisterKey]: (f: FieldSource) => object } = {
  settings: (f): SettingRow => ({ row: f.row, setting: f.v(0), value: f.v(1), notes: f.v(2) }),
  context: (f): ContextRow => ({
    row: f.row, id: f.v(0), kind: f.v(1), description: f.v(2), needs: f.v(3), howAddressed: f.v(4),
    owner: f.v(5),
  }),
  requirements: (f): RequirementRow => ({
    row: f.row, clause: f.v(0), title: f.v(1), step: f.v(2), status: f.v(3), howWeMeetIt: f.v(4),
    evidence: f.v(5), owner: f.v(6), lastReviewed: f.v(7),
  }),
  assets: (f): AssetRow => ({
    row: f.row, id: f.v(0), asset: f.v(1), type: f.v(2), description: f.v(3), owner: f.v(4),
    location: f.v(5), classification: f.v(6), confidentiality: f.v(7), integrity: f.v(8),
    availability: f.v(9), inScope: f.v(10), status: f.v(11), lastReviewed: f.v(12), notes: f.v(13),
  }),
  risks: (f): RiskRow => ({
    row: f.row, id: f.v(0), risk: f.v(1), assets: f.v(2), threat: f.v(3), vulnerability: f.v(4),
    owner: f.v(5), likelihood: f.v(6), impact: f.v(7), score: f.v(8), treatment: f.v(9),
    controls: f.v(10), residualLikelihood: f.v(11), residualImpact: f.v(12), residualScore: f.v(13),
    acceptedBy: f.v(14), acceptedOn: f.v(15), status: f.v(16), lastReviewed: f.v(17),
    notes: f.v(18),
  }),
  soa: (f): SoaRow => ({
    row: f.row, control: f.v(0), theme: f.v(1), title: f.v(2), applicable: f.v(3), reasons: f.v(4),
    justification: f.v(5), status: f.v(6), howImplemented: f.v(7), owner: f.v(8), evidence: f.v(9),
    risks: f.v(10), lastReviewed: f.v(11),
  }),
  improvements: (f): ImprovementRow => ({
    row: f.row, id: f.v(0), improvement: f.v(1), source: f.v(2), related: f.v(3), owner: f.v(4),
    priority: f.v(5), ease: f.v(6), benefit: f.v(7), neededBy: f.v(8), targetDate: f.v(9),
    status: f.v(10), doneOn: f.v(11), deferralAcceptedBy: f.v(12), notes: f.v(13),
  }),
  objectives: (f): ObjectiveRow => ({
    row: f.row, id: f.v(0), objective: f.v(1), measure: f.v(2), target: f.v(3), owner: f.v(4),
    due: f.v(5), lastMeasured: f.v(6), result: f.v(7), status: f.v(8),
  }),
  audits: (f): AuditRow => ({
    row: f.row, id: f.v(0), kind: f.v(1), scope: f.v(2), plannedDate: f.v(3), doneOn: f.v(4),
    lead: f.v(5), findings: f.v(6), report: f.v(7), status: f.v(8),
  }),
  incidents: (f): IncidentRow => ({
    row: f.row, id: f.v(0), reportedOn: f.v(1), incident: f.v(2), severity: f.v(3), assets: f.v(4),
    status: f.v(5), rootCause: f.v(6), improvement: f.v(7), closedOn: f.v(8),
  }),
  training: (f): TrainingRow => ({
    row: f.row, id: f.v(0), person: f.v(1), topic: f.v(2), kind: f.v(3), requiredBy: f.v(4),
    doneOn: f.v(5), status: f.v(6), evidence: f.v(7),
  }),
};
