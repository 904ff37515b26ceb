/**
 * What the task pane asks of the workbook, in the pane's own terms. Components talk only to a
 * PaneServices object, so they never call Office directly and tests can hand them a fake.
 */
import type { Edition } from "../../core/catalogue/types";
import type { CommandOutcome, FixOutcome } from "../../core/commands/types";
import type { CellChange, Finding } from "../../core/model/finding";
import type { ArmStep } from "../../core/schema/types";

/** Reports progress of long work: a short sentence and, where known, a fraction 0..1. */
export type ProgressReporter = (message: string, fraction?: number) => void;

/** Progress of one ARM step: checks passed out of checks made by that step's rules. */
export interface StepProgress {
  readonly step: ArmStep;
  readonly percent: number;
  readonly passed: number;
  readonly checked: number;
}

/** The product's answer to a readiness question. */
export type ReadinessAnswer = "yes" | "partly" | "no" | "not-yet";

/** One of the twelve Stage 2 readiness questions, answered with a one-line reason. */
export interface QuestionAnswer {
  readonly number: number;
  readonly answer: ReadinessAnswer;
  readonly reason: string;
  /** The question's wording where the check carries it; the pane knows it otherwise. */
  readonly question?: string;
}

/** What a check tells the pane. */
export interface PaneCheck {
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number };
  readonly findings: readonly Finding[];
  readonly steps: readonly StepProgress[];
  readonly questions: readonly QuestionAnswer[];
}

/** The settings the pane edits; dates as "yyyy-mm-dd" text ("" when not set). */
export interface PaneSettings {
  readonly organisation: string;
  readonly scope: string;
  readonly goLive: string;
  readonly stage1: string;
  readonly stage2: string;
  readonly riskScale: string;
  readonly riskAppetite: string;
}

/** A setting the user changed that a co-author also changed since the form was loaded. */
export interface SettingConflict {
  /** The setting's name as the Settings sheet shows it ("Stage 1 audit date"). */
  readonly setting: string;
  /** What the user entered, not saved. */
  readonly yours: string;
  /** What the workbook holds now, kept. */
  readonly workbook: string;
}

/** What saving the settings did. */
export interface SettingsSaved {
  /** One line per setting written, and per setting that could not be. */
  readonly lines: readonly string[];
  /** Settings not saved because they were changed in the workbook meanwhile. */
  readonly conflicts: readonly SettingConflict[];
  /** The settings as they stand in the workbook after the save: the form's new starting point. */
  readonly settings: PaneSettings;
}

/** What fixing did: the previewed changes written, or nothing because the workbook changed. */
export interface FixApplied extends FixOutcome {
  /**
   * False when the workbook changed since the preview: nothing was written, and `changes` is
   * what fixing would change now.
   */
  readonly applied: boolean;
}

/** How the auditor pack reached the user. */
export interface ExportResult {
  /** True when Excel opened it as a new workbook; false when it was downloaded as a file. */
  readonly opened: boolean;
  readonly fileName: string;
  /** Why it was downloaded rather than opened, when Excel refused to open it. */
  readonly note?: string;
}

/** Everything the pane does to the workbook. Each method may reject with a readable Error. */
export interface PaneServices {
  createOrUpgrade(
    options: { readonly edition: Edition; readonly sample: boolean },
    onProgress: ProgressReporter,
  ): Promise<CommandOutcome>;
  check(onProgress: ProgressReporter): Promise<PaneCheck>;
  /** What fixing would change, without changing anything. */
  previewFix(onProgress: ProgressReporter): Promise<FixOutcome>;
  /**
   * Writes the previewed changes, unless the workbook changed since the preview: then it writes
   * nothing and gives what fixing would change now.
   */
  fix(previewed: readonly CellChange[], onProgress: ProgressReporter): Promise<FixApplied>;
  rebuildDashboard(onProgress: ProgressReporter): Promise<CommandOutcome>;
  exportPack(onProgress: ProgressReporter): Promise<ExportResult>;
  /** The settings as they stand, or null when the workbook has no Settings table yet. */
  readSettings(): Promise<PaneSettings | null>;
  /**
   * Writes the settings the user changed from `loaded` (what the form was loaded with), and only
   * those; a setting also changed in the workbook since then is not overwritten.
   */
  writeSettings(next: PaneSettings, loaded: PaneSettings): Promise<SettingsSaved>;
  /** Selects one cell in Excel, to take the user to a finding. */
  selectCell(sheet: string, cell: string): Promise<void>;
}
