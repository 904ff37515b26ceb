/** Reading one register: columns found by header, body rows typed, user columns kept aside. */
import { a1 } from "../model/address";
import type { Finding } from "../model/finding";
import type { RawCell, RawSheet } from "../model/grid";
import type { ExtraColumn, Register } from "../model/isms";
import type { ColumnSpec, SheetSpec } from "../schema/types";
import { columnReader, type ReaderLists } from "./cells";
import { rowFactory, type FieldPlan } from "./rowFactory";
import { cellText, headerKey, isBlank, shortened, trimmed } from "./text";

/** A register whose sheet was not found: nothing present, every column missing. */
export function absentRegister<T>(spec: SheetSpec): Register<T> {
  return {
    spec, present: false, sheet: spec.sheet, table: null, headerRow: 1, columns: {},
    missing: spec.columns.map((c) => c.key), extras: [], rows: [], bodyRows: 0,
  };
}

/** The value a field takes when its column is missing from the sheet. */
function blankOf(col: ColumnSpec): FieldPlan["blank"] {
  switch (col.type) {
    case "refs":
    case "choices":
      return "list";
    case "date":
    case "integer":
    case "formula":
      return null;
    default:
      return col.key === "value" ? null : "";
  }
}

/** Where values[0][0] stands on the sheet; A1 unless the executor says otherwise. */
function originOf(sheet: RawSheet): { row: number; col: number } {
  const row = sheet.origin?.row;
  const col = sheet.origin?.col;
  return {
    row: Number.isInteger(row) && (row as number) >= 1 ? (row as number) : 1,
    col: Number.isInteger(col) && (col as number) >= 0 ? (col as number) : 0,
  };
}

interface Header {
  readonly found: Map<string, number>;
  readonly extras: { header: string; at: number; values: RawCell[] }[];
}

/** Matches the header row to the schema; duplicates of a schema column are reported. */
function matchHeader(spec: SheetSpec, sheet: RawSheet, sink: Finding[]): Header {
  const byHeader = new Map<string, ColumnSpec>();
  for (const c of spec.columns) byHeader.set(headerKey(c.header), c);
  const { row, col: col0 } = originOf(sheet);
  const found = new Map<string, number>();
  const extras: Header["extras"] = [];
  const first0 = Array.isArray(sheet.values) ? sheet.values[0] : undefined;
  const cells: readonly RawCell[] = Array.isArray(first0) ? first0 : [];
  for (let j = 0; j < cells.length; j++) {
    const text = cellText(cells[j]);
    const column = byHeader.get(headerKey(text));
    if (column === undefined) {
      extras.push({ header: trimmed(text), at: j, values: [] });
      continue;
    }
    const first = found.get(column.key);
    if (first === undefined) {
      found.set(column.key, j);
      continue;
    }
    const cell = a1(row, col0 + j);
    sink.push({
      rule: "structure/duplicate-column", severity: "warning", step: spec.step,
      sheet: sheet.name, cell, id: "", column: column.header, fixable: false,
      message:
        `${shortened(sheet.name)} has a second "${column.header}" column in ${cell}: only the ` +
        `first, in ${a1(row, col0 + first)}, is read. Remove or rename the second.`,
    });
  }
  return { found, extras };
}

/** True when none of the first `width` cells of a row holds anything. */
function blankRow(cells: readonly RawCell[], width: number): boolean {
  const n = Math.min(width, cells.length);
  for (let j = 0; j < n; j++) if (!isBlank(cells[j])) return false;
  return true;
}

/**
 * Reads a register from its raw sheet: findings about unreadable cells go to `sink`.
 * Never throws on the sheet's content.
 */
export function readRegister<T>(
  spec: SheetSpec,
  sheet: RawSheet,
  sink: Finding[],
  lists: ReaderLists,
): Register<T> {
  const values: readonly (readonly RawCell[])[] = Array.isArray(sheet.values) ? sheet.values : [];
  const { row: row0, col: col0 } = originOf(sheet);
  const { found, extras } = matchHeader(spec, sheet, sink);

  const columns: Record<string, number> = {};
  const missing: string[] = [];
  const plan: FieldPlan[] = [];
  let keyPlan: FieldPlan | null = null;
  for (const c of spec.columns) {
    const at = found.get(c.key) ?? -1;
    if (at < 0) missing.push(c.key);
    else columns[c.key] = col0 + at;
    const site = {
      register: spec.key, sheet: sheet.name, step: spec.step, header: c.header, col: col0 + at,
      sink, table: sheet.table?.name ?? null,
    };
    const read = at < 0 ? null : columnReader(c, site, lists);
    const isKey = c.key === spec.keyColumn;
    const field = { key: c.key, at, read, blank: blankOf(c), isKey };
    if (field.isKey) keyPlan = field;
    plan.push(field);
  }

  const make = rowFactory(spec.key, plan);
  const width = Array.isArray(values[0]) ? values[0].length : 0;
  const rows: T[] = [];
  for (let i = 1; i < values.length; i++) {
    const cells: readonly RawCell[] = Array.isArray(values[i]) ? values[i] : [];
    for (let e = 0; e < extras.length; e++) extras[e].values.push(cells[extras[e].at]);
    if (blankRow(cells, width)) continue;
    const sheetRow = row0 + i;
    let id = "";
    if (keyPlan !== null && keyPlan.read !== null) {
      id = keyPlan.read(cells[keyPlan.at], sheetRow, "") as string;
    }
    const typed = make(cells, sheetRow, id);
    rows.push(typed as T);
  }

  const kept: ExtraColumn[] = extras.map((x) => ({
    header: x.header, col: col0 + x.at, values: x.values,
  }));
  return {
    spec, present: true, sheet: sheet.name, table: sheet.table?.name ?? null, headerRow: row0,
    columns, missing, extras: kept, rows, bodyRows: Math.max(0, values.length - 1),
  };
}
