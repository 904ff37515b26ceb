/** The ArmSettings table as cells: one row per setting with its value and notes. */
import { STANDARD_NAMES } from "../catalogue";
import type { CellValue } from "../model/finding";
import type { SettingKey, Settings } from "../schema/rows";
import { SETTINGS } from "../schema/settings";
import { SETTINGS_SHEET } from "../schema/sheets";

/** The values to write, by setting; a setting left out gets its default from SETTINGS. */
export type SettingValues = Partial<Record<SettingKey, CellValue>>;

/** The Setting | Value | Notes grid, header first, defaults where `values` says nothing. */
export function settingsGrid(values: SettingValues = {}): CellValue[][] {
  const grid: CellValue[][] = [SETTINGS_SHEET.columns.map((c) => c.header)];
  for (const s of SETTINGS) {
    let value: CellValue = values[s.key] !== undefined ? values[s.key] ?? null : s.default;
    if (s.type === "date" && typeof value === "number") value = { date: value };
    grid.push([s.name, value === "" ? null : value, s.notes === "" ? null : s.notes]);
  }
  return grid;
}

/** The values of typed settings as they are written in the ArmSettings table. */
export function settingValuesOf(settings: Settings): SettingValues {
  const date = (n: number | null): CellValue =>
    n !== null && Number.isFinite(n) ? { date: n } : null;
  return {
    organisation: settings.organisation,
    scope: settings.scope,
    standard: STANDARD_NAMES[settings.edition],
    riskScale: settings.riskScale,
    riskAppetite: settings.riskAppetite,
    reviewMonths: settings.reviewMonths,
    classificationLabels: settings.classificationLabels.join("; "),
    goLive: date(settings.goLive),
    stage1: date(settings.stage1),
    stage2: date(settings.stage2),
    certificationBody: settings.certificationBody,
    schemaVersion: settings.schemaVersion,
  };
}
