/** The shape of one Statement of Applicability answer in the sample, and its two builders. */

/** What the organisation decided and does for one Annex A control. */
export interface SoaEntry {
  readonly applicable: "Yes" | "No";
  readonly reasons: string[];
  readonly justification: string;
  readonly status: string;
  readonly howImplemented: string;
  readonly owner: string;
  readonly evidence: string;
}

const REASON_CODES: Readonly<Record<string, string>> = {
  R: "Risk assessment",
  L: "Legal",
  C: "Contractual",
  B: "Business",
  P: "Best practice",
};

/**
 * An included control. `reasons` is a string of codes, one letter per reason, so the tables stay
 * readable: R risk assessment, L legal, C contractual, B business, P best practice.
 */
export function included(
  reasons: string, justification: string, status: string, howImplemented: string,
  owner: string, evidence: string,
): SoaEntry {
  const names = [...reasons].map((code) => REASON_CODES[code]).filter((name) => name);
  return {
    applicable: "Yes", reasons: names, justification, status, howImplemented, owner, evidence,
  };
}

/** An excluded control, with the justification for leaving it out. */
export function excluded(justification: string, owner: string): SoaEntry {
  return {
    applicable: "No", reasons: [], justification, status: "Not applicable", howImplemented: "",
    owner, evidence: "",
  };
}
