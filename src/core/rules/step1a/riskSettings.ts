/** The risk settings as the risk rules use them, with the defaults where a value is unusable. */
import type { Settings } from "../../schema/rows";
import { isKnown } from "../helpers";

function positive(value: unknown, fallback: number): number {
  return isKnown(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** Likelihood and impact run from 1 to this number. */
export function scaleOf(settings: Settings): number {
  return positive(settings.riskScale, 5);
}

/** The highest acceptable risk score. */
export function appetiteOf(settings: Settings): number {
  return isKnown(settings.riskAppetite) ? settings.riskAppetite : 9;
}

/** Months after which a risk is due for review again. */
export function reviewMonthsOf(settings: Settings): number {
  return positive(settings.reviewMonths, 12);
}
