/** Questions 4 and 12: the risk register maintained; the risk profile acceptable. */
import type { Isms } from "../../model/isms";
import { all, labelOf, nameRows } from "../reason";
import { residualScoreOf } from "../scores";
import { answerOf, isKnown, isNotDone, reviewCutoff } from "../thresholds";
import type { Ctx, Verdict } from "./types";

/** Question 4: risk register maintained? */
export function riskRegisterMaintained({ isms, today }: Ctx): Verdict {
  const rows = isms.risks.rows;
  const { riskScale, reviewMonths } = isms.settings;
  if (rows.length === 0) return { answer: "no", reason: "The risk register is empty." };
  const inScale = (n: number | null) =>
    isKnown(n) && Number.isInteger(n) && n >= 1 && n <= riskScale;
  const unrated: string[] = [];
  const stale: string[] = [];
  // One cut-off day for all rows: reviewed within the interval means on or after it.
  const cutoff = reviewCutoff(reviewMonths, today);
  let passed = 0;
  for (const r of rows) {
    const rated = inScale(r.likelihood) && inScale(r.impact);
    const reviewed = isKnown(r.lastReviewed) && r.lastReviewed >= cutoff;
    if (!rated) unrated.push(labelOf(r.id, r.row));
    if (!reviewed) stale.push(labelOf(r.id, r.row));
    if (rated && reviewed) passed++;
  }
  if (passed === rows.length) {
    return {
      answer: "yes",
      reason: `${all(rows.length, "risk")} rated and reviewed within ${reviewMonths} months.`,
    };
  }
  const parts: string[] = [];
  if (stale.length > 0) parts.push(`${nameRows(stale)} not reviewed within ${reviewMonths} months`);
  if (unrated.length > 0) parts.push(`${nameRows(unrated)} not rated within the scale`);
  return { answer: answerOf(passed, rows.length), reason: `${parts.join("; ")}.` };
}

/** IDs named in Related by an improvement not Done that has a target date. */
function plannedRefs(isms: Isms): Set<string> {
  const refs = new Set<string>();
  for (const imp of isms.improvements.rows) {
    if (!isNotDone(imp.status) || !isKnown(imp.targetDate) || !Array.isArray(imp.related)) {
      continue;
    }
    for (const ref of imp.related) if (typeof ref === "string") refs.add(ref.trim());
  }
  return refs;
}

/** Question 12: happy with the current risk profile? */
export function riskProfileAcceptable({ isms }: Ctx): Verdict {
  const rows = isms.risks.rows;
  const appetite = isms.settings.riskAppetite;
  if (rows.length === 0) return { answer: "no", reason: "The risk register is empty." };
  const planned = plannedRefs(isms);
  const failing = rows.filter((r) => {
    const residual = residualScoreOf(r);
    if (residual !== null && residual <= appetite) return false;
    if (r.acceptedBy !== "" && isKnown(r.acceptedOn)) return false;
    return r.id === "" || !planned.has(r.id);
  });
  if (failing.length === 0) {
    return {
      answer: "yes",
      reason: `${all(rows.length, "risk")} within appetite, accepted, or being improved.`,
    };
  }
  const ids = nameRows(failing.map((r) => labelOf(r.id, r.row)));
  return {
    answer: answerOf(rows.length - failing.length, rows.length),
    reason: `${ids} above appetite ${appetite}, not accepted, with no open improvement.`,
  };
}
