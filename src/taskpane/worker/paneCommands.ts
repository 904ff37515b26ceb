/**
 * The commands as the pane runs them, in its command worker or, without one, on its own thread:
 * the shared commands, fixing exactly what the user saw in the preview, and the auditor pack
 * written as a file, so ExcelJS's work never holds up the pane.
 */
import * as commands from "../../core/commands";
import { asCommandError } from "../../core/commands/errors";
import type { CommandOptions, FixOutcome, PackCommandOptions } from "../../core/commands/types";
import type { WorkbookGateway } from "../../core/gateway";
import type { CellChange } from "../../core/model/finding";

/** Options of fixing as previewed: the changes the preview listed. */
export interface FixAsPreviewedOptions extends CommandOptions {
  readonly previewed: readonly CellChange[];
}

/** What fixing as previewed did; `applied` false when the workbook changed since the preview. */
export type FixAsPreviewedOutcome = FixOutcome & { readonly applied: boolean };

/** The auditor pack as the bytes of an .xlsx file, and the organisation it is for. */
export interface PackFile {
  readonly bytes: Uint8Array;
  readonly organisation: string;
}

/**
 * Fixes what the preview listed, and only that: the shared fix command, held to the previewed
 * changes. When the workbook changed meanwhile it writes nothing and gives the changes fixing
 * would make now.
 * @throws CommandError when the workbook cannot be read or written.
 */
export async function fixAsPreviewed(
  gw: WorkbookGateway,
  opts: FixAsPreviewedOptions,
): Promise<FixAsPreviewedOutcome> {
  const { previewed, ...rest } = opts;
  const out = await commands.fix(gw, { ...rest, expected: previewed });
  return { ...out, applied: out.applied !== false };
}

/**
 * The auditor pack as an .xlsx file: the pack's plan applied to a new workbook by the xlsx
 * executor (ExcelJS, loaded on first use). Reads only.
 * @throws CommandError when the workbook cannot be read or the pack cannot be written.
 */
export async function exportPackFile(
  gw: WorkbookGateway,
  opts: PackCommandOptions,
): Promise<PackFile> {
  const reading = (message: string, fraction?: number) => {
    if (fraction !== 1) opts.onProgress?.(message, (fraction ?? 0) * 0.7);
  };
  const pack = await commands.exportPack(gw, { ...opts, onProgress: reading });
  opts.onProgress?.("Writing the auditor pack", 0.8);
  try {
    const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/workbook");
    const book = XlsxWorkbook.createEmpty("auditor pack");
    await book.apply(pack.plan);
    const bytes = new Uint8Array(await book.workbook.xlsx.writeBuffer());
    opts.onProgress?.("Done", 1);
    return { bytes, organisation: pack.organisation };
  } catch (error) {
    throw asCommandError(error, "Could not write the auditor pack");
  }
}

/** Every command the pane runs, by the name the worker protocol uses. */
export const PANE_COMMANDS = {
  createOrUpgrade: commands.createOrUpgrade,
  check: commands.check,
  previewFix: commands.previewFix,
  fixAsPreviewed,
  rebuildDashboard: commands.rebuildDashboard,
  exportPackFile,
};
