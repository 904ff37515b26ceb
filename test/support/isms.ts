/**
 * Builds a typed ISMS workbook directly, for rule and readiness tests: each register's rows are
 * given partially and the rest is filled with blanks, rows numbered from 2 under a header at 1,
 * columns in schema order.
 */
import { a1 } from "../../src/core/model/address";
import { serialOfIso } from "../../src/core/model/dates";
import type { Finding } from "../../src/core/model/finding";
import type { ExtraColumn, Isms, Register } from "../../src/core/model/isms";
import {
  REGISTERS, SETTINGS, type ColumnSpec, type RegisterKey, type SettingRow, type Settings,
  type SheetSpec,
} from "../../src/core/schema";
import { DEFAULT_CLASSIFICATION_LABELS } from "../../src/core/schema/lists";

type IsmsKey<K extends RegisterKey> = K extends "settings" ? "settingRows" : K;
type RowsOf<K extends RegisterKey> = Isms[IsmsKey<K>] extends Register<infer T> ? T : never;

export type IsmsParts = {
  [K in Exclude<RegisterKey, "settings">]?: Partial<RowsOf<K>>[];
} & {
  settings?: Partial<Settings>;
  /** Registers whose sheet is absent from the workbook. */
  absent?: RegisterKey[];
  /** Column keys missing from a register. */
  missing?: Partial<Record<RegisterKey, string[]>>;
  /** The user's own columns of a register. */
  extrasOf?: Partial<Record<RegisterKey, ExtraColumn[]>>;
  findings?: Finding[];
};

function blank(col: ColumnSpec): unknown {
  switch (col.type) {
    case "refs":
    case "choices":
      return [];
    case "date":
    case "integer":
    case "formula":
      return null;
    default:
      return "";
  }
}

function register<T>(spec: SheetSpec, parts: IsmsParts, rows: Partial<T>[] | undefined) {
  const absent = parts.absent?.includes(spec.key) ?? false;
  const missing = parts.missing?.[spec.key] ?? [];
  const columns: Record<string, number> = {};
  let col = 0;
  for (const c of spec.columns) if (!missing.includes(c.key)) columns[c.key] = col++;
  const typed = (rows ?? []).map((partial, i) => {
    const full: Record<string, unknown> = { row: i + 2 };
    for (const c of spec.columns) full[c.key] = blank(c);
    return { ...full, ...partial } as T;
  });
  const reg: Register<T> = {
    spec, present: !absent, sheet: spec.sheet, table: absent ? null : spec.table, headerRow: 1,
    columns: absent ? {} : columns, missing: absent ? spec.columns.map((c) => c.key) : missing,
    extras: parts.extrasOf?.[spec.key] ?? [], rows: absent ? [] : typed,
    bodyRows: absent ? 0 : typed.length,
  };
  return reg;
}

/** Today and other dates in tests, written as ISO text for readability. */
export function day(iso: string): number {
  const s = serialOfIso(iso);
  if (s === null) throw new Error(`bad test date ${iso}`);
  return s;
}

/** The default settings, as a freshly created workbook has them, with test values on top. */
export function settingsOf(over: Partial<Settings> = {}): Settings {
  const cells: Settings["cells"] = {};
  SETTINGS.forEach((s, i) => (cells[s.key] = a1(i + 2, 1)));
  return {
    organisation: "Northwind Ltd", scope: "All of Northwind's services", edition: "2022",
    riskScale: 5, riskAppetite: 9, reviewMonths: 12,
    classificationLabels: [...DEFAULT_CLASSIFICATION_LABELS], goLive: null, stage1: null,
    stage2: null, certificationBody: "", schemaVersion: "1", cells, ...over,
  };
}

/** A typed workbook from partial registers. */
export function buildIsms(parts: IsmsParts = {}): Isms {
  const spec = (key: RegisterKey) => REGISTERS.find((s) => s.key === key) as SheetSpec;
  const settingRows: Partial<SettingRow>[] = SETTINGS.map((s) => ({
    setting: s.name, value: s.default, notes: s.notes,
  }));
  return {
    source: "test.xlsx",
    sheetNames: REGISTERS.filter((s) => !parts.absent?.includes(s.key)).map((s) => s.sheet),
    settings: settingsOf(parts.settings),
    settingRows: register(spec("settings"), parts, settingRows),
    context: register(spec("context"), parts, parts.context),
    requirements: register(spec("requirements"), parts, parts.requirements),
    assets: register(spec("assets"), parts, parts.assets),
    risks: register(spec("risks"), parts, parts.risks),
    soa: register(spec("soa"), parts, parts.soa),
    improvements: register(spec("improvements"), parts, parts.improvements),
    objectives: register(spec("objectives"), parts, parts.objectives),
    audits: register(spec("audits"), parts, parts.audits),
    incidents: register(spec("incidents"), parts, parts.incidents),
    training: register(spec("training"), parts, parts.training),
    findings: parts.findings ?? [],
  };
}
