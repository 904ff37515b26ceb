/**
 * The one error a command lets out: a sentence for the person in Excel or at the command line,
 * with the technical details kept apart for the console or a bug report.
 */

/** A command's failure, worded for a person; `details` holds what a developer needs. */
export class CommandError extends Error {
  /** The underlying error's message and stack, for the console; never shown in the pane. */
  readonly details?: string;

  constructor(message: string, details?: string) {
    super(message);
    this.name = "CommandError";
    this.details = details;
  }
}

const MAX_REASON = 200;

/** The first line of an error's message, shortened: enough to say why, never a stack trace. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = (text.split(/\r?\n/)[0] ?? "").trim();
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}

/**
 * The error as a CommandError: one already worded passes through; any other gets `what`
 * ("Could not read the workbook") followed by the first line of its message.
 */
export function asCommandError(error: unknown, what: string): CommandError {
  if (error instanceof CommandError) return error;
  const reason = reasonOf(error);
  const details = error instanceof Error ? error.stack ?? error.message : String(error);
  const sentence = reason === "" ? `${what}.` : `${what}: ${reason.replace(/\.$/, "")}.`;
  return new CommandError(sentence, details);
}
