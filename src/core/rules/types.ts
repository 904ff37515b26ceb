/** The shape of an ARM rule: metadata and a pure check over the typed workbook. */
import type { Finding, Severity } from "../model/finding";
import type { Isms } from "../model/isms";
import type { ArmStep } from "../schema/types";

/** What a rule's check sees: the workbook, today's date (Excel serial day) and look-ups. */
export interface RuleContext<Index = unknown> {
  readonly isms: Isms;
  /** Today as an Excel serial day number: an input, never read from the clock in a rule. */
  readonly today: number;
  /** Look-ups built once per check (IDs of assets, risks, controls ...), shared by rules. */
  readonly index: Index;
}

/** What a check returns: its findings and how many things it checked and how many failed. */
export interface RuleResult {
  readonly findings: readonly Finding[];
  /** Rows (or settings, or sheets) the rule looked at. */
  readonly checked: number;
  /** How many of those failed; passed = checked - failed. */
  readonly failed: number;
  /**
   * For a rule whose checks count under several ARM steps (a structure rule counts under the
   * step of each sheet it looks at): checked and failed split by step. Omitted, everything
   * counts under the rule's own step.
   */
  readonly byStep?: readonly StepCount[];
}

/** Checks made and failed under one ARM step. */
export interface StepCount {
  readonly step: ArmStep;
  readonly checked: number;
  readonly failed: number;
}
export type { Finding, Severity, ArmStep };

/** A rule's metadata: what RULES.md says of it. */
export interface RuleMeta {
  /** "area/what", e.g. "risk/owner-missing". */
  readonly id: string;
  readonly step: ArmStep;
  /** The severity of its findings (a rule may raise some findings at another severity). */
  readonly severity: Severity;
  /** The clause or Annex A control the rule stands on. */
  readonly clause: string;
  /** One line: what the rule checks. */
  readonly description: string;
  readonly fixable: boolean;
}

/** One ARM rule: its metadata and a pure check. A check never throws on a read workbook. */
export interface Rule<Index = unknown> extends RuleMeta {
  check(ctx: RuleContext<Index>): RuleResult;
}
