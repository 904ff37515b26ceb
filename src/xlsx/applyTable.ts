/**
 * Tables: created over a range already filled with its header and body, or widened to new
 * columns. ExcelJS writes a table's cells itself when it creates one, and never re-reads them,
 * so the executor declares the table over the header only, then sets the full range itself.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { TablePlan } from "../core/plan/types";
import { parseRange, rangeA1 } from "../core/model/address";
import { rawOf } from "./cellValue";
import { findTable, tablesOf, type TableModel } from "./tables";

type Theme = NonNullable<Parameters<Worksheet["addTable"]>[0]["style"]>["theme"];

/** The header texts of a range's first row; an empty header becomes "ColumnN" as in Excel. */
function headersOf(ws: Worksheet, range: string): string[] {
  const { start, end } = parseRange(range);
  const row = ws.getRow(start.row);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = start.col; c <= end.col; c++) {
    const raw = rawOf(row.findCell(c + 1));
    let name = raw === null || raw === undefined ? "" : String(raw).trim();
    if (name === "" || seen.has(name.toLowerCase())) {
      let n = c - start.col + 1;
      while (seen.has(`column${n}`)) n++;
      name = `Column${n}`;
      row.getCell(c + 1).value = name;
    }
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** True when two ranges share a cell. */
function overlaps(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return (
    x.start.row <= y.end.row && y.start.row <= x.end.row &&
    x.start.col <= y.end.col && y.start.col <= x.end.col
  );
}

/** Creates a table over a filled range; reports why when it cannot. */
function createTable(wb: Workbook, ws: Worksheet, plan: TablePlan, done: string[]): string | null {
  const clash = findTable(wb, plan.name);
  if (clash) {
    if (clash.ws === ws) return widenTable(ws, clash.table, plan, done);
    return `Table ${plan.name} was not created: that name is taken on sheet ${clash.ws.name}.`;
  }
  const { start, end } = parseRange(plan.range);
  const overlapping = tablesOf(ws).find((t) => overlaps(t.tableRef, plan.range));
  // Two tables may not share a cell: the one already there is the register's table.
  if (overlapping) return widenTable(ws, overlapping, plan, done);
  const columns = headersOf(ws, plan.range).map((name) => ({ name, filterButton: true }));
  const header = rangeA1(start.row, start.col, start.row, end.col);
  const table = ws.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: header.split(":")[0],
    headerRow: true,
    totalsRow: false,
    style: { theme: plan.style as Theme, showRowStripes: true },
    columns,
    rows: [],
  }) as unknown as { table: TableModel };
  const range = rangeA1(start.row, start.col, Math.max(end.row, start.row + 1), end.col);
  table.table.tableRef = range;
  table.table.autoFilterRef = range;
  done.push(`created table ${plan.name} over ${range}`);
  return null;
}

/** Widens an existing table to the plan's range, keeping its columns' settings by name. */
function widenTable(ws: Worksheet, table: TableModel, plan: TablePlan, done: string[]): null {
  if (table.tableRef === plan.range) return null;
  const names = headersOf(ws, plan.range);
  const byName = new Map(table.columns.map((col) => [col.name.toLowerCase(), col]));
  table.columns = names.map((name) => {
    const kept = byName.get(name.toLowerCase());
    return kept ? { ...kept, name } : { name, filterButton: true };
  });
  const { start, end } = parseRange(plan.range);
  const bottom = Math.max(end.row, start.row + 1);
  table.tableRef = rangeA1(start.row, start.col, bottom + (table.totalsRow ? 1 : 0), end.col);
  if (table.autoFilterRef !== undefined || table.headerRow) {
    table.autoFilterRef = rangeA1(start.row, start.col, bottom, end.col);
  }
  done.push(`widened table ${table.name} to ${table.tableRef}`);
  return null;
}

/** Creates or widens the plan's table, adding what it did to `done`; says why when it cannot. */
export function applyTable(
  wb: Workbook,
  ws: Worksheet,
  plan: TablePlan,
  done: string[],
): string | null {
  const existing = findTable(wb, plan.name);
  if (existing && existing.ws === ws) return widenTable(ws, existing.table, plan, done);
  return createTable(wb, ws, plan, done);
}
