/** ARM step 2: the audits come in order, Stage 1 then Stage 2. */
import { isoOf } from "../../model/dates";
import type { RuleIndex } from "../lookup";
import { isKnown, once, settingFinding } from "../helpers";
import type { Rule } from "../types";

/** settings/stage2-before-stage1: the Stage 2 audit date is before the Stage 1 date. */
export const stage2BeforeStage1: Rule<RuleIndex> = {
  id: "settings/stage2-before-stage1",
  step: "2",
  severity: "error",
  clause: "9.2",
  description: "Stage 2 is not before Stage 1.",
  fixable: false,
  check({ isms }) {
    const { stage1, stage2 } = isms.settings;
    if (!isKnown(stage1) || !isKnown(stage2)) return { findings: [], checked: 0, failed: 0 };
    if (stage2 >= stage1) return once(null);
    return once(settingFinding(stage2BeforeStage1, isms, "stage2",
      `The Stage 2 audit date (${isoOf(stage2)}) is before Stage 1 (${isoOf(stage1)}): ` +
      "correct one of the two audit dates."));
  },
};
