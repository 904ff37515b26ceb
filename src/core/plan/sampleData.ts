/** The sample ISMS as the plan uses it: typed rows by register and setting values by key. */
import { sampleIsms } from "../sample";
import type { RegisterKey } from "../schema/types";

/** Rows to fill empty registers with, and the settings of a new Settings sheet. */
export interface SampleData {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly rows: Partial<Record<RegisterKey, readonly object[]>>;
}

/** The sample ISMS of a small organisation, its dates set around today (an Excel serial). */
export function sampleData(today: number): SampleData {
  const { settings, ...rows } = sampleIsms(today);
  return { settings, rows };
}
