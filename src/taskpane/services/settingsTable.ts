/**
 * Reading and writing the pane's settings in the ArmSettings table. Pure: it works on the raw
 * grid the gateway reads and returns a plan for the gateway to apply, so the values land in
 * the Value cells where co-authors and the command line see them.
 */
import { a1 } from "../../core/model/address";
import { isoOf, serialOfIso } from "../../core/model/dates";
import type { CellValue } from "../../core/model/finding";
import type { RawCell, RawSheet } from "../../core/model/grid";
import type { CellBlock, WorkbookPlan } from "../../core/plan/types";
import type { SettingKey } from "../../core/schema/rows";
import { SETTINGS } from "../../core/schema/settings";
import type { PaneSettings, SettingConflict } from "./types";

/** The settings the pane edits, in the order of its form. */
export const PANE_SETTING_KEYS = [
  "organisation", "scope", "goLive", "stage1", "stage2", "riskScale", "riskAppetite",
] as const satisfies readonly (keyof PaneSettings & SettingKey)[];

type PaneKey = (typeof PANE_SETTING_KEYS)[number];

const DATE_KEYS: ReadonlySet<PaneKey> = new Set(["goLive", "stage1", "stage2"]);
const NUMBER_KEYS: ReadonlySet<PaneKey> = new Set(["riskScale", "riskAppetite"]);

/** The settings found in the table, with the A1 address of each one's Value cell. */
export interface SettingsInSheet {
  readonly values: PaneSettings;
  readonly cells: Partial<Record<PaneKey, string>>;
}

const norm = (v: RawCell): string => String(v ?? "").trim().toLowerCase();

function shown(key: PaneKey, raw: RawCell): string {
  if (raw === null || raw === undefined) return "";
  if (DATE_KEYS.has(key) && typeof raw === "number") return isoOf(raw);
  return String(raw).trim();
}

/** Reads the pane's settings from the Settings sheet's grid; null if it has no Value column. */
export function readSettingsSheet(sheet: RawSheet): SettingsInSheet | null {
  const [header = [], ...body] = sheet.values;
  const nameCol = header.findIndex((h) => norm(h) === "setting");
  const valueCol = header.findIndex((h) => norm(h) === "value");
  if (nameCol < 0 || valueCol < 0) return null;
  const originRow = sheet.origin?.row ?? 1;
  const originCol = sheet.origin?.col ?? 0;
  const values: Record<string, string> = Object.fromEntries(PANE_SETTING_KEYS.map((k) => [k, ""]));
  const cells: Partial<Record<PaneKey, string>> = {};
  body.forEach((row, i) => {
    const spec = SETTINGS.find((s) => s.name.toLowerCase() === norm(row[nameCol]));
    const key = PANE_SETTING_KEYS.find((k) => k === spec?.key);
    if (!key || cells[key]) return;
    cells[key] = a1(originRow + 1 + i, originCol + valueCol);
    values[key] = shown(key, row[valueCol]);
  });
  return { values: values as unknown as PaneSettings, cells };
}

function cellValue(key: PaneKey, text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  if (DATE_KEYS.has(key)) {
    const serial = serialOfIso(t);
    return serial === null ? t : { date: serial };
  }
  if (NUMBER_KEYS.has(key) && /^\d+$/.test(t)) return Number(t);
  // A leading apostrophe keeps text such as "=Acme" from being taken for a formula.
  return /^[=+\-@]/.test(t) ? `'${t}` : t;
}

/** What saving the settings will do: the plan, and what it says to the user. */
export interface SettingsSave {
  readonly plan: WorkbookPlan;
  /** One line per setting written: "Organisation set to Acme Ltd". */
  readonly changed: string[];
  /** Settings the user changed that have no row in the table. */
  readonly missing: string[];
  /** Settings the user changed that the workbook also changed since they were loaded. */
  readonly conflicts: SettingConflict[];
  /** The settings as they will stand once the plan is applied. */
  readonly after: PaneSettings;
}

/**
 * The plan that writes the settings the user changed, compared with `loaded` (what the form was
 * loaded with), against the table as it is now. A setting the user did not change is never
 * written, so a co-author's edit to it stays; a setting both changed keeps the workbook's value
 * and is reported as a conflict.
 */
export function settingsPlan(
  sheet: RawSheet,
  next: PaneSettings,
  loaded: PaneSettings,
): SettingsSave {
  const found = readSettingsSheet(sheet);
  const blocks: CellBlock[] = [];
  const changed: string[] = [];
  const missing: string[] = [];
  const conflicts: SettingConflict[] = [];
  const after: Record<string, string> = {};
  for (const key of PANE_SETTING_KEYS) {
    const name = SETTINGS.find((s) => s.key === key)?.name ?? key;
    const cell = found?.cells[key];
    const fresh = found?.values[key] ?? "";
    const yours = next[key].trim();
    const was = loaded[key].trim();
    after[key] = fresh;
    if (yours === was) continue;
    if (!cell) missing.push(name);
    else if (yours === fresh) continue;
    else if (fresh !== was) conflicts.push({ setting: name, yours, workbook: fresh });
    else {
      blocks.push({ address: cell, cells: [[cellValue(key, yours)]] });
      changed.push(`${name} set to ${yours || "(blank)"}`);
      after[key] = yours;
    }
  }
  const sheets = blocks.length ? [{ name: sheet.name, create: false, blocks }] : [];
  return { plan: { sheets }, changed, missing, conflicts, after: after as unknown as PaneSettings };
}

/** Problems with the settings a person typed, one sentence each; empty when they are fine. */
export function settingsProblems(s: PaneSettings): string[] {
  const out: string[] = [];
  for (const key of ["goLive", "stage1", "stage2"] as const) {
    const name = SETTINGS.find((x) => x.key === key)?.name;
    if (s[key].trim() && serialOfIso(s[key]) === null) {
      out.push(`${name} "${s[key]}" is not a date: write it as yyyy-mm-dd.`);
    }
  }
  if (s.riskScale.trim() && !["3", "4", "5"].includes(s.riskScale.trim())) {
    out.push("Risk scale must be 3, 4 or 5.");
  }
  const appetite = Number(s.riskAppetite);
  if (s.riskAppetite.trim() && !(Number.isInteger(appetite) && appetite >= 1 && appetite <= 25)) {
    out.push("Risk appetite must be a whole number from 1 to 25.");
  }
  return out;
}
