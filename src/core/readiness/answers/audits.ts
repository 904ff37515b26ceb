/** Questions 7 and 8: internal audits and management reviews conducted. */
import { isoOf } from "../../model/dates";
import { labelOf, nameRows } from "../reason";
import { isKnown } from "../thresholds";
import type { Ctx, Verdict } from "./types";

/** Questions 7 and 8: an audit of the kind Done, since go-live where there is one. */
export function conducted(kind: "Internal audit" | "Management review") {
  const noun = kind.toLowerCase();
  return ({ isms }: Ctx): Verdict => {
    const goLive = isms.settings.goLive;
    const rows = isms.audits.rows.filter((r) => r.kind === kind);
    const done = rows.filter((r) => r.status === "Done");
    const since = done.filter(
      (r) => !isKnown(goLive) || (isKnown(r.doneOn) && r.doneOn >= goLive),
    );
    if (since.length > 0) {
      const when = isKnown(goLive) ? " since go-live" : "";
      const ids = nameRows(since.map((r) => labelOf(r.id, r.row)));
      return { answer: "yes", reason: `${ids} Done${when}.` };
    }
    if (done.length > 0 && isKnown(goLive)) {
      const ids = nameRows(done.map((r) => labelOf(r.id, r.row)));
      return { answer: "partly", reason: `${ids} Done, but not since go-live (${isoOf(goLive)}).` };
    }
    const planned = rows.filter((r) => r.status === "Planned");
    const next = planned.length > 0
      ? `; ${nameRows(planned.map((r) => labelOf(r.id, r.row)))} planned`
      : "";
    return { answer: "no", reason: `No ${noun} is Done${next}.` };
  };
}
