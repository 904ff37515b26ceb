/** ARM step 2: go-live comes at least a month before Stage 1, so Stage 1 sees a live ISMS. */
import { isoOf } from "../../model/dates";
import { GO_LIVE_MONTHS_BEFORE_STAGE1, latestGoLive } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { isKnown, once, settingFinding } from "../helpers";
import type { Rule } from "../types";

/** settings/go-live-too-late: go-live later than one calendar month before Stage 1. */
export const goLiveTooLate: Rule<RuleIndex> = {
  id: "settings/go-live-too-late",
  step: "2",
  severity: "error",
  clause: "8.1",
  description: `Go-live is at least ${GO_LIVE_MONTHS_BEFORE_STAGE1} month before Stage 1.`,
  fixable: false,
  check({ isms }) {
    const { goLive, stage1 } = isms.settings;
    if (!isKnown(goLive) || !isKnown(stage1)) return { findings: [], checked: 0, failed: 0 };
    const latest = latestGoLive(stage1);
    if (goLive <= latest) return once(null);
    return once(settingFinding(goLiveTooLate, isms, "goLive",
      `The Go-live date (${isoOf(goLive)}) is less than one month before Stage 1 ` +
      `(${isoOf(stage1)}): go live by ${isoOf(latest)} or move the Stage 1 audit date.`));
  },
};
