/**
 * The commands both front ends run (task pane and command line): their options and outcomes.
 * Each command reads the workbook once through the gateway and writes once.
 */
import type { Edition } from "../catalogue/types";
import type { CellChange } from "../model/finding";

export type CommandName = "create" | "upgrade" | "check" | "fix" | "dashboard" | "export";

/** Options every command takes. */
export interface CommandOptions {
  /** Today as an Excel serial day number (the command line's --today, the pane's clock). */
  readonly today: number;
  /** Reports progress for long work: a short sentence and, where known, a fraction 0..1. */
  readonly onProgress?: (message: string, fraction?: number) => void;
  /**
   * When the check runs, as shown on the Dashboard beside the figures the product computes
   * ("2026-12-03 14:05 UTC"); the clock's time when omitted.
   */
  readonly checkedAt?: string;
}

/** Options of check: the file name to report in the result. */
export interface CheckCommandOptions extends CommandOptions {
  readonly file?: string;
}

/** Options of the auditor pack: who prepared and approved it, and its version. */
export interface PackCommandOptions extends CommandOptions {
  readonly preparedBy?: string;
  readonly approvedBy?: string;
  /** The pack's version as the organisation numbers it; "1.0" when omitted. */
  readonly version?: string;
}

/** Options of create/upgrade (one command: what exists is kept, what is missing is added). */
export interface CreateOptions extends CommandOptions {
  /** The Annex A edition for a new SoA; an existing Standard setting wins. */
  readonly edition: Edition;
  /** Fill empty registers with the sample ISMS of a small organisation. */
  readonly sample: boolean;
}

/** What a command did, in lines a person reads, and what it could not do. */
export interface CommandOutcome {
  readonly command: CommandName;
  readonly done: readonly string[];
  readonly skipped: readonly string[];
}

/** What fixing will change (shown before fixing) or changed. */
export interface FixOutcome extends CommandOutcome {
  readonly changes: readonly CellChange[];
  /**
   * Given when fixing was asked for the changes of a preview: false when the workbook changed
   * since, so nothing was written and `changes` is what fixing would change now.
   */
  readonly applied?: boolean;
}

/** Fixing, optionally held to the changes a preview listed. */
export interface FixCommandOptions extends CommandOptions {
  /** The changes the person saw; fixing writes nothing unless it would make exactly these. */
  readonly expected?: readonly CellChange[];
}
