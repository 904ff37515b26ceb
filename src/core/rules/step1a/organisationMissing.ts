/** Step 1A: the Organisation setting names who the ISMS belongs to. */
import { once, settingFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const rule: Rule<RuleIndex> = {
  id: "settings/organisation-missing",
  step: "1A",
  severity: "error",
  clause: "4.1",
  description: "The Organisation setting is blank.",
  fixable: false,
  check({ isms }) {
    if (str(isms.settings.organisation) !== "") return once(null);
    return once(settingFinding(rule, isms, "organisation",
      "The Organisation setting is blank: enter the organisation's name in the Settings sheet."));
  },
};

export default rule;
