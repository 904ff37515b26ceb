/** Step 1A: the ISMS scope is written down (clause 4.3). */
import { once, settingFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "settings/scope-missing",
  step: "1A",
  severity: "error",
  clause: "4.3",
  description: "The ISMS scope setting is blank.",
  fixable: false,
  check({ isms }) {
    if (str(isms.settings.scope) !== "") return once(null);
    return once(settingFinding(rule, isms, "scope",
      "The ISMS scope setting is blank: write the scope statement of the ISMS in the " +
      "Settings sheet."));
  },
};

export default rule;
