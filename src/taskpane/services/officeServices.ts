/**
 * The pane's services over the workbook open in Excel: the commands through the Office.js
 * gateway, loaded on first use so the pane starts light. At start the pane reads only the
 * Settings sheet, with the Office.js executor alone: the catalogue, the rules and ExcelJS come
 * later, in the command worker, when an action first needs them.
 */
import type { CheckResult } from "../../core/check";
import type { CommandOutcome, FixOutcome } from "../../core/commands/types";
import type { RawWorkbook } from "../../core/model/grid";
import { todaySerial } from "../../core/model/dates";
import { commandRunner, type LocalCommands } from "../worker/runner";
import type { FixAsPreviewedOutcome, PackFile } from "../worker/paneCommands";
import { deliverPack } from "./packDelivery";
import { readSettingsSheet, settingsPlan } from "./settingsTable";
import type { PaneCheck, PaneServices } from "./types";

/** The Office.js executor: reads and writes for the commands, the settings, cell selection. */
const loadOffice = () => import(/* webpackChunkName: "office" */ "../../office");
/** The commands themselves, for a host where the worker cannot start. */
const loadCommands = () => import(/* webpackChunkName: "pane-commands" */ "../worker/paneCommands");

function settingsSheetOf(raw: RawWorkbook) {
  return raw.sheets.find((s) => s.table?.name.toLowerCase() === "armsettings") ??
    raw.sheets.find((s) => s.name.toLowerCase() === "settings") ?? null;
}

function packName(organisation: string): string {
  const safe = organisation.replace(/[\\/:*?"<>|]+/g, " ").trim();
  return `${safe ? `${safe} ` : ""}ISMS auditor pack.xlsx`;
}

/** Starts the command worker where the host has workers; the pane's thread serves otherwise. */
const spawn = typeof Worker === "undefined" ? null
  : async () => (await import(/* webpackMode: "eager" */ "../worker/spawn")).spawnCommandWorker();

/**
 * The services the pane uses inside Excel. Each call starts a fresh gateway (its own read); the
 * commands run in a worker, so checking a large workbook leaves the pane responsive.
 */
export function createOfficeServices(): PaneServices {
  const today = () => todaySerial(new Date());
  const gateway = async () => new (await loadOffice()).OfficeWorkbook();
  const run = commandRunner({
    gateway,
    local: async () => (await loadCommands()).PANE_COMMANDS as unknown as LocalCommands,
    spawn,
  });
  const settingsSheet = async () => {
    const gw = await gateway();
    return { gw, sheet: settingsSheetOf(await gw.read({ sheets: ["Settings"] })) };
  };
  return {
    async createOrUpgrade(options, onProgress) {
      return (await run("createOrUpgrade", { ...options, today: today() }, onProgress)) as
        CommandOutcome;
    },
    async check(onProgress): Promise<PaneCheck> {
      const result = (await run("check", { today: today() }, onProgress)) as CheckResult;
      const { steps, questions } = result.readiness;
      return { summary: result.summary, findings: result.findings, steps, questions };
    },
    async previewFix(onProgress) {
      return (await run("previewFix", { today: today() }, onProgress)) as FixOutcome;
    },
    async fix(previewed, onProgress) {
      const options = { today: today(), previewed: [...previewed] };
      return (await run("fixAsPreviewed", options, onProgress)) as FixAsPreviewedOutcome;
    },
    async rebuildDashboard(onProgress) {
      return (await run("rebuildDashboard", { today: today() }, onProgress)) as CommandOutcome;
    },
    async exportPack(onProgress) {
      const pack = (await run("exportPackFile", { today: today() }, onProgress)) as PackFile;
      onProgress("Opening the auditor pack", 0.95);
      return deliverPack(pack.bytes, packName(pack.organisation));
    },
    async readSettings() {
      const { sheet } = await settingsSheet();
      return sheet ? readSettingsSheet(sheet)?.values ?? null : null;
    },
    async writeSettings(next, loaded) {
      const { gw, sheet } = await settingsSheet();
      if (!sheet) throw new Error("There is no Settings sheet yet: create the ISMS sheets first.");
      const { plan, changed, missing, conflicts, after } = settingsPlan(sheet, next, loaded);
      if (plan.sheets.length > 0) await gw.apply(plan);
      const lines = [...changed];
      if (missing.length) {
        lines.push(`Not saved: ${missing.join(", ")} (no row in the Settings table; ` +
          "run Create or upgrade sheets to add it).");
      }
      if (lines.length === 0 && conflicts.length === 0) lines.push("Nothing had changed.");
      return { lines, conflicts, settings: after };
    },
    async selectCell(sheet, cell) {
      await (await loadOffice()).selectCell(sheet, cell);
    },
  };
}
