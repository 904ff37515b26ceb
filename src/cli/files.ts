/** Where the command line writes: --out, or in place with a backup beside the input. */
import { copyFile, rename, stat, unlink, writeFile } from "fs/promises";
import { basename, dirname, extname, join, resolve } from "path";

/** The path of a file named on the command line, taken from the working folder. */
export function resolveFrom(cwd: string, path: string): string {
  return resolve(cwd, path);
}

/** True when a path names an existing file or folder. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const two = (n: number) => String(n).padStart(2, "0");

/** The backup name of a file at a moment: "isms.xlsx" -> "isms.xlsx.bak-20261203-181500.xlsx". */
export function backupPathOf(path: string, now: Date): string {
  const stamp =
    `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-` +
    `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  const ext = extname(path) || ".xlsx";
  return join(dirname(path), `${basename(path)}.bak-${stamp}${ext}`);
}

/** A file the command line could not write, worded for the user. */
export class FileWriteError extends Error {
  constructor(path: string, error: unknown) {
    const code = (error as { code?: string }).code ?? "unknown error";
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EBUSY"
            ? "it is open in another program; close it there"
            : code;
    super(`${path} could not be written: ${why}.`);
    this.name = "FileWriteError";
  }
}

/**
 * Writes bytes to a file through a temporary file beside it, so a failed write never leaves a
 * half-written workbook where the user's file was.
 * @throws FileWriteError when the file cannot be written.
 */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new FileWriteError(path, error);
  }
}

/**
 * Copies a file to its backup name; returns the backup's path.
 * @throws FileWriteError when the backup cannot be written.
 */
export async function backUp(path: string, now: Date = new Date()): Promise<string> {
  let target = backupPathOf(path, now);
  // Two runs in the same second must not overwrite the first backup.
  for (let n = 2; await exists(target); n++) {
    target = backupPathOf(path, now).replace(/(\.[^.]+)$/, `-${n}$1`);
  }
  try {
    await copyFile(path, target);
  } catch (error) {
    throw new FileWriteError(target, error);
  }
  return target;
}
