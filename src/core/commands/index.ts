/**
 * The commands both front ends run over a workbook gateway: create or upgrade, check, preview a
 * fix, fix, rebuild the Dashboard, export the auditor pack. Each reads the workbook once and
 * writes at most once, so inside Excel a command costs one read sync and one write sync.
 * A command throws only CommandError, worded for a person.
 */
import { checkIsms, runCheck, type CheckResult } from "../check";
import { fixPlan, fixesOf, sameChanges } from "../fix";
import type { WorkbookGateway } from "../gateway";
import type { RawWorkbook } from "../model/grid";
import type { Isms } from "../model/isms";
import { createPlan, editionFor } from "../plan/create";
import { dashboardBlocked, dashboardPlan } from "../plan/dashboard";
import { isNoop } from "../plan/noop";
import { packPlan } from "../plan/pack";
import { simulatePlan } from "../plan/simulate";
import type { SheetPlan, WorkbookPlan } from "../plan/types";
import { readIsms } from "../read";
import { DASHBOARD_SHEET, REGISTERS } from "../schema/sheets";
import { CommandError, asCommandError } from "./errors";
import type {
  CheckCommandOptions, CommandOptions, CommandOutcome, CreateOptions, FixCommandOptions,
  FixOutcome,
  PackCommandOptions,
} from "./types";

export { CommandError } from "./errors";
export type * from "./types";

/** "2026-12-03 14:05 UTC": the clock's time, for commands not given one. */
/** The moment of a check as the Dashboard shows it: "2026-12-03 14:05 UTC". */
export function checkedAtOf(now: Date = new Date()): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function progress(opts: CommandOptions, message: string, fraction: number): void {
  try {
    opts.onProgress?.(message, fraction);
  } catch {
    // A failing progress display must not stop the work it reports on.
  }
}

async function read(
  gw: WorkbookGateway,
  opts: CommandOptions,
  around = false,
): Promise<RawWorkbook> {
  progress(opts, "Reading the workbook", 0);
  try {
    return await gw.read(around ? { around: true } : undefined);
  } catch (error) {
    throw asCommandError(error, "Could not read the workbook");
  }
}

async function apply(gw: WorkbookGateway, plan: WorkbookPlan, opts: CommandOptions) {
  progress(opts, "Writing to the workbook", 0.7);
  try {
    const report = await gw.apply(plan);
    progress(opts, "Done", 1);
    return report;
  } catch (error) {
    throw asCommandError(error, "Could not write to the workbook");
  }
}

/** Runs the pure part of a command, turning a failure into a CommandError. */
function compute<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asCommandError(error, what);
  }
}

function typed(raw: RawWorkbook, opts: CommandOptions): Isms {
  progress(opts, "Reading the registers", 0.2);
  return compute("Could not read the ISMS registers", () => readIsms(raw));
}

function checked(isms: Isms, opts: CheckCommandOptions): CheckResult {
  progress(opts, "Checking", 0.4);
  const options = { today: opts.today, ...(opts.file === undefined ? {} : { file: opts.file }) };
  return compute("Could not check the workbook", () => checkIsms(isms, options));
}

/** The Dashboard of the workbook `raw` becomes once `plan` is applied, for the same write. */
function dashboardAfter(raw: RawWorkbook, plan: WorkbookPlan, opts: CommandOptions): SheetPlan {
  const isms = readIsms(simulatePlan(raw, plan));
  const result = checkIsms(isms, { today: opts.today });
  const checkedAt = opts.checkedAt ?? checkedAtOf();
  return dashboardPlan(isms, result, { today: opts.today, checkedAt });
}

/**
 * Creates the ISMS sheets or upgrades them: whatever is missing is added, nothing is lost, and
 * the Dashboard is rebuilt in the same write. A complete workbook is left untouched.
 * @throws CommandError when the workbook cannot be read or written.
 */
export async function createOrUpgrade(
  gw: WorkbookGateway,
  opts: CreateOptions,
): Promise<CommandOutcome> {
  const raw = await read(gw, opts, true);
  const isms = typed(raw, opts);
  if (opts.sample && editionFor(isms, opts.edition) === "2013") {
    // The sample's SoA, risks and improvements name 2022 controls; 2013 has no place for them.
    throw new CommandError(
      "The sample ISMS follows ISO/IEC 27001:2022, and this workbook would follow 2013: " +
        "create the sheets without the sample, or choose 2022.",
    );
  }
  progress(opts, "Working out what is missing", 0.3);
  const plan = compute("Could not work out what the workbook lacks", () =>
    createPlan(raw, isms, { edition: opts.edition, sample: opts.sample, today: opts.today }),
  );
  const notes = [...(plan.notes ?? [])];
  const created = REGISTERS.every((s) => plan.sheets.some((p) => p.name === s.sheet && p.create));
  const command = created ? "create" : "upgrade";
  if (isNoop(plan)) {
    progress(opts, "Done", 1);
    const done = [...notes, "Every ISMS sheet, column and row is in place: nothing to change."];
    return { command, done, skipped: [] };
  }

  const blocked = dashboardBlocked(raw);
  if (blocked !== null) {
    const report = await apply(gw, plan, opts);
    return { command, done: [...notes, ...report.done], skipped: [blocked, ...report.skipped] };
  }
  progress(opts, "Building the Dashboard", 0.5);
  const dashboard = compute("Could not build the Dashboard", () =>
    dashboardAfter(raw, plan, opts),
  );
  const placeholder = plan.sheets.find((s) => s.name === DASHBOARD_SHEET);
  const sheets = placeholder
    ? plan.sheets.map((s) => (s === placeholder ? { ...dashboard, create: true, position: 0 } : s))
    : [...plan.sheets, dashboard];
  const report = await apply(gw, { ...plan, sheets, activate: DASHBOARD_SHEET }, opts);
  return { command, done: [...notes, ...report.done], skipped: [...report.skipped] };
}

/**
 * Checks the workbook: reads only.
 * @throws CommandError when the workbook cannot be read.
 */
export async function check(gw: WorkbookGateway, opts: CheckCommandOptions): Promise<CheckResult> {
  const raw = await read(gw, opts);
  const result = checked(typed(raw, opts), opts);
  progress(opts, "Done", 1);
  return result;
}

function fixesFor(raw: RawWorkbook, opts: CommandOptions) {
  const isms = typed(raw, opts);
  progress(opts, "Checking", 0.4);
  return compute("Could not check the workbook", () => {
    const outcome = runCheck(isms, { today: opts.today });
    return fixesOf(outcome.findings);
  });
}

function fixWords(count: number): string {
  return count === 1 ? "1 cell" : `${count} cells`;
}

/**
 * Lists the cell changes that fixing would make, without making them.
 * @throws CommandError when the workbook cannot be read.
 */
export async function previewFix(gw: WorkbookGateway, opts: CommandOptions): Promise<FixOutcome> {
  const changes = fixesFor(await read(gw, opts), opts);
  progress(opts, "Done", 1);
  const done = changes.length === 0
    ? ["Nothing to fix: no finding can be fixed by the product."]
    : [`Fixing would change ${fixWords(changes.length)}.`];
  return { command: "fix", done, skipped: [], changes };
}

/**
 * Fixes what is fixable: changes only the cells the fixable findings name. Given the changes a
 * preview listed, it writes only if fixing would make exactly those; otherwise it writes nothing
 * and says the workbook changed, with the changes fixing would make now.
 * @throws CommandError when the workbook cannot be read or written.
 */
export async function fix(gw: WorkbookGateway, opts: FixCommandOptions): Promise<FixOutcome> {
  const changes = fixesFor(await read(gw, opts), opts);
  if (opts.expected !== undefined && !sameChanges(changes, opts.expected)) {
    progress(opts, "Done", 1);
    const done = ["The workbook changed since the preview, so nothing was written."];
    return { command: "fix", done, skipped: [], changes, applied: false };
  }
  const asked = opts.expected !== undefined ? { applied: true } : {};
  if (changes.length === 0) {
    progress(opts, "Done", 1);
    const done = ["Nothing to fix: no finding can be fixed by the product."];
    return { command: "fix", done, skipped: [], changes, ...asked };
  }
  const plan = compute("Could not prepare the fixes", () => fixPlan(changes));
  const report = await apply(gw, plan, opts);
  const done = [`Fixed ${fixWords(changes.length)}.`, ...report.done];
  return { command: "fix", done, skipped: [...report.skipped], changes, ...asked };
}

/**
 * Rebuilds the Dashboard from a fresh check, as the first sheet.
 * @throws CommandError when the workbook cannot be read or written.
 */
export async function rebuildDashboard(
  gw: WorkbookGateway,
  opts: CommandOptions,
): Promise<CommandOutcome> {
  const raw = await read(gw, opts);
  const blocked = dashboardBlocked(raw);
  if (blocked !== null) throw new CommandError(blocked);
  const isms = typed(raw, opts);
  const result = checked(isms, opts);
  progress(opts, "Building the Dashboard", 0.5);
  const checkedAt = opts.checkedAt ?? checkedAtOf();
  const sheet = compute("Could not build the Dashboard", () =>
    dashboardPlan(isms, result, { today: opts.today, checkedAt }),
  );
  const report = await apply(gw, { sheets: [sheet], activate: DASHBOARD_SHEET }, opts);
  return { command: "dashboard", done: [...report.done], skipped: [...report.skipped] };
}

/**
 * The auditor pack of the workbook as a plan for a new workbook, with the check it reports and
 * the organisation it is for (to name the file); the front end applies the plan to a new
 * workbook. Reads only.
 * @throws CommandError when the workbook cannot be read.
 */
export async function exportPack(
  gw: WorkbookGateway,
  opts: PackCommandOptions,
): Promise<{ plan: WorkbookPlan; result: CheckResult; organisation: string }> {
  const raw = await read(gw, opts);
  const isms = typed(raw, opts);
  const result = checked(isms, opts);
  progress(opts, "Preparing the auditor pack", 0.6);
  const plan = compute("Could not prepare the auditor pack", () =>
    packPlan(isms, result, {
      today: opts.today, checkedAt: opts.checkedAt ?? checkedAtOf(),
      ...(opts.preparedBy === undefined ? {} : { preparedBy: opts.preparedBy }),
      ...(opts.approvedBy === undefined ? {} : { approvedBy: opts.approvedBy }),
      ...(opts.version === undefined ? {} : { version: opts.version }),
    }, raw),
  );
  progress(opts, "Done", 1);
  return { plan, result, organisation: isms.settings.organisation };
}

/** Re-exported so front ends can tell a worded failure from a bug: `instanceof CommandError`. */
export const isCommandError = (error: unknown): error is CommandError =>
  error instanceof CommandError;
