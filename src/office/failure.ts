/**
 * What a person is told when a write fails: the cause, where Excel stopped, and what was or was
 * not written. Excel runs a sync's requests in order and stops at the first that fails, without
 * undoing those before it; a trace queued after each part of the write tells how far it got.
 */
import type { WorkbookPlan } from "../core/plan/types";
import { diagnose } from "./diagnose";
import { describeExcelError, excelErrorCode, OfficeCommandError } from "./errors";
import type { QueuedPart } from "./pack";

/** The trace queued first in every write sync, before its parts' traces. */
export const SYNC_BEGUN = "begun";

/** How far a write got when it failed. */
export interface WriteProgress {
  /** Lines of what the syncs that ended well did. */
  readonly done: readonly string[];
  /** Syncs that ended well. */
  readonly completed: number;
  /** The parts queued for the sync that failed, in order (empty when none was queued). */
  readonly queued: readonly QueuedPart[];
}

/**
 * How many parts of the failed sync ran before the error, or null when Excel does not say: its
 * traceMessages hold the traces that ran, the first being SYNC_BEGUN. Without that first one,
 * Excel refused the batch whole or reported no traces, and the count is not known.
 */
function partsRun(err: unknown): number | null {
  const traces = (err as { traceMessages?: unknown } | null)?.traceMessages;
  if (!Array.isArray(traces) || traces[0] !== SYNC_BEGUN) return null;
  return traces.length - 1;
}

/** The request Excel names as failing ("TableCollection.add"), or "". */
function locationOf(err: unknown): string {
  const info = (err as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

/** The error to throw after a failed write: the cause, where it stopped, what was done. */
export async function writeFailure(
  err: unknown,
  plan: WorkbookPlan,
  progress: WriteProgress,
): Promise<OfficeCommandError> {
  const code = excelErrorCode(err);
  const named = code === "ItemNotFound" || code === "AccessDenied" ? await diagnose(plan) : null;
  const cause = named ?? describeExcelError(err);

  // A request over the size limit is refused whole: nothing of that sync ran.
  const refusedWhole = code === "RequestPayloadSizeLimitExceeded";
  const ran = refusedWhole ? 0 : partsRun(err);
  const done = [...progress.done];
  for (const part of progress.queued.slice(0, ran ?? 0)) if (part.done) done.push(part.done);
  // The first part of a write only looks sheets and tables up: failing there changes nothing.
  const untouched = progress.completed === 0 &&
    (refusedWhole || (ran === null ? code === "ItemNotFound" : ran === 0));
  const before = done.length > 0 ? ` Done before the error: ${done.join("; ")}.` : "";
  const location = locationOf(err);

  let status: string;
  if (untouched) {
    status = " Nothing was changed.";
  } else if (refusedWhole) {
    status = before;
  } else if (ran !== null) {
    const stopped = progress.queued[ran]?.what ?? "finishing the change";
    status = ` Excel stopped while ${stopped}${location ? ` (${location})` : ""} and wrote ` +
      `nothing after it.${before} Running the command again completes the change.`;
  } else {
    const at = location ? ` Excel stopped at ${location}.` : "";
    status = progress.completed === 0
      ? `${at} Excel may have made part of the change before it stopped; running the command ` +
        "again completes it."
      : `${at}${before} Part of the next step may also have been written; running the ` +
        "command again completes it.";
  }
  console.error("Excel refused a write", err);
  return new OfficeCommandError(`${cause}${status}`, done, code, err);
}
