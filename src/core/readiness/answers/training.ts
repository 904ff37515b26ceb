/** Questions 5 and 6: awareness training deployed; competency gaps being closed. */
import { all, labelOf, nameRows, plural } from "../reason";
import { answerOf, isKnown } from "../thresholds";
import type { Ctx, Verdict } from "./types";

/** Question 5: awareness training deployed to those in scope? */
export function awarenessDeployed({ isms, today }: Ctx): Verdict {
  const rows = isms.training.rows.filter((r) => r.kind === "Awareness" && r.status !== "Waived");
  if (rows.length === 0) return { answer: "no", reason: "No awareness training is recorded." };
  const due = rows.filter((r) => isKnown(r.requiredBy) && r.requiredBy <= today);
  if (due.length === 0) {
    return { answer: "not-yet", reason: `None of ${plural(rows.length, "awareness row")} is due.` };
  }
  const failing = due.filter((r) => r.status !== "Done");
  if (failing.length === 0) {
    const verb = due.length === 1 ? "is" : "are";
    const done = all(due.length, "awareness row");
    return { answer: "yes", reason: `${done} due by today ${verb} Done.` };
  }
  const ids = nameRows(failing.map((r) => labelOf(r.id, r.row)));
  return {
    answer: answerOf(due.length - failing.length, due.length),
    reason: `${ids} due by today and not Done.`,
  };
}

/** Question 6: competency gaps being closed? */
export function competenceGapsClosing({ isms, today }: Ctx): Verdict {
  const rows = isms.training.rows.filter((r) => r.kind === "Competence" && r.status !== "Waived");
  const late = rows.filter(
    (r) => isKnown(r.requiredBy) && r.requiredBy < today && r.status !== "Done",
  );
  if (late.length === 0) {
    return { answer: "yes", reason: "No competence training is past its Required by date." };
  }
  const done = rows.some((r) => r.status === "Done");
  const ids = nameRows(late.map((r) => labelOf(r.id, r.row)));
  return { answer: done ? "partly" : "no", reason: `${ids} past Required by and not Done.` };
}
