/** ARM step 2: Stage 2 sees at least two months of the ISMS in operation. */
import { isoOf } from "../../model/dates";
import { EVIDENCE_MONTHS_BEFORE_STAGE2, earliestStage2 } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { isKnown, once, settingFinding } from "../helpers";
import type { Rule } from "../types";

/** settings/stage2-evidence-too-short: under two calendar months from go-live to Stage 2. */
export const evidenceTooShort: Rule<RuleIndex> = {
  id: "settings/stage2-evidence-too-short",
  step: "2",
  severity: "error",
  clause: "9.1",
  description: `Stage 2 comes at least ${EVIDENCE_MONTHS_BEFORE_STAGE2} months after go-live.`,
  fixable: false,
  check({ isms }) {
    const { goLive, stage2 } = isms.settings;
    if (!isKnown(goLive) || !isKnown(stage2)) return { findings: [], checked: 0, failed: 0 };
    const earliest = earliestStage2(goLive);
    if (stage2 >= earliest) return once(null);
    return once(settingFinding(evidenceTooShort, isms, "stage2",
      `The Stage 2 audit date (${isoOf(stage2)}) leaves less than two months of evidence ` +
      `after go-live (${isoOf(goLive)}): move Stage 2 to ${isoOf(earliest)} or later, ` +
      "or go live earlier."));
  },
};
