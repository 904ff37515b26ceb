/**
 * Benchmark of the checker: a full check (every rule, step progress, the twelve questions, the
 * timing and the Dashboard counts) of 20,000 assets, 20,000 risks, the full SoA and 5,000
 * improvements, against one bare pass over the same typed registers: the least a per-row pass
 * does, one new record per row with every field copied, no rule applied. Both run in the same
 * process, interleaved, and the fastest rounds are compared.
 */
import { performance } from "node:perf_hooks";
import { runCheck } from "../src/core/check";
import type { Isms, Register } from "../src/core/model/isms";
import { readIsms } from "../src/core/read";
import { BENCH_TODAY, bigRawWorkbook } from "./generate";

const ROUNDS = 9;

function touch(reg: Register<object>): number {
  const keys = reg.spec.columns.map((c) => c.key);
  const out: Record<string, unknown>[] = [];
  for (const row of reg.rows) {
    const fields = row as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) copy[keys[k]] = fields[keys[k]];
    out.push(copy);
  }
  return out.length;
}

/** Copies every field of every row of every register once. */
function barePass(isms: Isms): number {
  const registers = [
    isms.settingRows, isms.context, isms.requirements, isms.assets, isms.risks, isms.soa,
    isms.improvements, isms.objectives, isms.audits, isms.incidents, isms.training,
  ] as Register<object>[];
  let sum = 0;
  for (const reg of registers) sum += touch(reg);
  return sum;
}

/**
 * The fastest of the rounds: what the work costs when nothing else on the machine gets in its
 * way. On a shared machine the other rounds only add noise, and a median still moves with it.
 */
function fastest(values: number[]): number {
  return Math.min(...values);
}

/** Times the full check and the bare pass on the same registers; ratio = check / bare pass. */
export async function run(): Promise<{ ratio: number; checkMs: number; bareMs: number }> {
  const isms = readIsms(bigRawWorkbook({ risks: 20_000, assets: 20_000, improvements: 5_000 }));
  const today = BENCH_TODAY;
  let sink = barePass(isms) + runCheck(isms, { today }).findings.length;

  const checks: number[] = [];
  const bares: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    sink += barePass(isms);
    bares.push(performance.now() - t);
    t = performance.now();
    sink += runCheck(isms, { today }).findings.length;
    checks.push(performance.now() - t);
  }
  if (sink === -1) process.stderr.write("unreachable\n");

  const checkMs = fastest(checks);
  const bareMs = fastest(bares);
  return { ratio: checkMs / bareMs, checkMs, bareMs };
}
