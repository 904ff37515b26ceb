/**
 * The check both front ends run: the rules and the readiness model over one workbook, as the
 * JSON result of RULES.md ("What a check reports"). The pane, the Dashboard and `arm validate`
 * all take this one result.
 */
import { STANDARD_NAMES } from "./catalogue";
import type { Finding } from "./model/finding";
import type { RawWorkbook } from "./model/grid";
import type { Isms } from "./model/isms";
import { isoOf } from "./model/dates";
import { readIsms } from "./read";
import { computeCounts } from "./readiness/counts";
import { stepProgress, type StepProgress } from "./readiness/progress";
import { answerQuestions, type Answer } from "./readiness/questions";
import { timingOf, type Timing } from "./readiness/timing";
import { runRules } from "./rules/engine";

/** A finding as the JSON result carries it: located, with no cell changes. */
export type FindingJson = Omit<Finding, "fix">;

/** The answer to one readiness question, as the JSON result carries it. */
export interface QuestionJson {
  readonly number: number;
  readonly question: string;
  readonly answer: Answer;
  readonly reason: string;
}

/** The result of checking a workbook: the JSON of `arm validate --json`. */
export interface CheckResult {
  readonly file: string;
  readonly standard: string;
  /** Today as "yyyy-mm-dd". */
  readonly today: string;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number };
  readonly findings: readonly FindingJson[];
  readonly readiness: {
    readonly steps: readonly StepProgress[];
    readonly questions: readonly QuestionJson[];
    readonly timing: Timing;
    readonly counts: Readonly<Record<string, number>>;
  };
}

/** A check's result together with the findings as the rules made them, fixes included. */
export interface CheckOutcome {
  readonly result: CheckResult;
  /** The same findings as result.findings, in the same order, with their `fix` changes. */
  readonly findings: readonly Finding[];
}

/** What a check needs besides the workbook. */
export interface CheckOptions {
  /** Today as an Excel serial day (the command line's --today, the pane's clock). */
  readonly today: number;
  /** The file name to report; the workbook's own source name when omitted. */
  readonly file?: string;
}

function jsonOf(f: Finding): FindingJson {
  return {
    rule: f.rule, severity: f.severity, step: f.step, sheet: f.sheet, cell: f.cell, id: f.id,
    column: f.column, message: f.message, fixable: f.fixable,
  };
}

/** Checks a typed workbook: every rule, step progress, the twelve questions, timing, counts. */
export function runCheck(isms: Isms, options: CheckOptions): CheckOutcome {
  const { today } = options;
  const run = runRules(isms, today);

  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const f of run.findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.info++;
  }

  const result: CheckResult = {
    file: options.file ?? isms.source,
    standard: STANDARD_NAMES[isms.settings.edition] ?? STANDARD_NAMES["2022"],
    today: isoOf(today),
    summary,
    findings: run.findings.map(jsonOf),
    readiness: {
      steps: stepProgress(run.results),
      questions: answerQuestions({ isms, today }),
      timing: timingOf(isms.settings, today),
      counts: computeCounts(isms, today),
    },
  };
  return { result, findings: run.findings };
}

/** The JSON result of checking a typed workbook on a day. */
export function checkIsms(isms: Isms, options: CheckOptions): CheckResult {
  return runCheck(isms, options).result;
}

/** Reads raw grids as an executor returned them, then checks them: one call for both doors. */
export function checkRaw(raw: RawWorkbook, options: CheckOptions): CheckResult {
  return checkIsms(readIsms(raw), options);
}

/** The exit status of `arm validate` for a result: 0 without errors, 1 with errors. */
export function exitCodeOf(result: CheckResult): 0 | 1 {
  return result.summary.errors > 0 ? 1 : 0;
}
