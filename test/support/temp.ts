/** Temporary folders for tests, inside the run's own folder (removed when the run ends). */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** A new empty folder whose name starts with `prefix`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env.ARM_TEST_TMP ?? tmpdir(), prefix));
}
