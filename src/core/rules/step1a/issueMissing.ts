/** Step 1A: the Context register records internal and external issues (clause 4.1). */
import type { Finding } from "../../model/finding";
import { sheetFinding, str } from "../helpers";
import type { RuleIndex } from "../lookup";
import type { Rule } from "../types";

const KINDS = ["Internal issue", "External issue"] as const;

const rule: Rule<RuleIndex> = {
  id: "context/issue-missing",
  step: "1A",
  severity: "warning",
  clause: "4.1",
  description: "The Context register records no internal issue, or no external issue.",
  fixable: false,
  check({ isms }) {
    const kinds = new Set(isms.context.rows.map((r) => str(r.kind).toLowerCase()));
    const findings: Finding[] = [];
    for (const kind of KINDS) {
      if (kinds.has(kind.toLowerCase())) continue;
      findings.push(sheetFinding(rule, isms.context,
        `Context lists no ${kind.toLowerCase()}: add a row of Kind "${kind}" for each ` +
        "issue that affects what the ISMS can achieve.", { column: "Kind" }));
    }
    return { findings, checked: KINDS.length, failed: findings.length };
  },
};

export default rule;
