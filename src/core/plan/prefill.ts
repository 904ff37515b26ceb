/**
 * The rows the product writes into a register on create and adds on upgrade when they are
 * missing: the clauses of the Requirements, the controls of the SoA, the settings. Each row comes
 * with the key it is matched by, so an upgrade adds only the rows the sheet does not list yet.
 */
import {
  STANDARD_NAMES, clausesWithSteps, controlsOf, normaliseControlId, type Edition,
} from "../catalogue";
import type { CellValue } from "../model/finding";
import type { RawCell } from "../model/grid";
import { cellText, headerKey, trimmed } from "../read/text";
import { SETTINGS } from "../schema/settings";
import { SCHEMA_VERSION } from "../schema/sheets";
import type { SheetSpec } from "../schema/types";

/** A row to write: the key it is matched by, and its fields by column key. */
export interface PrefillRow {
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The first status of a Requirements row. */
const NOT_STARTED = "Not started";

/** How a register's key cell is compared with the prefilled rows ("A.5.1" matches "5.1"). */
export function matchKey(spec: SheetSpec, edition: Edition): (cell: RawCell) => string {
  switch (spec.prefill) {
    case "controls":
      return (cell) => normaliseControlId(cellText(cell), edition);
    case "settings":
      return (cell) => headerKey(cellText(cell));
    default:
      return (cell) => trimmed(cellText(cell));
  }
}

/** The value a setting gets on create: the edition's name, the schema version, or its default. */
function settingValue(key: string, fallback: CellValue, edition: Edition): CellValue {
  if (key === "standard") return STANDARD_NAMES[edition];
  if (key === "schemaVersion") return SCHEMA_VERSION;
  return fallback;
}

/**
 * The prefilled rows of a register, in the order they stand in a new sheet; `values` replaces
 * the default of a setting (the sample's settings), dates as serial numbers.
 */
export function prefillRows(
  spec: SheetSpec,
  edition: Edition,
  values: Readonly<Record<string, unknown>> = {},
): PrefillRow[] {
  switch (spec.prefill) {
    case "clauses":
      return clausesWithSteps().map(({ clause, step }) => ({
        key: clause.id,
        fields: { clause: clause.id, title: clause.title, step, status: NOT_STARTED },
      }));
    case "controls":
      return controlsOf(edition).map((c) => ({
        key: c.id,
        fields: { control: c.id, theme: c.group, title: c.title },
      }));
    case "settings":
      return SETTINGS.map((s) => {
        const given = values[s.key];
        let value: CellValue = settingValue(s.key, s.default, edition);
        if (s.key !== "schemaVersion" && (typeof given === "string" || typeof given === "number")) {
          value = s.type === "date" && typeof given === "number" ? { date: given } : given;
        }
        return {
          key: headerKey(s.name),
          fields: { setting: s.name, value, notes: s.notes === "" ? null : s.notes },
        };
      });
    default:
      return [];
  }
}

/** The fields of a typed row that hold something: a blank never hides a prefilled value. */
function filled(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === "row" || v === null || v === undefined || v === "") continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Prefilled rows with typed rows laid over them by key (the sample's SoA over every control);
 * typed rows whose key is not prefilled follow at the end.
 */
export function overlay(
  spec: SheetSpec,
  rows: readonly PrefillRow[],
  typed: readonly object[],
): Record<string, unknown>[] {
  const keyOf = (row: object) =>
    cellText((row as Record<string, unknown>)[spec.keyColumn] as RawCell);
  const byKey = new Map(typed.map((r) => [keyOf(r), r] as const));
  const out: Record<string, unknown>[] = rows.map((p) => {
    const over = byKey.get(p.key);
    byKey.delete(p.key);
    return over ? { ...p.fields, ...filled(over) } : { ...p.fields };
  });
  for (const r of byKey.values()) out.push({ ...(r as Record<string, unknown>) });
  return out;
}
