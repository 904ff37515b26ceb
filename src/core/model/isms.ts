/** The typed ISMS workbook that the reader produces and the rules, readiness and plan consume. */
import type {
  AssetRow, AuditRow, ContextRow, ImprovementRow, IncidentRow, ObjectiveRow, RequirementRow,
  RiskRow, SettingRow, Settings, SoaRow, TrainingRow,
} from "../schema/rows";
import type { SheetSpec } from "../schema/types";
import type { RawCell } from "./grid";
import type { Finding } from "./finding";

/** A column the user added to a register: kept aside, never written by the product. */
export interface ExtraColumn {
  readonly header: string;
  /** 0-based column index on the sheet. */
  readonly col: number;
  /** The body cells, one per body row of the register (blank rows included). */
  readonly values: readonly RawCell[];
}

/** One register as read: where it stands, which columns were found, and its typed rows. */
export interface Register<T> {
  readonly spec: SheetSpec;
  /** False when neither the table nor a sheet of that name was found. */
  readonly present: boolean;
  /** The sheet's name as found (the spec's name when absent). */
  readonly sheet: string;
  /** The table's name as found, or null when the sheet holds no table. */
  readonly table: string | null;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column index of each schema column found, by key. */
  readonly columns: Readonly<Record<string, number>>;
  /** Keys of schema columns whose header was not found. */
  readonly missing: readonly string[];
  readonly extras: readonly ExtraColumn[];
  /** The non-blank body rows, typed. */
  readonly rows: readonly T[];
  /** How many body rows the sheet holds, blank ones included (for the writer and fixes). */
  readonly bodyRows: number;
}

/** The whole workbook, typed, with the findings the reader made about unreadable cells. */
export interface Isms {
  readonly source: string;
  readonly sheetNames: readonly string[];
  readonly settings: Settings;
  readonly settingRows: Register<SettingRow>;
  readonly context: Register<ContextRow>;
  readonly requirements: Register<RequirementRow>;
  readonly assets: Register<AssetRow>;
  readonly risks: Register<RiskRow>;
  readonly soa: Register<SoaRow>;
  readonly improvements: Register<ImprovementRow>;
  readonly objectives: Register<ObjectiveRow>;
  readonly audits: Register<AuditRow>;
  readonly incidents: Register<IncidentRow>;
  readonly training: Register<TrainingRow>;
  /** Cell-level findings of the reader: unreadable dates, values outside lists, errors... */
  readonly findings: readonly Finding[];
}
