/** ARM step 2: Stage 2 leaves time after Stage 1 to close what Stage 1 found. */
import { isoOf } from "../../model/dates";
import { MIN_DAYS_STAGE1_TO_STAGE2 } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { isKnown, once, settingFinding } from "../helpers";
import type { Rule } from "../types";

/** settings/stage2-too-soon: Stage 2 less than three weeks after Stage 1 (but not before it). */
export const stage2TooSoon: Rule<RuleIndex> = {
  id: "settings/stage2-too-soon",
  step: "2",
  severity: "warning",
  clause: "9.2",
  description: `Stage 2 is at least ${MIN_DAYS_STAGE1_TO_STAGE2} days after Stage 1.`,
  fixable: false,
  check({ isms }) {
    const { stage1, stage2 } = isms.settings;
    // Stage 2 before Stage 1 is settings/stage2-before-stage1's finding.
    if (!isKnown(stage1) || !isKnown(stage2) || stage2 < stage1) {
      return { findings: [], checked: 0, failed: 0 };
    }
    const gap = stage2 - stage1;
    if (gap >= MIN_DAYS_STAGE1_TO_STAGE2) return once(null);
    return once(settingFinding(stage2TooSoon, isms, "stage2",
      `The Stage 2 audit date (${isoOf(stage2)}) is only ${gap} days after Stage 1 ` +
      `(${isoOf(stage1)}): allow at least ${MIN_DAYS_STAGE1_TO_STAGE2} days to close ` +
      "Stage 1 findings."));
  },
};
