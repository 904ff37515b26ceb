/**
 * Opening an .xlsx file for the command line, with every failure turned into one sentence a
 * person can act on: missing file, not a workbook, password-protected, truncated, damaged.
 */
import { readFile } from "fs/promises";
import { basename } from "path";
import JSZip from "jszip";
import type { RawWorkbook } from "../core/model/grid";
import { packageDamage } from "./packageDamage";
import { streamRegisters } from "./streamRead";
import { XlsxWorkbook } from "./workbook";

/** A file that could not be opened as a workbook; the message is one line for the user. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when an OLE compound file holds an encrypted Office package (a password-protected file). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const utf16 = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(utf16);
}

/** True when the zip's end-of-central-directory record is where a whole zip has it. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 6) {
      return true;
    }
  }
  return false;
}

/** Why the bytes of a file are not a workbook ExcelJS can load, or null when they may be one. */
export function diagnoseBytes(name: string, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return `${name} is empty: it is not an Excel workbook.`;
  if (startsWith(bytes, OLE)) {
    return isEncryptedPackage(bytes)
      ? `${name} is password-protected: remove the password in Excel ` +
          "(File > Info > Protect Workbook) and try again."
      : `${name} is an old-style .xls workbook: save it as .xlsx in Excel and try again.`;
  }
  if (startsWith(bytes, ZIP_EMPTY)) return `${name} is an empty zip archive, not a workbook.`;
  if (!startsWith(bytes, ZIP_LOCAL)) return `${name} is not an Excel workbook (.xlsx).`;
  if (!hasZipEnd(bytes)) {
    return `${name} is truncated or damaged (its zip archive is incomplete): use an intact copy.`;
  }
  return null;
}

/** After ExcelJS failed: why the zip is not a workbook, in one sentence. */
async function diagnoseZip(name: string, bytes: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return `${name} is truncated or damaged (its zip archive cannot be read): use an intact copy.`;
  }
  if (!Object.keys(zip.files).some((e) => e.toLowerCase() === "xl/workbook.xml")) {
    return `${name} is a zip archive but not an Excel workbook (.xlsx).`;
  }
  const damage = await packageDamage(zip, name, true).catch(() => null);
  return damage ??
    `${name} is a damaged Excel workbook that cannot be read: open and save it in Excel.`;
}

/** Why reading the file from disk failed, in one sentence. */
function describeFsError(name: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return `${name} was not found: check the file name and folder.`;
  if (code === "EISDIR") return `${name} is a folder, not an Excel workbook.`;
  if (code === "EACCES" || code === "EPERM") return `${name} cannot be read: permission denied.`;
  return `${name} cannot be read (${code ?? "unknown error"}).`;
}

/**
 * Loads the bytes of a workbook; every failure becomes a WorkbookFileError with one line. A
 * workbook ExcelJS loads is checked for the damage it passes over (a sheet whose part is
 * missing, a table without a range), which would otherwise be read or written without it.
 */
export async function loadWorkbookBytes(bytes: Uint8Array, name: string): Promise<XlsxWorkbook> {
  const known = diagnoseBytes(name, bytes);
  if (known) throw new WorkbookFileError(known);
  let workbook: XlsxWorkbook | null = null;
  try {
    workbook = await XlsxWorkbook.load(bytes, name);
  } catch {
    workbook = null;
  }
  // ExcelJS loads any zip without complaint; a workbook always has at least one sheet.
  if (!workbook || workbook.workbook.worksheets.length === 0) {
    throw new WorkbookFileError(await diagnoseZip(name, bytes));
  }
  const damage = await packageDamage(await JSZip.loadAsync(bytes), name);
  if (damage) throw new WorkbookFileError(damage);
  return workbook;
}

/** The bytes of a file, with a failure to read them worded as one line. */
async function bytesOf(path: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new WorkbookFileError(describeFsError(name, error));
  }
}

/**
 * The register grids of an .xlsx file, read without changing it: by streaming, which is fast
 * on big files, or through the full load where the streaming read cannot follow the file.
 * @throws WorkbookFileError with a one-line message when the file cannot be read.
 */
export async function readWorkbookGrids(path: string): Promise<RawWorkbook> {
  const name = basename(path);
  const bytes = await bytesOf(path, name);
  const known = diagnoseBytes(name, bytes);
  if (known) throw new WorkbookFileError(known);
  try {
    return await streamRegisters(bytes, undefined, name);
  } catch {
    return (await loadWorkbookBytes(bytes, name)).read();
  }
}

/**
 * Reads and loads an .xlsx file.
 * @throws WorkbookFileError with a one-line message when the file is missing or not a readable
 * workbook (not a zip, an old .xls, password-protected, truncated, a sheet or table damaged).
 */
export async function readWorkbookFile(
  path: string,
): Promise<{ workbook: XlsxWorkbook; bytes: Buffer }> {
  const name = basename(path);
  const bytes = await bytesOf(path, name);
  return { workbook: await loadWorkbookBytes(bytes, name), bytes };
}
