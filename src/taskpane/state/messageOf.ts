/** Turns whatever a task threw into one sentence for the pane; details stay in the console. */

/** The sentence to show for a failure. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message.trim();
  if (typeof error === "string" && error.trim()) return error.trim();
  return "Something went wrong. Try again; if it keeps failing, reload the add-in.";
}
