/**
 * Packs a write's steps into syncs. Everything goes into one sync unless the payload would pass
 * SYNC_PAYLOAD_LIMIT; then blocks of cells are cut into bands of whole rows, as large as fit,
 * and the write takes as many syncs as its size needs (never one per row).
 */
import { SYNC_PAYLOAD_LIMIT } from "./payload";
import type { AnyStep, BlockStep, Handles, Step } from "./steps";

/** Part of a write that goes into one sync. */
export type SyncPart =
  | { readonly step: Step }
  | { readonly block: BlockStep; readonly from: number; readonly to: number };

/** The requests of one sync: parts in order, payload bytes, cells written. */
export interface SyncGroup {
  readonly parts: SyncPart[];
  bytes: number;
  cells: number;
}

/** Bytes a band adds besides its rows (the range, property names). */
const BAND_OVERHEAD = 256;

/** Bytes of the trace queued after each part, by which a failed sync tells how far it got. */
const TRACE_BYTES = 64;

/** Splits the steps into syncs of at most `limit` payload bytes each. */
export function packSyncs(steps: readonly AnyStep[], limit = SYNC_PAYLOAD_LIMIT): SyncGroup[] {
  const groups: SyncGroup[] = [{ parts: [], bytes: 0, cells: 0 }];
  const current = () => groups[groups.length - 1];
  const open = () => void groups.push({ parts: [], bytes: 0, cells: 0 });
  for (const s of steps) {
    if (s.kind === "step") {
      const bytes = s.bytes + TRACE_BYTES;
      if (current().bytes + bytes > limit && current().parts.length > 0) open();
      current().parts.push({ step: s });
      current().bytes += bytes;
      continue;
    }
    const rows = s.rowBytes.length;
    let from = 0;
    while (from < rows) {
      const group = current();
      let bytes = BAND_OVERHEAD + TRACE_BYTES + s.bandBytes;
      let to = from - 1;
      while (to + 1 < rows && group.bytes + bytes + s.rowBytes[to + 1] <= limit) {
        bytes += s.rowBytes[++to];
      }
      if (to < from) {
        if (group.parts.length > 0) {
          open();
          continue;
        }
        // A single row over the limit goes alone; Excel's refusal is then reported plainly.
        to = from;
        bytes += s.rowBytes[from];
      }
      group.parts.push({ block: s, from, to });
      group.bytes += bytes;
      group.cells += (to - from + 1) * s.columns;
      from = to + 1;
      if (from < rows) open();
    }
  }
  return groups.filter((g) => g.parts.length > 0);
}

/** A part as queued: the line saying what it did (if any is told), and what it does. */
export interface QueuedPart {
  readonly done?: string;
  readonly what: string;
}

/** Queues one sync's parts, calling `after` with each part's index once it is queued. */
export function queueGroup(
  group: SyncGroup,
  handles: Handles,
  after: (index: number) => void = () => undefined,
): QueuedPart[] {
  return group.parts.map((part, i) => {
    let queued: QueuedPart;
    if ("step" in part) {
      part.step.queue(handles);
      queued = { done: part.step.done, what: part.step.what };
    } else {
      queued = part.block.queueRows(handles, part.from, part.to);
    }
    after(i);
    return queued;
  });
}
