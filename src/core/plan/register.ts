/**
 * The plan of one register sheet. A missing sheet is created whole; an existing one keeps every
 * row, value and user column, and gets only what is missing: schema columns at the table's right
 * end, prefilled rows it does not list yet, the schema version, dropdowns and date formats.
 */
import { STANDARD_NAMES, type Edition } from "../catalogue";
import { renameTables } from "./tableNames";
import { a1, rangeA1 } from "../model/address";
import type { CellValue } from "../model/finding";
import type { RawCell } from "../model/grid";
import { cellText, headerKey, isBlank } from "../read/text";
import { SETTINGS } from "../schema/settings";
import { SCHEMA_VERSION } from "../schema/sheets";
import { DATE_FORMAT, type ColumnSpec, type SheetSpec } from "../schema/types";
import { cellOf, headerRow } from "../write";
import { CellWrites } from "./blocks";
import { MARGIN_ROWS, columnFormats, columnWidths, type ListSettings } from "./formats";
import { cellAt, headerMatches, isBlankSheet, type RegisterLayout } from "./layout";
import { matchKey, overlay, prefillRows } from "./prefill";
import type { ListValidation, NumberFormat, SheetPlan } from "./types";

/** The table style of every register: banded rows, readable in light and dark themes. */
export const TABLE_STYLE = "TableStyleMedium2";

/** Print setup of a register: landscape, one page wide, the header row on every page. */
const PRINT = { landscape: true, fitToWidth: true, repeatRows: "$1:$1" } as const;

/** What a register's plan depends on besides its sheet. */
export interface RegisterContext extends ListSettings {
  readonly edition: Edition;
  /** Typed rows to fill the register with when it is empty (the sample), or null. */
  readonly sampleRows: readonly object[] | null;
  /** The sample's setting values by setting key, used when the Settings sheet is created. */
  readonly sampleSettings: Readonly<Record<string, unknown>> | null;
}

/** A register's plan, with sentences for the command's outcome. */
export interface RegisterResult {
  readonly plan: SheetPlan | null;
  readonly notes: readonly string[];
}

/** A field of a row as its cell: values already in cell form ({date}) pass through. */
function fieldCell(column: ColumnSpec, value: unknown): CellValue {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    if ("date" in value || "formula" in value) return value as CellValue;
  }
  return cellOf(column, value);
}

/** The rows a created or empty register is filled with: prefill, sample, or both. */
function fillRows(spec: SheetSpec, ctx: RegisterContext): Record<string, unknown>[] {
  const prefill = prefillRows(spec, ctx.edition, ctx.sampleSettings ?? {});
  if (spec.prefill === "settings") return prefill.map((p) => ({ ...p.fields }));
  if (ctx.sampleRows) return overlay(spec, prefill, ctx.sampleRows);
  return prefill.map((p) => ({ ...p.fields }));
}

/**
 * The dropdowns and date formats of single Value cells of a new Settings table: the Standard,
 * the risk scale, and the dates of ARM step 2 (rows from 2, in the order of `rows`).
 */
function settingCellFormats(rows: readonly Record<string, unknown>[], valueCol: number) {
  const validations: ListValidation[] = [];
  const numberFormats: NumberFormat[] = [];
  rows.forEach((row, i) => {
    const setting = SETTINGS.find((s) => s.name === row.setting);
    const cell = a1(i + 2, valueCol);
    if (setting?.type === "standard") {
      validations.push({ range: cell, values: [STANDARD_NAMES["2022"], STANDARD_NAMES["2013"]] });
    } else if (setting?.allowed) {
      validations.push({ range: cell, values: setting.allowed.map(String) });
    } else if (setting?.type === "date") {
      numberFormats.push({ range: cell, format: DATE_FORMAT });
    }
  });
  return { validations, numberFormats };
}

/** The plan of a register written whole from A1: on a new sheet, or on a blank one. */
export function wholeSheet(
  spec: SheetSpec,
  name: string,
  create: boolean,
  position: number | undefined,
  ctx: RegisterContext,
): SheetPlan {
  const rows = fillRows(spec, ctx);
  const grid: CellValue[][] = [headerRow(spec)];
  for (const row of rows) grid.push(spec.columns.map((c) => fieldCell(c, row[c.key])));
  // A table needs one body row; its formula cells make Excel treat the column as calculated.
  if (rows.length === 0) grid.push(spec.columns.map((c) => fieldCell(c, null)));
  const bottom = grid.length;
  const at = new Map(spec.columns.map((c, j) => [c.key, j] as const));
  const formats = columnFormats(spec, at, 2, bottom + MARGIN_ROWS, ctx);
  if (spec.prefill === "settings") {
    const cells = settingCellFormats(rows, at.get("value") as number);
    formats.validations.push(...cells.validations);
    formats.numberFormats.push(...cells.numberFormats);
  }
  return {
    name, create, ...(position === undefined ? {} : { position }),
    blocks: [{ address: "A1", cells: grid }],
    table: {
      name: spec.table, range: rangeA1(1, 0, bottom, spec.columns.length - 1), create: true,
      style: TABLE_STYLE,
    },
    widths: columnWidths(spec, at), freezeRows: 1, ...formats, print: PRINT,
  };
}

/** The sentence for a sheet with data, no table and a header row a table cannot stand on. */
function unmatchedNote(spec: SheetSpec, name: string): string {
  const key = spec.columns.find((c) => c.key === spec.keyColumn)?.header ?? "";
  return (
    `Sheet ${name} holds data but no table, and its first row is not a header row the ` +
    `${spec.table} table can stand on, so it was left as it is: give every used column of ` +
    `that row a distinct header, including "${key}", and run create or upgrade again.`
  );
}

/** The rows a register lacks: prefilled rows not listed yet, or the sample when it is empty. */
function missingRows(layout: RegisterLayout, ctx: RegisterContext): Record<string, unknown>[] {
  const { spec } = layout;
  const empty = layout.lastFilled === layout.top;
  if (!spec.prefill) return empty && ctx.sampleRows ? ctx.sampleRows.map((r) => ({ ...r })) : [];
  const match = matchKey(spec, ctx.edition);
  const keyCol = layout.columns.get(spec.keyColumn);
  const seen = new Set<string>();
  if (keyCol !== undefined) {
    for (let r = layout.top + 1; r <= layout.lastFilled; r++) {
      seen.add(match(cellAt(layout, r, keyCol)));
    }
  }
  const rows = empty
    ? fillRows(spec, ctx)
    : prefillRows(spec, ctx.edition).map((p) => ({ ...p.fields }));
  return rows.filter((r) => !seen.has(match(r[spec.keyColumn] as RawCell)));
}

/** The Settings row holding the schema version, if the sheet lists it. */
function versionRow(layout: RegisterLayout): number | null {
  const col = layout.columns.get("setting");
  if (col === undefined) return null;
  const wanted = headerKey("Schema version");
  for (let r = layout.top + 1; r <= layout.lastFilled; r++) {
    if (headerKey(cellText(cellAt(layout, r, col))) === wanted) return r;
  }
  return null;
}

/**
 * The first cell (A1) holding a value where the table would grow to reach `bottom` and `right`,
 * outside its present range; null when the ground is clear or the read did not bring it.
 */
function heldAround(layout: RegisterLayout, bottom: number, right: number): string | null {
  const around = layout.sheet.around;
  if (!around) return null;
  const oldRight = layout.left + layout.width - 1;
  for (let r = layout.top; r <= bottom; r++) {
    const from = r > layout.bottom ? layout.left : oldRight + 1;
    const line = around.values[r - around.origin.row];
    if (!Array.isArray(line)) continue;
    for (let c = from; c <= right; c++) {
      if (!isBlank(line[c - around.origin.col])) return a1(r, c);
    }
  }
  return null;
}

/**
 * The plan of an existing register sheet: what it lacks, added without touching a cell that
 * holds a value. Null when nothing is missing.
 */
export function upgradeSheet(layout: RegisterLayout, ctx: RegisterContext): RegisterResult {
  const { spec, sheet } = layout;
  const notes: string[] = [];
  if (!sheet.table) {
    if (isBlankSheet(sheet)) {
      return { plan: wholeSheet(spec, sheet.name, false, undefined, ctx), notes };
    }
    if (!headerMatches(layout)) return { plan: null, notes: [unmatchedNote(spec, sheet.name)] };
  }

  const writes = new CellWrites();
  const renamed = sheet.table && sheet.table.name !== spec.table ?
      new Map([[spec.table, sheet.table.name]])
    : new Map<string, string>();
  const put = (row: number, col: number, value: CellValue) => {
    if (value === null || !isBlank(cellAt(layout, row, col))) return;
    const live = typeof value === "object" && "formula" in value;
    writes.set(row, col, live ? { formula: renameTables(value.formula, renamed) } : value);
  };
  const at = new Map(layout.columns);
  const added: ColumnSpec[] = [];
  let next = layout.left + layout.width;
  for (const column of spec.columns) {
    if (at.has(column.key)) continue;
    at.set(column.key, next);
    put(layout.top, next++, column.header);
    added.push(column);
  }

  const rows = missingRows(layout, ctx);
  const first = layout.lastFilled + 1;
  rows.forEach((row, i) => {
    for (const column of spec.columns) {
      put(first + i, at.get(column.key) as number, fieldCell(column, row[column.key]));
    }
  });
  const bottom = Math.max(layout.bottom, first + rows.length - 1, layout.top + 1);
  for (const column of added) {
    if (column.type !== "formula") continue;
    const col = at.get(column.key) as number;
    for (let r = layout.top + 1; r <= bottom; r++) {
      if (!writes.has(r, col)) put(r, col, fieldCell(column, null));
    }
  }
  if (spec.key === "settings") {
    const row = versionRow(layout);
    const col = at.get("value") as number;
    if (row !== null && cellText(cellAt(layout, row, col)).trim() !== SCHEMA_VERSION) {
      writes.set(row, col, SCHEMA_VERSION);
      notes.push(`Recorded schema version ${SCHEMA_VERSION} in Settings.`);
    }
  }

  const right = next - 1;
  const tableChanged =
    !sheet.table || right !== layout.left + layout.width - 1 || bottom !== layout.bottom;
  if (writes.size === 0 && !tableChanged) return { plan: null, notes };
  const held = sheet.table ? heldAround(layout, bottom, right) : null;
  if (held !== null) {
    notes.push(
      `${sheet.name}: left as it is, since ${held} next to the ${sheet.table?.name} table holds ` +
        "your data where the table must grow. Move that data, then create or upgrade again.",
    );
    return { plan: null, notes };
  }

  if (!sheet.table) {
    notes.push(
      `Sheet ${sheet.name} held data but no table: created the ${spec.table} table over it.`,
    );
  }
  if (added.length > 0) {
    const names = added.map((c) => c.header).join(", ");
    notes.push(`Added to ${sheet.name} the missing column${added.length > 1 ? "s" : ""} ${names}.`);
  }
  if (rows.length > 0) {
    notes.push(`Added ${rows.length} row${rows.length > 1 ? "s" : ""} to ${sheet.name}.`);
  }

  const formats = columnFormats(spec, at, layout.top + 1, bottom + MARGIN_ROWS, ctx);
  const plan: SheetPlan = {
    name: sheet.name, create: false, blocks: writes.blocks(),
    table: {
      name: sheet.table?.name ?? spec.table, range: rangeA1(layout.top, layout.left, bottom, right),
      create: !sheet.table, style: TABLE_STYLE,
    },
    widths: columnWidths(spec, at, new Set(added.map((c) => c.key))),
    ...(sheet.table ? {} : { freezeRows: layout.top }),
    ...formats,
  };
  return { plan, notes };
}
