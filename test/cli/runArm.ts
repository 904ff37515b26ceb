/** Runs the command line as a function, capturing what it prints. */
import { main } from "../../src/cli/arm";
import { tempDir } from "../support/temp";

/** What one run of `arm` printed and returned. */
export interface ArmRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The day every test checks as of, and the clock the runs see. */
export const TODAY = "2026-12-03";
export const NOW = new Date(Date.UTC(2026, 11, 3, 9, 30, 0));

/** A fresh folder for one test file's workbooks. */
export function scratch(prefix: string): string {
  return tempDir(`arm-${prefix}-`);
}

/** Runs `arm ARGS` in a folder. */
export async function arm(cwd: string, ...args: string[]): Promise<ArmRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    now: () => NOW,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** True when text looks like a stack trace ("    at f (file.js:1:2)"). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
