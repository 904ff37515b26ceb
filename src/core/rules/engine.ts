/**
 * Runs the ARM rules over a typed workbook: the look-ups are built once, every rule checks
 * once, and each rule's checks are counted by step so step progress falls out of the run.
 */
import type { Finding } from "../model/finding";
import type { Isms } from "../model/isms";
import type { ArmStep } from "../schema/types";
import { cellKey, unreadableCells } from "../read/report";
import { buildIndex, type RuleIndex } from "./lookup";
import { ALL_RULES } from "./registry";
import type { Rule, RuleResult } from "./types";

/** How one rule did under one ARM step: the checks it made and how many failed. */
export interface RuleRun {
  readonly rule: string;
  readonly step: ArmStep;
  readonly checked: number;
  readonly failed: number;
}

/** What a check of the workbook found, and the checks each rule made. */
export interface CheckRun {
  /** The reader's findings first, then each rule's, in rule order. */
  readonly findings: Finding[];
  /** One entry per rule and step it counted under, in rule order. */
  readonly results: RuleRun[];
  /** The look-ups the rules used, for callers that need them too (null if they failed). */
  readonly index: RuleIndex | null;
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function failure(ruleId: string, step: ArmStep, error: unknown): Finding {
  const why = error instanceof Error ? error.message : String(error);
  return {
    rule: "internal/rule-failed", severity: "error", step, sheet: "", cell: "", id: "",
    column: "",
    message: `The check "${ruleId}" could not run on this workbook (${why}); the other ` +
      "checks ran: please report this with the workbook.",
    fixable: false,
  };
}

function runsOf(rule: Rule<RuleIndex>, result: RuleResult): RuleRun[] {
  const split = Array.isArray(result.byStep) ? result.byStep : [];
  const parts = split.length > 0 ? split : [{ step: rule.step, ...result }];
  return parts.map((p) => {
    const checked = count(p.checked);
    return { rule: rule.id, step: p.step, checked, failed: Math.min(count(p.failed), checked) };
  });
}

/**
 * Checks a workbook against the rules. Today is an Excel serial day. A rule that throws does
 * not stop the check: it becomes an "internal/rule-failed" error finding naming the rule.
 */
export function runRules(
  isms: Isms, today: number, rules: readonly Rule<RuleIndex>[] = ALL_RULES,
): CheckRun {
  const findings: Finding[] = [...(isms.findings ?? [])];
  const results: RuleRun[] = [];
  let index: RuleIndex;
  try {
    index = buildIndex(isms);
  } catch (error) {
    // Without the look-ups no rule can run; say so once rather than once per rule.
    findings.push(failure("look-ups", "1A", error));
    return { findings, results, index: null };
  }

  // A cell the reader could not read is reported once, by the reader: a rule that then sees it
  // as blank ("has no owner") would only say the same thing again, less precisely.
  const unreadable = unreadableCells(findings);

  for (const rule of rules) {
    let got: readonly Finding[];
    let runs: RuleRun[];
    try {
      const result = rule.check({ isms, today, index });
      got = Array.from(result.findings);
      runs = runsOf(rule, result);
    } catch (error) {
      findings.push(failure(rule.id, rule.step, error));
      results.push({ rule: rule.id, step: rule.step, checked: 1, failed: 1 });
      continue;
    }
    for (const f of got) {
      if (f.cell !== "" && unreadable.has(cellKey(f.sheet, f.cell))) continue;
      findings.push(f);
    }
    results.push(...runs);
  }
  return { findings, results, index };
}
