/**
 * The workbook a command changes, and how its result is saved: to --out, or in place with a
 * backup beside the input. Files holding parts the writer would drop are refused.
 */
import { basename } from "path";
import type { ApplyReport, ReadRequest, WorkbookGateway } from "../core/gateway";
import type { RawWorkbook } from "../core/model/grid";
import type { WorkbookPlan } from "../core/plan/types";
import { XlsxWorkbook, readWorkbookFile, unsupportedParts } from "../xlsx";
import { backUp, exists, writeWhole } from "./files";

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
    return { gateway, path, existed: false } satisfies OpenedWorkbook;
  }
  const { workbook, bytes } = await readWorkbookFile(path);
  const parts = await unsupportedParts(bytes);
  if (parts.length > 0) {
    throw new RefusalError(
      `${basename(path)} holds ${listed(parts)}, which this command line cannot carry over: ` +
        "make this change in Excel with the add-in, or on a copy without them.",
    );
  }
  return { gateway: new TrackedWorkbook(workbook), path, existed: true } satisfies OpenedWorkbook;
}

/**
 * Saves the changed workbook: to `out` when given, else over the input after copying it to a
 * backup. Returns the lines that say where the result and the backup went.
 */
export async function save(opened: OpenedWorkbook, out: string | null, now: Date) {
  const bytes = await opened.gateway.xlsx.toBuffer();
  const target = out ?? opened.path;
  const lines: string[] = [];
  if (opened.existed && target === opened.path) {
    const backup = await backUp(opened.path, now);
    lines.push(`Kept the previous version as ${backup}.`);
  } else if (out !== null && (await exists(out))) {
    lines.push(`Replaced ${out}.`);
  }
  await writeWhole(target, bytes);
  lines.unshift(`Wrote ${target}.`);
  return lines;
}
