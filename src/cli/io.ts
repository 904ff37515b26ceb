/** What the command line talks to: its output streams, working folder and clock. */

/** Somewhere to write text (process.stdout, process.stderr, or a test's buffer). */
export interface TextSink {
  write(text: string): unknown;
}

/** The command line's surroundings, passed in so tests can run it as a function. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** The folder relative file names are taken from. */
  readonly cwd: string;
  /** The clock, for backups and the time of a check; the real one when omitted. */
  readonly now?: () => Date;
}

/** Writes one line. */
export function say(sink: TextSink, line: string): void {
  sink.write(`${line}\n`);
}
