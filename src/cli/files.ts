/** Where the command line writes: --out, or in place with a backup beside the input. */
import { chmod, copyFile, readlink, rename, stat, unlink, writeFile } from "fs/promises";
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
 * The file a path finally names once symbolic links are followed (the path itself when it is
 * no link), so that writing updates the link's target instead of replacing the link.
 */
export async function realTarget(path: string): Promise<string> {
  let current = path;
  // As many hops as Linux follows; past that the write fails and says so.
  for (let hop = 0; hop < 40; hop++) {
    let link: string;
    try {
      link = await readlink(current);
    } catch {
      return current;
    }
    current = resolve(dirname(current), link);
  }
  return current;
}

/** The permission bits of an existing file, or null when there is none. */
async function modeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch {
    return null;
  }
}

/**
 * Writes bytes to a file through a temporary file beside it, so a failed write never leaves a
 * half-written workbook where the user's file was. A file replaced keeps its permissions (a
 * workbook only its owner may read stays so), and a symbolic link's target is what is written.
 * @throws FileWriteError when the file cannot be written.
 */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const target = await realTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const mode = await modeOf(target);
    // Closed to others until it has the old file's mode, so no one reads what they could not.
    await writeFile(temp, bytes, { mode: mode === null ? 0o666 : 0o600 });
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new FileWriteError(target, error);
  }
}

/**
 * Copies a file to its backup name, with the file's permissions; returns the backup's path.
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
    const mode = await modeOf(path);
    if (mode !== null) await chmod(target, mode);
  } catch (error) {
    throw new FileWriteError(target, error);
  }
  return target;
}

/** Where a write went, and the backup of what was there before, if anything was. */
export interface Written {
  /** The file written: the path given, or its target when it is a symbolic link. */
  readonly path: string;
  readonly backup: string | null;
}

/**
 * Writes bytes to a file, first copying whatever file is there to its backup name beside it,
 * so no write of the command line ever destroys a file.
 * @throws FileWriteError when the backup or the file cannot be written.
 */
export async function writeKeepingOld(path: string, bytes: Uint8Array, now: Date) {
  const target = await realTarget(path);
  const backup = (await exists(target)) ? await backUp(target, now) : null;
  await writeWhole(target, bytes);
  return { path: target, backup } satisfies Written;
}
