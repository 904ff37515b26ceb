/** The ARM steps as the pane names them. */
import type { ArmStep } from "../../core/schema/types";

/** One ARM step: its code and what it is about, in a few words. */
export interface StepInfo {
  readonly step: ArmStep;
  readonly title: string;
}

/** The six steps of the Assured Results Method, in order. */
export const ARM_STEPS: readonly StepInfo[] = [
  { step: "1A", title: "Foundations: context, policy, assets and risks" },
  { step: "1B", title: "Describe the controls you run today" },
  { step: "1C", title: "Statement of Applicability and core requirements" },
  { step: "2", title: "Go live" },
  { step: "3", title: "Plan improvements" },
  { step: "4", title: "Stage 1 and Stage 2 audits" },
];
