/**
 * The workbook a command changes, and how its result is saved: to --out, or in place with a
 * backup beside the input. What the writer drops but can be put back afterwards (custom
 * properties, structure protection, sheets' extensions) is carried over; files holding parts
 * that cannot be are refused.
 */
import { basename } from "path";
import type { ApplyReport, ReadRequest, WorkbookGateway } from "../core/gateway";
import type { RawWorkbook } from "../core/model/grid";
import type { WorkbookPlan } from "../core/plan/types";
import { XlsxWorkbook, readWorkbookFile, unsupportedParts } from "../xlsx";
import { CarryOverRefusal, carryOver } from "../xlsx/carryOver";
import { exists, realTarget, writeKeepingOld } from "./files";

/** A refusal to rewrite a file, worded for the user; the command line exits with status 2. */
export class RefusalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusalError";
  }
}

/** A gateway that remembers whether anything was applied, so an unchanged file is not saved. */
export class TrackedWorkbook implements WorkbookGateway {
  /** True once a plan has been applied. */
  changed = false;

  constructor(readonly xlsx: XlsxWorkbook) {}

  read(request?: ReadRequest): Promise<RawWorkbook> {
    return this.xlsx.read(request);
  }

  apply(plan: WorkbookPlan): Promise<ApplyReport> {
    this.changed = true;
    return this.xlsx.apply(plan);
  }
}

/** The workbook a changing command works on, and where it came from. */
export interface OpenedWorkbook {
  readonly gateway: TrackedWorkbook;
  /** The input's absolute path. */
  readonly path: string;
  /** False when the file did not exist and a new workbook was started (init only). */
  readonly existed: boolean;
  /** The file's bytes as read, to carry over what the writer drops; null for a new file. */
  readonly original: Uint8Array | null;
}

/** "charts and images" / "charts, images and macros". */
function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Opens a workbook that a command will change.
 * @throws WorkbookFileError when it cannot be read; RefusalError when it holds parts that would
 * be lost on writing (charts, pivot tables, images, comments, macros, shapes).
 */
export async function openForChange(path: string, createIfMissing: boolean) {
  if (createIfMissing && !(await exists(path))) {
    const gateway = new TrackedWorkbook(XlsxWorkbook.createEmpty(basename(path)));
    return { gateway, path, existed: false, original: null } satisfies OpenedWorkbook;
  }
  const { workbook, bytes } = await readWorkbookFile(path);
  const parts = await unsupportedParts(bytes);
  if (parts.length > 0) {
    throw new RefusalError(
      `${basename(path)} holds ${listed(parts)}, which this command line cannot carry over: ` +
        "make this change in Excel with the add-in, or on a copy without them.",
    );
  }
  const gateway = new TrackedWorkbook(workbook);
  return { gateway, path, existed: true, original: bytes } satisfies OpenedWorkbook;
}

/** Where a saved workbook went, and the backup of the file it replaced, if any. */
export interface Saved {
  /** The file written (a symbolic link's target, when the path named a link). */
  readonly path: string;
  readonly backup: string | null;
  /** True when the input itself was rewritten. */
  readonly inPlace: boolean;
}

/**
 * The bytes a changed workbook is saved as: ExcelJS's writing, with what it drops of the
 * original (custom properties, structure protection, sheets' extensions) put back.
 * @throws RefusalError when something of the original cannot be carried over.
 */
export async function resultBytes(opened: OpenedWorkbook): Promise<Uint8Array> {
  const bytes = await opened.gateway.xlsx.toBuffer();
  if (!opened.original) return bytes;
  try {
    return await carryOver(opened.original, bytes, basename(opened.path));
  } catch (error) {
    if (error instanceof CarryOverRefusal) throw new RefusalError(error.message);
    throw error;
  }
}

/**
 * Saves a changed workbook: to `out` when given, else over the input. Whatever file is
 * replaced, the input or an earlier file at `out`, is first copied to its backup name.
 * @throws FileWriteError when the backup or the workbook cannot be written.
 */
export async function save(
  opened: OpenedWorkbook,
  bytes: Uint8Array,
  out: string | null,
  now: Date,
): Promise<Saved> {
  const target = out ?? opened.path;
  const inPlace = opened.existed && (await realTarget(target)) === (await realTarget(opened.path));
  const written = await writeKeepingOld(target, bytes, now);
  return { ...written, inPlace };
}
