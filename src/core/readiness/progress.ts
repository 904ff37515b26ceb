/** Progress of each ARM step: the checks its rules passed over the checks they made. */
import type { ArmStep } from "../schema/types";

/** The steps of the method, in order, as the Dashboard and the pane show them. */
export const ARM_STEPS: readonly ArmStep[] = ["1A", "1B", "1C", "2", "3", "4"];

/** How far one step has come. */
export interface StepProgress {
  readonly step: ArmStep;
  /** passed / checked as a whole percentage, rounded down; 0 when nothing was checked. */
  readonly percent: number;
  readonly passed: number;
  readonly checked: number;
}

/** What one rule counted under one step (the engine's RuleRun has this shape). */
export interface StepChecks {
  readonly step: ArmStep;
  readonly checked: number;
  readonly failed: number;
}

/** Sums the engine's counts by step: one entry per ARM step, in the method's order. */
export function stepProgress(runs: readonly StepChecks[]): StepProgress[] {
  const checked = new Map<ArmStep, number>();
  const failed = new Map<ArmStep, number>();
  for (const run of runs) {
    const c = Math.max(0, run.checked);
    checked.set(run.step, (checked.get(run.step) ?? 0) + c);
    failed.set(run.step, (failed.get(run.step) ?? 0) + Math.min(Math.max(0, run.failed), c));
  }
  return ARM_STEPS.map((step) => {
    const made = checked.get(step) ?? 0;
    const passed = made - (failed.get(step) ?? 0);
    // Rounded down, so a step with anything left never shows 100 %.
    const percent = made === 0 ? 0 : Math.floor((passed / made) * 100);
    return { step, percent, passed, checked: made };
  });
}
