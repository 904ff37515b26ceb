/**
 * The pane's services over the workbook open in Excel: the shared commands through the Office.js
 * gateway, loaded on first use so the pane starts light.
 */
import type { RawWorkbook } from "../../core/model/grid";
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

/** The services the pane uses inside Excel. Each call starts a fresh gateway (its own read). */
export function createOfficeServices(): PaneServices {
  const today = () => todaySerial(new Date());
  const gateway = async () => {
    const m = await loadWorkbook();
    return { m, gw: new m.OfficeWorkbook() };
  };
  return {
    async createOrUpgrade(options, onProgress) {
      const { m, gw } = await gateway();
      return m.createOrUpgrade(gw, { ...options, today: today(), onProgress });
    },
    async check(onProgress): Promise<PaneCheck> {
      const { m, gw } = await gateway();
      const result = await m.check(gw, { today: today(), onProgress });
      const { steps, questions } = result.readiness;
      return { summary: result.summary, findings: result.findings, steps, questions };
    },
    async previewFix(onProgress) {
      const { m, gw } = await gateway();
      return m.previewFix(gw, { today: today(), onProgress });
    },
    async fix(onProgress) {
      const { m, gw } = await gateway();
      return m.fix(gw, { today: today(), onProgress });
    },
    async rebuildDashboard(onProgress) {
      const { m, gw } = await gateway();
      return m.rebuildDashboard(gw, { today: today(), onProgress });
    },
    async exportPack(onProgress) {
      const { m, gw } = await gateway();
      const { plan } = await m.exportPack(gw, { today: today(), onProgress });
      onProgress("Writing the auditor pack", 0.8);
      const { XlsxWorkbook } = await loadXlsx();
      const pack = XlsxWorkbook.createEmpty("auditor pack");
      await pack.apply(plan);
      const bytes = new Uint8Array(await pack.workbook.xlsx.writeBuffer());
      const raw = await gw.read({ sheets: ["Settings"] });
      const sheet = settingsSheetOf(raw);
      const organisation = (sheet && readSettingsSheet(sheet)?.values.organisation) || "";
      return deliverPack(bytes, packName(organisation));
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
