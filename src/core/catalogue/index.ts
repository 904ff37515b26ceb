/** The ISO/IEC 27001 catalogue: Annex A of both editions, the mapping between them, clauses. */
import { ANNEX_A_2013 } from "./annexA2013";
import { ANNEX_A_2022 } from "./annexA2022";
import { CLAUSES } from "./clauses";
import { MAPPING_2013_TO_2022 } from "./mapping";
import type { Clause, Control, Edition } from "./types";

export type { Clause, Control, Edition } from "./types";
export { ANNEX_A_2013, ANNEX_A_2022, CLAUSES, MAPPING_2013_TO_2022 };

/** The standard's full name for an edition, as written in the Settings table. */
export const STANDARD_NAMES: Readonly<Record<Edition, string>> = {
  "2022": "ISO/IEC 27001:2022",
  "2013": "ISO/IEC 27001:2013",
};

/** Annex A of an edition, in catalogue order. */
export function controlsOf(edition: Edition): readonly Control[] {
  return edition === "2013" ? ANNEX_A_2013 : ANNEX_A_2022;
}

const byEdition = new Map<Edition, ReadonlyMap<string, Control>>();

/** Annex A of an edition keyed by control id, for look-ups. */
export function controlIndex(edition: Edition): ReadonlyMap<string, Control> {
  let index = byEdition.get(edition);
  if (!index) {
    index = new Map(controlsOf(edition).map((c) => [c.id, c]));
    byEdition.set(edition, index);
  }
  return index;
}

/**
 * Brings a control reference typed by a person to the catalogue's form: "A.5.15", "a 5.15" and
 * "5.15 " become "5.15" in 2022; "5.1.1" becomes "A.5.1.1" in 2013. Unknown ids come back
 * trimmed, unchanged otherwise, so the caller can report them.
 */
export function normaliseControlId(text: string, edition: Edition): string {
  const trimmed = text.trim();
  const bare = trimmed.replace(/^a\s*\.?\s*/i, "");
  if (edition === "2022") return controlIndex("2022").has(bare) ? bare : trimmed;
  const prefixed = `A.${bare}`;
  return controlIndex("2013").has(prefixed) ? prefixed : trimmed;
}

/** The 2022 controls that replace a 2013 control (A.18.2.3 has two). */
export function successorsOf(id2013: string): string[] {
  return MAPPING_2013_TO_2022.filter(([from]) => from === id2013).map(([, to]) => to);
}

/** The clauses that ARM step 1A covers; every other clause belongs to step 1C. */
export const STEP_1A_CLAUSES: ReadonlySet<string> = new Set([
  "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.1.1", "6.1.2",
]);

/** The clauses, each with the ARM step whose work it is. */
export function clausesWithSteps(): { clause: Clause; step: "1A" | "1C" }[] {
  return CLAUSES.map((clause) => ({ clause, step: STEP_1A_CLAUSES.has(clause.id) ? "1A" : "1C" }));
}
