/**
 * Benchmark of the command line on a big file: `arm validate` (load, read, check, report) on a
 * workbook of 20,000 risks, 20,000 assets, the SoA and 5,000 improvements, against ExcelJS alone
 * loading the same file. Both run in one process, interleaved, and the fastest rounds are
 * compared, so the ratio holds on a noisy machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { main } from "../src/cli/arm";
import type { CellValue } from "../src/core/model/finding";
import type { RawWorkbook } from "../src/core/model/grid";
import type { SheetPlan, WorkbookPlan } from "../src/core/plan/types";
import { rangeA1 } from "../src/core/model/address";
import { XlsxWorkbook } from "../src/xlsx";
import { bigRawWorkbook } from "./generate";

const ROUNDS = 5;

/** A plan that writes each register of a raw workbook as its table, from A1. */
function planOf(raw: RawWorkbook): WorkbookPlan {
  const sheets: SheetPlan[] = raw.sheets.map((sheet) => {
    const width = sheet.values[0]?.length ?? 1;
    const cells = sheet.values.map((row) => {
      const line: CellValue[] = [];
      for (let j = 0; j < width; j++) line.push((row[j] ?? null) as CellValue);
      return line;
    });
    const range = rangeA1(1, 0, Math.max(2, cells.length), width - 1);
    return {
      name: sheet.name,
      create: true,
      blocks: [{ address: "A1", cells }],
      ...(sheet.table
        ? { table: { name: sheet.table.name, range, create: true, style: "TableStyleMedium2" } }
        : {}),
    };
  });
  return { sheets };
}

/** The bytes of the benchmark workbook, written by the xlsx executor. */
async function bigFile(): Promise<Buffer> {
  const wb = XlsxWorkbook.createEmpty("bench.xlsx");
  await wb.apply(planOf(bigRawWorkbook({ risks: 20_000, assets: 20_000, improvements: 5_000 })));
  return wb.toBuffer();
}

/**
 * The fastest of the rounds: what the work costs when nothing else on the machine gets in its
 * way. On a shared machine the other rounds only add noise, and a median still moves with it.
 */
function fastest(values: number[]): number {
  return Math.min(...values);
}

/** Times ExcelJS loading the file, and `arm validate --json` on it; ratio = validate / load. */
export async function run(): Promise<{
  checkOverLoad: number;
  validateMs: number;
  loadMs: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), "arm-bench-"));
  const file = join(dir, "bench.xlsx");
  writeFileSync(file, await bigFile());
  const sink = { write: () => true };
  const io = { stdout: sink, stderr: sink, cwd: dir };
  const validate = () => main(["validate", "bench.xlsx", "--json", "--today", "2026-06-01"], io);
  const load = async () => {
    const bytes = await readFile(file);
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  };

  try {
    await load();
    await validate();
    const loads: number[] = [];
    const validates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      await load();
      loads.push(performance.now() - start);
      start = performance.now();
      await validate();
      validates.push(performance.now() - start);
    }
    const loadMs = fastest(loads);
    const validateMs = fastest(validates);
    const round2 = (n: number) => Math.round(n * 100) / 100;
    return { checkOverLoad: round2(validateMs / loadMs), validateMs: Math.round(validateMs),
      loadMs: Math.round(loadMs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then((r) => console.log(JSON.stringify(r)));
}
