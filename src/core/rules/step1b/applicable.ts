/** Whether a SoA row says its control is applicable (Yes, in any case). */
import { str } from "../helpers";

/** True when Applicable is Yes. */
export function isApplicable(value: unknown): boolean {
  return str(value).toLowerCase() === "yes";
}
