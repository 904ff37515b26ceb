/**
 * Benchmark of round trips inside Excel: the context.sync() calls each command (create,
 * upgrade, check, fix, dashboard) makes through the Office.js executor, on the in-memory
 * Excel, with 100, 1,000 and 10,000 risks. The target is one read and one write per command.
 */
import {
  check, createOrUpgrade, fix, rebuildDashboard, type CommandOptions,
} from "../src/core/commands";
import { serialOf } from "../src/core/model/dates";
import type { RawWorkbook } from "../src/core/model/grid";
import { OfficeWorkbook } from "../src/office";
import { installFakeExcel, seedWorkbook } from "../test/support/fakeExcel";
import { bigRawWorkbook } from "./generate";
import { SYNC_COMMANDS, SYNC_ROWS } from "./format";

type Command = (typeof SYNC_COMMANDS)[number];

/** Sync counts by command, then by number of risks ("100", "1000", "10000"). */
export type SyncFigures = Record<Command, Record<string, number>>;

const OPTIONS: CommandOptions = { today: serialOf(2026, 12, 3), checkedAt: "2026-12-03 09:00 UTC" };

/** The workbook each command starts from, made from the benchmark's generated registers. */
function startingPoint(command: Command, full: RawWorkbook): RawWorkbook {
  if (command === "create") {
    // A register begun by hand: the command creates every other sheet around it.
    return { ...full, sheets: full.sheets.filter((s) => s.name === "Risks") };
  }
  if (command === "upgrade") {
    return { ...full, sheets: full.sheets.filter((s) => s.name !== "Training") };
  }
  if (command === "fix") {
    // One risk lost its ID: fixing assigns the next free number.
    const sheets = full.sheets.map((s) => s.name !== "Risks" ? s : {
      ...s, values: s.values.map((row, i) => (i === 2 ? ["", ...row.slice(1)] : row)),
    });
    return { ...full, sheets };
  }
  return full;
}

async function runCommand(command: Command, gateway: OfficeWorkbook): Promise<void> {
  switch (command) {
    case "create":
    case "upgrade":
      await createOrUpgrade(gateway, { ...OPTIONS, edition: "2022", sample: false });
      return;
    case "check":
      await check(gateway, OPTIONS);
      return;
    case "fix":
      await fix(gateway, OPTIONS);
      return;
    case "dashboard":
      await rebuildDashboard(gateway, OPTIONS);
  }
}

/** Counts the syncs of one command on a workbook holding `risks` risks. */
async function syncsOf(command: Command, risks: number): Promise<number> {
  const full = bigRawWorkbook({
    risks, assets: Math.ceil(risks / 5), improvements: Math.ceil(risks / 10),
  });
  const fake = installFakeExcel({ sheets: ["Sheet1"] });
  try {
    seedWorkbook(fake.book, startingPoint(command, full));
    fake.resetCounters();
    await runCommand(command, new OfficeWorkbook());
    return fake.syncCount;
  } finally {
    fake.uninstall();
  }
}

/** The sync counts of every command at 100, 1,000 and 10,000 risks. */
export async function run(): Promise<SyncFigures> {
  const figures = {} as SyncFigures;
  for (const command of SYNC_COMMANDS) {
    figures[command] = {};
    for (const rows of SYNC_ROWS) figures[command][String(rows)] = await syncsOf(command, rows);
  }
  return figures;
}
