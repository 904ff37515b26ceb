/**
 * Benchmark of the reader: readIsms on 20,000 risks and 20,000 assets, against one bare pass
 * over the same cells: the least any reader does, one new record per row holding each cell as it
 * came under its header (blank cells as null), with no typing, checking or findings. Both run
 * in the same process, interleaved, and the fastest rounds are compared, so the ratio holds on
 * a noisy machine. Each round times the bare pass as the fastest of three, since its work never
 * varies and only interruptions make it slower; the read is timed once per round, garbage
 * collection included, as a user would meet it.
 */
import { performance } from "node:perf_hooks";
import type { RawCell, RawWorkbook } from "../src/core/model/grid";
import { readIsms } from "../src/core/read";
import { bigRawWorkbook } from "./generate";

const ROUNDS = 9;
const BARE_TRIES = 3;

/**
 * Copies every cell once into a fresh record per row, keyed by its column's header: the floor
 * under any reader, and the same bare pass the check benchmark makes over typed rows.
 */
function barePass(raw: RawWorkbook): number {
  let sum = 0;
  for (const sheet of raw.sheets) {
    const headers = (sheet.values[0] ?? []).map((h) => String(h ?? ""));
    const rows: Record<string, RawCell>[] = [];
    for (let i = 1; i < sheet.values.length; i++) {
      const row = sheet.values[i];
      const copy: Record<string, RawCell> = {};
      for (let j = 0; j < headers.length; j++) {
        const cell = row[j];
        copy[headers[j]] = cell === undefined || cell === "" ? null : cell;
      }
      rows.push(copy);
    }
    sum += rows.length;
  }
  return sum;
}

/** The fastest of the rounds: the cost when nothing else on the machine gets in its way. */
function fastest(values: number[]): number {
  return Math.min(...values);
}

/** Times the reader and the bare pass on the same workbook; ratio = reader / bare pass. */
export async function run(): Promise<{ ratio: number; readMs: number; bareMs: number }> {
  const raw = bigRawWorkbook({ risks: 20_000, assets: 20_000, improvements: 0 });
  let sink = barePass(raw) + readIsms(raw).risks.rows.length;

  const reads: number[] = [];
  const bares: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let fastest = Infinity;
    for (let t = 0; t < BARE_TRIES; t++) {
      const start = performance.now();
      sink += barePass(raw);
      fastest = Math.min(fastest, performance.now() - start);
    }
    bares.push(fastest);
    const start = performance.now();
    sink += readIsms(raw).assets.rows.length;
    reads.push(performance.now() - start);
  }
  if (sink === -1) process.stderr.write("unreachable\n");

  const readMs = fastest(reads);
  const bareMs = fastest(bares);
  return { ratio: readMs / bareMs, readMs, bareMs };
}
