/** The reader: raw grids as an executor hands them over -> the typed ISMS and cell findings. */
import type { Finding } from "../model/finding";
import type { RawSheet, RawWorkbook } from "../model/grid";
import type { Isms, Register } from "../model/isms";
import type { SettingRow } from "../schema/rows";
import { REGISTERS, SETTINGS_SHEET } from "../schema/sheets";
import type { SheetSpec } from "../schema/types";
import type { ReaderLists } from "./cells";
import { absentRegister, readRegister } from "./register";
import { readSettings } from "./settings";

export { readRegister } from "./register";
export { readSettings, editionOf } from "./settings";
export { splitList, isErrorValue, headerKey, ERROR_VALUES } from "./text";
export { isDateSerial } from "./dates";

/** Finds the raw sheet of each register: by table name first, then by sheet name. */
function sheetFinder(raw: RawWorkbook): (spec: SheetSpec) => RawSheet | undefined {
  const byTable = new Map<string, RawSheet>();
  const bySheet = new Map<string, RawSheet>();
  const sheets = Array.isArray(raw.sheets) ? raw.sheets : [];
  for (const s of sheets) {
    if (s === null || typeof s !== "object") continue;
    const table = s.table && typeof s.table.name === "string" ? s.table.name.toLowerCase() : null;
    if (table !== null && !byTable.has(table)) byTable.set(table, s);
    const name = typeof s.name === "string" ? s.name.toLowerCase() : null;
    if (name !== null && !bySheet.has(name)) bySheet.set(name, s);
  }
  return (spec) =>
    byTable.get(spec.table.toLowerCase()) ?? bySheet.get(spec.sheet.toLowerCase());
}

/**
 * Reads the ISMS workbook: every register typed, the settings typed with their defaults, and a
 * finding for each cell that cannot be read. Never throws on the workbook's content.
 */
export function readIsms(raw: RawWorkbook): Isms {
  const findings: Finding[] = [];
  const find = sheetFinder(raw);
  const read = <T>(spec: SheetSpec, lists: ReaderLists): Register<T> => {
    const sheet = find(spec);
    return sheet ? readRegister<T>(spec, sheet, findings, lists) : absentRegister<T>(spec);
  };

  const settingRows = read<SettingRow>(SETTINGS_SHEET as SheetSpec, { classification: [] });
  const settings = readSettings(settingRows, findings);
  const lists: ReaderLists = { classification: settings.classificationLabels };
  const [, context, requirements, assets, risks, soa, improvements, objectives, audits, incidents,
    training] = REGISTERS;
  return {
    source: typeof raw.source === "string" ? raw.source : "",
    sheetNames: Array.isArray(raw.sheetNames) ? raw.sheetNames : [],
    settings,
    settingRows,
    context: read(context, lists),
    requirements: read(requirements, lists),
    assets: read(assets, lists),
    risks: read(risks, lists),
    soa: read(soa, lists),
    improvements: read(improvements, lists),
    objectives: read(objectives, lists),
    audits: read(audits, lists),
    incidents: read(incidents, lists),
    training: read(training, lists),
    findings,
  };
}
