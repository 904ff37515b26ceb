/** ARM step 2: the ISMS is declared live on a recorded date. */
import type { RuleIndex } from "../lookup";
import { once, settingFinding } from "../helpers";
import type { Rule } from "../types";

/** settings/go-live-missing: no Go-live date in the settings. */
export const goLiveMissing: Rule<RuleIndex> = {
  id: "settings/go-live-missing",
  step: "2",
  severity: "error",
  clause: "8.1",
  description: "The go-live date of the ISMS is recorded.",
  fixable: false,
  check({ isms, index }) {
    const goLive = isms.settings.goLive;
    // An unreadable date (NaN, or an error value read as blank) was reported by the reader: the
    // check fails, but a second finding calling it missing would only confuse.
    const cell = isms.settings.cells?.goLive ?? "";
    if (cell !== "" && index.reported(isms.settingRows.sheet, cell)) {
      return { findings: [], checked: 1, failed: 1 };
    }
    if (goLive !== null && goLive !== undefined) return once(null);
    return once(settingFinding(goLiveMissing, isms, "goLive",
      "The ISMS has no go-live date: enter the date it was (or will be) declared live " +
      "in the Go-live date setting."));
  },
};
