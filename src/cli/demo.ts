/**
 * `npm run demo`: the product on a fresh clone with no Excel. Builds the sample ISMS into
 * out/demo/isms.xlsx, checks it, rebuilds its Dashboard, exports the auditor pack, and prints
 * where the files are and how ready the sample organisation is.
 */
import { mkdir, readFile, rm } from "fs/promises";
import { join, relative, resolve } from "path";
import { checkRaw } from "../core/check";
import { createOrUpgrade, exportPack, rebuildDashboard } from "../core/commands";
import { todaySerial } from "../core/model/dates";
import { XlsxWorkbook } from "../xlsx";
import { writeWhole } from "./files";
import { say, type CliIo } from "./io";
import { checkedAtOf } from "./options";
import { countsLine, readinessLines } from "./report";

/** Runs the demo in a folder; returns the exit status (0 when every step worked). */
export async function demo(io: CliIo, now: Date = new Date()): Promise<number> {
  const folder = resolve(io.cwd, "out", "demo");
  const ismsPath = join(folder, "isms.xlsx");
  const packPath = join(folder, "auditor-pack.xlsx");
  const today = todaySerial(now);
  const checkedAt = checkedAtOf(now);
  const shown = (path: string) => relative(io.cwd, path) || path;
  const step = (text: string) => say(io.stderr, text);

  await mkdir(folder, { recursive: true });
  await rm(ismsPath, { force: true });
  await rm(packPath, { force: true });

  step("1. Creating the sample ISMS workbook (arm init --sample)…");
  const created = XlsxWorkbook.createEmpty("isms.xlsx");
  await createOrUpgrade(created, { today, edition: "2022", sample: true, checkedAt });
  await writeWhole(ismsPath, await created.toBuffer());

  step("2. Checking it (arm validate)…");
  const checked = await XlsxWorkbook.load(await readFile(ismsPath), "isms.xlsx");
  const result = checkRaw(await checked.read(), { today, file: "isms.xlsx" });

  step("3. Rebuilding its Dashboard (arm dashboard)…");
  const outcome = await rebuildDashboard(checked, { today, checkedAt });
  await writeWhole(ismsPath, await checked.toBuffer());

  step("4. Exporting the auditor pack (arm export)…");
  const source = await XlsxWorkbook.load(await readFile(ismsPath), "isms.xlsx");
  const { plan } = await exportPack(source, { today, checkedAt });
  const pack = XlsxWorkbook.createEmpty("auditor-pack.xlsx");
  await pack.apply(plan);
  await writeWhole(packPath, await pack.toBuffer());

  say(io.stdout, "ARM demo: the sample ISMS of a small organisation, checked as of " +
    `${result.today}.`);
  say(io.stdout, "");
  say(io.stdout, `  ISMS workbook:  ${shown(ismsPath)}`);
  say(io.stdout, `  Auditor pack:   ${shown(packPath)}`);
  say(io.stdout, "");
  say(io.stdout, `Findings: ${countsLine(result)}.`);
  say(io.stdout, "");
  for (const line of readinessLines(result)) say(io.stdout, line);
  for (const line of outcome.skipped) say(io.stdout, `\nNote: ${line}`);
  say(io.stdout, "");
  say(io.stdout, `Next: node bin/arm.js validate ${shown(ismsPath)}  (all findings, one per line)`);
  return 0;
}

if (require.main === module) {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
  demo(io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      say(process.stderr, `The demo failed: ${text.split("\n")[0]}`);
      process.exitCode = 1;
    },
  );
}
