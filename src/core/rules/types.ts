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
}
export type { Finding, Severity, ArmStep };
