/**
 * The commands as the pane runs them, in its command worker or, without one, on its own thread:
 * the shared commands, fixing exactly what the user saw in the preview, and the auditor pack
 * written as a file, so ExcelJS's work never holds up the pane.
 */
import * as commands from "../../core/commands";
import { asCommandError } from "../../core/commands/errors";
import type { CommandOptions, FixOutcome, PackCommandOptions } from "../../core/commands/types";
import { fixPlan } from "../../core/fix";
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

/** A cell change as a comparable key: where, what it writes and what the cell held. */
function keyOf(change: CellChange): string {
  const before = change.before === undefined ? null : change.before;
  return JSON.stringify([change.sheet, change.cell.toUpperCase(), change.value, before]);
}

/** True when two lists hold the same changes (sheet, cell, value and before), in any order. */
export function sameChanges(a: readonly CellChange[], b: readonly CellChange[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(keyOf).sort();
  const right = b.map(keyOf).sort();
  return left.every((k, i) => k === right[i]);
}

const cells = (n: number) => (n === 1 ? "1 cell" : `${n} cells`);

/**
 * Fixes what the preview listed, and only that: it works the changes out again from a fresh
 * read and writes them only when they are the ones previewed. When the workbook changed
 * meanwhile it writes nothing and gives the changes fixing would make now.
 * @throws CommandError when the workbook cannot be read or written.
 */
export async function fixAsPreviewed(
  gw: WorkbookGateway,
  opts: FixAsPreviewedOptions,
): Promise<FixAsPreviewedOutcome> {
  const { previewed, onProgress } = opts;
  // The fresh preview is the first part of the work; its "Done" is not the end of it.
  const reading = (message: string, fraction?: number) => {
    if (fraction !== 1) onProgress?.(message, (fraction ?? 0) * 0.6);
  };
  const now = await commands.previewFix(gw, { today: opts.today, onProgress: reading });
  if (!sameChanges(now.changes, previewed)) {
    const done = ["The workbook changed since the preview, so nothing was written."];
    return { ...now, done, applied: false };
  }
  if (now.changes.length === 0) return { ...now, applied: true };

  onProgress?.("Writing to the workbook", 0.7);
  const report = await gw.apply(fixPlan(now.changes)).catch((error: unknown) => {
    throw asCommandError(error, "Could not write to the workbook");
  });
  onProgress?.("Done", 1);
  return {
    command: "fix",
    done: [`Fixed ${cells(now.changes.length)}.`, ...report.done],
    skipped: [...report.skipped],
    changes: now.changes,
    applied: true,
  };
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
