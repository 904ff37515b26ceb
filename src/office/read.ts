/**
 * Reads the register sheets inside Excel in one sync: every sheet's name, and for each register
 * its sheet (by name), the table of its name and the sheet's used range, queued together and
 * sent at once. The table's cells are cut out of the used range, so no cell travels twice.
 */
import type { ReadRequest } from "../core/gateway";
import { parseRange } from "../core/model/address";
import type { RawCell, RawSheet, RawWorkbook } from "../core/model/grid";
import { DASHBOARD_SHEET, REGISTERS } from "../core/schema/sheets";
import { excelErrorCode } from "./errors";

/** What the read learnt that a later write of the same command needs. */
export interface ReadMemo {
  /** Sheets found protected, by lower-case name. */
  readonly protectedSheets: ReadonlySet<string>;
  /** Chart names on each sheet read, by lower-case sheet name (the Dashboard's). */
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

interface Probe {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table | null;
  readonly tableRange: Excel.Range | null;
  /** Every table on the sheet, to find a register table the user renamed. */
  readonly tables: Excel.TableCollection;
  readonly used: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
}

/**
 * The sheets and, for each, the tables known to exist (lower-case names), or null when the
 * read relies on null objects to find out.
 */
type Present = ReadonlyMap<string, ReadonlySet<string>> | null;

/** Queues the loads of one register: nothing is read until the batch's sync. */
function probe(
  sheets: Excel.WorksheetCollection,
  spec: { readonly sheet: string; readonly table: string },
  present: Present,
): Probe | null {
  const known = present?.get(spec.sheet.toLowerCase());
  if (present && !known) return null;
  const sheet = present ? sheets.getItem(spec.sheet) : sheets.getItemOrNullObject(spec.sheet);
  sheet.load("name");
  let table: Excel.Table | null = null;
  if (!present) table = sheet.tables.getItemOrNullObject(spec.table);
  else if (known?.has(spec.table.toLowerCase())) table = sheet.tables.getItem(spec.table);
  table?.load("name");
  const tableRange = table ? table.getRange() : null;
  tableRange?.load("address");
  const tables = sheet.tables;
  tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("values, rowIndex, columnIndex");
  const protection = sheet.protection;
  protection.load("protected");
  return { sheet, table, tableRange, used, protection, tables };
}

/** A table found on a register's sheet under another name than the register's. */
interface Renamed {
  readonly name: string;
  readonly range: Excel.Range;
}

/**
 * For a register sheet whose table was not found by its name but which holds a table, queues
 * the load of that table's address (the first table on the sheet). Null where not needed.
 */
function renamedTable(p: Probe): Renamed | null {
  if (p.sheet.isNullObject || (p.table && !p.table.isNullObject)) return null;
  const first = p.tables.items[0];
  if (!first) return null;
  const range = p.tables.getItem(first.name).getRange();
  range.load("address");
  return { name: first.name, range };
}

/** The cells of rows r1..r2, columns c1..c2 (0-based, sheet coordinates) of a used range. */
function cut(
  values: readonly (readonly RawCell[])[],
  top: number,
  left: number,
  box: { r1: number; c1: number; r2: number; c2: number },
): RawCell[][] {
  const out: RawCell[][] = [];
  for (let r = box.r1; r <= box.r2; r++) {
    const row = values[r - top];
    const line: RawCell[] = [];
    for (let c = box.c1; c <= box.c2; c++) line.push(row?.[c - left] ?? null);
    out.push(line);
  }
  return out;
}

/** The raw sheet of one probed register, or null when its sheet is missing. */
function rawSheetOf(p: Probe, renamed: Renamed | null, around: boolean): RawSheet | null {
  if (p.sheet.isNullObject) return null;
  const name = p.sheet.name;
  if (p.used.isNullObject) return { name, table: null, values: [] };
  const values = p.used.values as RawCell[][];
  const top = p.used.rowIndex;
  const left = p.used.columnIndex;
  const found = p.table && p.tableRange && !p.table.isNullObject ?
      { name: p.table.name, range: p.tableRange }
    : renamed;
  if (!found) return { name, table: null, values, origin: { row: top + 1, col: left } };
  const address = found.range.address.slice(found.range.address.lastIndexOf("!") + 1);
  const { start, end } = parseRange(address);
  const box = { r1: start.row - 1, c1: start.col, r2: end.row - 1, c2: end.col };
  return {
    name,
    table: { name: found.name, address },
    values: cut(values, top, left, box),
    origin: { row: start.row, col: start.col },
    // Already loaded with the table: what the user keeps around it, for create/upgrade.
    ...(around ? { around: { origin: { row: top + 1, col: left }, values } } : {}),
  };
}

type Spec = (typeof REGISTERS)[number];

/** Queues every load of the read, syncs once, and builds the raw workbook. */
async function readBatch(
  context: Excel.RequestContext,
  specs: readonly Spec[],
  present: Present,
  around: boolean,
): Promise<{ raw: RawWorkbook; memo: ReadMemo }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const probes = specs.map((spec) => probe(sheets, spec, present));
  const dashboardKey = DASHBOARD_SHEET.toLowerCase();
  const dashboard = !present ? sheets.getItemOrNullObject(DASHBOARD_SHEET)
    : present.has(dashboardKey) ? sheets.getItem(DASHBOARD_SHEET) : null;
  const charts = dashboard?.charts;
  charts?.load("items/name");
  const dashboardProtection = dashboard?.protection;
  dashboardProtection?.load("protected");
  // A1 tells the product's Dashboard from a sheet of the user's that bears the name.
  const dashboardA1 = dashboard?.getRange("A1");
  dashboardA1?.load("values");
  await context.sync();

  // A register table renamed by the user costs one more sync, in that case only.
  const renamed = probes.map((p) => (p ? renamedTable(p) : null));
  if (renamed.some((r) => r !== null)) await context.sync();

  const raw: RawSheet[] = [];
  const protectedSheets = new Set<string>();
  for (const [i, p] of probes.entries()) {
    const sheet = p && rawSheetOf(p, renamed[i], around);
    if (!p || !sheet) continue;
    raw.push(sheet);
    if (p.protection.protected) protectedSheets.add(sheet.name.toLowerCase());
  }
  const chartNames = new Map<string, string[]>();
  let dashboardTitle: RawCell;
  if (dashboard && charts && !dashboard.isNullObject) {
    chartNames.set(dashboardKey, charts.items.map((c) => c.name));
    if (dashboardProtection?.protected) protectedSheets.add(dashboardKey);
    const a1 = dashboardA1?.values[0]?.[0] as RawCell;
    dashboardTitle = a1 === "" || a1 === undefined ? null : a1;
  }
  return {
    raw: { sheetNames: sheets.items.map((s) => s.name), sheets: raw,
      ...(dashboardTitle === undefined ? {} : { dashboardTitle }) },
    memo: { protectedSheets, charts: chartNames },
  };
}

/** Codes with which an Excel that will not navigate from a null object may refuse the read. */
const NAVIGATION_ERRORS = new Set([
  "ItemNotFound", "InvalidObjectPath", "InvalidArgument", "GeneralException",
]);

/**
 * Reads the registers (or those requested) in one Excel.run with one sync. Should Excel refuse
 * to navigate from a missing sheet or table (null objects), the read looks first at which
 * sheets and tables exist, then reads only those: three syncs instead of one, in that case only.
 * @throws OfficeExtension.Error when Excel refuses the read (described by describeExcelError).
 */
export async function readWorkbook(
  request?: ReadRequest,
): Promise<{ raw: RawWorkbook; memo: ReadMemo }> {
  const wanted = request?.sheets?.map((s) => s.toLowerCase());
  const specs = REGISTERS.filter((s) => !wanted || wanted.includes(s.sheet.toLowerCase()));
  const around = request?.around === true;
  try {
    return await Excel.run((context) => readBatch(context, specs, null, around));
  } catch (err) {
    if (!NAVIGATION_ERRORS.has(excelErrorCode(err))) throw err;
  }
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const lists = specs
      .filter((spec) => names.has(spec.sheet.toLowerCase()))
      .map((spec) => {
        const tables = sheets.getItem(spec.sheet).tables;
        tables.load("items/name");
        return [spec.sheet.toLowerCase(), tables] as const;
      });
    await context.sync();
    const present = new Map<string, ReadonlySet<string>>(lists.map(([sheet, tables]) =>
      [sheet, new Set(tables.items.map((t) => t.name.toLowerCase()))]));
    const dashboard = DASHBOARD_SHEET.toLowerCase();
    if (names.has(dashboard)) present.set(dashboard, new Set());
    return readBatch(context, specs, present, around);
  });
}
