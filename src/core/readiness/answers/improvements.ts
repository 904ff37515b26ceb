/** Questions 1 and 9: Stage 1 findings closed; improvements logged and tracked. */
import { isoOf } from "../../model/dates";
import { all, labelOf, nameRows, plural } from "../reason";
import { STAGE1_FINDING_PRIORITIES, answerOf, isKnown, isNotDone, isOverdue } from "../thresholds";
import type { Ctx, Verdict } from "./types";

/** Question 1: closed any critical findings from Stage 1? */
export function stage1FindingsClosed({ isms, today }: Ctx): Verdict {
  const stage1 = isms.settings.stage1;
  if (!isKnown(stage1)) return { answer: "not-yet", reason: "No Stage 1 audit date is set." };
  if (today < stage1) {
    return { answer: "not-yet", reason: `Stage 1 is on ${isoOf(stage1)}, not yet held.` };
  }
  const found = isms.improvements.rows.filter(
    (r) => r.source === "Stage 1 audit" && STAGE1_FINDING_PRIORITIES.includes(r.priority),
  );
  const open = found.filter((r) => isNotDone(r.status));
  if (open.length === 0) {
    const what = plural(found.length, "critical or high Stage 1 finding");
    return { answer: "yes", reason: `${what} logged, all Done.` };
  }
  const critical = open.some((r) => r.priority === "Critical");
  const ids = nameRows(open.map((r) => labelOf(r.id, r.row)));
  const what = critical ? "Critical or High" : "High";
  return { answer: critical ? "no" : "partly", reason: `${ids} from Stage 1 (${what}) not Done.` };
}

/** Question 9: corrective actions and improvements logged and tracked? */
export function improvementsTracked({ isms, today }: Ctx): Verdict {
  const rows = isms.improvements.rows;
  if (rows.length === 0) return { answer: "no", reason: "No improvements are logged." };
  const incomplete: string[] = [];
  const overdue: string[] = [];
  let passed = 0;
  for (const r of rows) {
    const whole = r.owner !== "" && isKnown(r.targetDate) && r.status !== "";
    const late = isOverdue(r.status, r.targetDate, today);
    if (!whole) incomplete.push(labelOf(r.id, r.row));
    if (late) overdue.push(labelOf(r.id, r.row));
    if (whole && !late) passed++;
  }
  if (passed === rows.length) {
    return { answer: "yes", reason: `${all(rows.length, "improvement")} tracked, none overdue.` };
  }
  const parts: string[] = [];
  if (overdue.length > 0) parts.push(`${nameRows(overdue)} overdue`);
  if (incomplete.length > 0) {
    parts.push(`${nameRows(incomplete)} without owner, target date or status`);
  }
  return { answer: answerOf(passed, rows.length), reason: `${parts.join("; ")}.` };
}
