/** The registers of a workbook in sheet order, and checks counted under each sheet's step. */
import type { Finding } from "../../model/finding";
import type { Isms } from "../../model/isms";
import type { ArmStep } from "../../schema/types";
import type { AnyRegister } from "../helpers";
import type { RuleResult, StepCount } from "../types";

/** Every register of the workbook, present or not, in the order of the schema. */
export function registersOf(isms: Isms): AnyRegister[] {
  return [
    isms.settingRows, isms.context, isms.requirements, isms.assets, isms.risks, isms.soa,
    isms.improvements, isms.objectives, isms.audits, isms.incidents, isms.training,
  ];
}

/** The registers whose rows carry a PREFIX-NNN ID, with an ID column found on the sheet. */
export function idRegistersOf(isms: Isms): AnyRegister[] {
  return registersOf(isms).filter(
    (r) => r.spec.idPrefix !== null && r.present && typeof r.columns.id === "number",
  );
}

/** Counts checks and failures by ARM step, for rules that look at several sheets. */
export class StepTally {
  private readonly counts = new Map<ArmStep, { checked: number; failed: number }>();

  /** Adds checks made (and failed) under a step. */
  add(step: ArmStep, checked: number, failed: number): void {
    const c = this.counts.get(step) ?? { checked: 0, failed: 0 };
    c.checked += checked;
    c.failed += failed;
    this.counts.set(step, c);
  }

  /** The rule's result: the totals and their split by step. */
  result(findings: Finding[]): RuleResult {
    const byStep: StepCount[] = [];
    let checked = 0;
    let failed = 0;
    for (const [step, c] of this.counts) {
      byStep.push({ step, checked: c.checked, failed: c.failed });
      checked += c.checked;
      failed += c.failed;
    }
    return { findings, checked, failed, byStep };
  }
}
