/** The sample's Statement of Applicability: one row per ISO/IEC 27001:2022 Annex A control. */
import { ANNEX_A_2022 } from "../catalogue";
import type { RiskRow, SoaRow } from "../schema/rows";
import type { SampleDates } from "./dates";
import { ORGANIZATIONAL } from "./soaOrganizational";
import { PEOPLE_AND_PHYSICAL } from "./soaPeoplePhysical";
import { TECHNOLOGICAL } from "./soaTechnological";

const ANSWERS = { ...ORGANIZATIONAL, ...PEOPLE_AND_PHYSICAL, ...TECHNOLOGICAL };

/**
 * The SoA in catalogue order. Its Risks column lists the IDs of the given risks that name each
 * control, as the product refreshes it; a risk with no ID cannot be listed.
 */
export function sampleSoa(
  d: SampleDates, risks: readonly Omit<RiskRow, "row">[],
): Omit<SoaRow, "row">[] {
  return ANNEX_A_2022.map((control) => {
    const answer = ANSWERS[control.id];
    return {
      control: control.id,
      theme: control.group,
      title: control.title,
      applicable: answer?.applicable ?? "",
      reasons: answer ? [...answer.reasons] : [],
      justification: answer?.justification ?? "",
      status: answer?.status ?? "",
      howImplemented: answer?.howImplemented ?? "",
      owner: answer?.owner ?? "",
      evidence: answer?.evidence ?? "",
      risks: risks.filter((r) => r.id && r.controls.includes(control.id)).map((r) => r.id),
      lastReviewed: d.day(-25),
    };
  });
}
