/**
 * The pane's services over the workbook open in Excel: the shared commands through the Office.js
 * gateway, loaded on first use so the pane starts light.
 */
import type { CheckResult } from "../../core/check";
import type { CommandOutcome, FixOutcome } from "../../core/commands/types";
import type { RawWorkbook } from "../../core/model/grid";
import type { WorkbookPlan } from "../../core/plan/types";
import { commandRunner, type LocalCommands } from "../worker/runner";
import { todaySerial } from "../../core/model/dates";
import { deliverPack } from "./packDelivery";
import { readSettingsSheet, settingsPlan } from "./settingsTable";
import type { PaneCheck, PaneServices } from "./types";

const loadWorkbook = () => import(/* webpackChunkName: "workbook" */ "./workbookModules");
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../../xlsx/workbook");

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
  const gateway = async () => {
    const m = await loadWorkbook();
    return { m, gw: new m.OfficeWorkbook() };
  };
  const run = commandRunner({
    gateway: async () => (await gateway()).gw,
    local: async () => (await loadWorkbook()) as unknown as LocalCommands,
    spawn,
  });
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
    async fix(onProgress) {
      return (await run("fix", { today: today() }, onProgress)) as FixOutcome;
    },
    async rebuildDashboard(onProgress) {
      return (await run("rebuildDashboard", { today: today() }, onProgress)) as CommandOutcome;
    },
    async exportPack(onProgress) {
      const pack = (await run("exportPack", { today: today() }, onProgress)) as {
        plan: WorkbookPlan;
        organisation: string;
      };
      onProgress("Writing the auditor pack", 0.8);
      const { XlsxWorkbook } = await loadXlsx();
      const book = XlsxWorkbook.createEmpty("auditor pack");
      await book.apply(pack.plan);
      const bytes = new Uint8Array(await book.workbook.xlsx.writeBuffer());
      return deliverPack(bytes, packName(pack.organisation));
    },
    async readSettings() {
      const { gw } = await gateway();
      const sheet = settingsSheetOf(await gw.read({ sheets: ["Settings"] }));
      return sheet ? readSettingsSheet(sheet)?.values ?? null : null;
    },
    async writeSettings(next) {
      const { gw } = await gateway();
      const sheet = settingsSheetOf(await gw.read({ sheets: ["Settings"] }));
      if (!sheet) throw new Error("There is no Settings sheet yet: create the ISMS sheets first.");
      const { plan, changed, missing } = settingsPlan(sheet, next);
      if (plan.sheets.length > 0) await gw.apply(plan);
      const lines = changed.length ? changed : ["Nothing had changed."];
      if (missing.length) {
        lines.push(`Not saved: ${missing.join(", ")} (no row in the Settings table; ` +
          "run Create or upgrade sheets to add it).");
      }
      return lines;
    },
    async selectCell(sheet, cell) {
      const m = await loadWorkbook();
      await m.selectCell(sheet, cell);
    },
  };
}
