/**
 * Fixes: the cell changes of the fixable findings, and the plan that writes them. Fixing
 * touches only the cells the findings name, one value per cell.
 */
import { parseA1 } from "../model/address";
import type { CellChange, Finding } from "../model/finding";
import type { CellBlock, NumberFormat, SheetPlan, WorkbookPlan } from "../plan/types";
import { DATE_FORMAT } from "../schema/types";

/** Row and column of an A1 address for sorting; addresses that do not parse sort last. */
function position(cell: string): [number, number] {
  try {
    const { row, col } = parseA1(cell);
    return [row, col];
  } catch {
    return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  }
}

/**
 * The changes of the fixable findings: one per cell (where two findings change the same cell,
 * the later finding wins), ordered by sheet as first met, then row, then column.
 */
export function fixesOf(findings: readonly Finding[]): CellChange[] {
  const byCell = new Map<string, CellChange>();
  const sheetOrder = new Map<string, number>();
  for (const finding of findings) {
    if (!finding.fixable || !Array.isArray(finding.fix)) continue;
    for (const change of finding.fix) {
      if (!change || typeof change.sheet !== "string" || typeof change.cell !== "string") continue;
      if (change.cell === "") continue;
      if (!sheetOrder.has(change.sheet)) sheetOrder.set(change.sheet, sheetOrder.size);
      byCell.set(`${change.sheet}!${change.cell.toUpperCase()}`, change);
    }
  }
  const keyed = [...byCell.values()].map((change) => ({ change, at: position(change.cell) }));
  keyed.sort((a, b) =>
    (sheetOrder.get(a.change.sheet) as number) - (sheetOrder.get(b.change.sheet) as number) ||
    a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  return keyed.map((k) => k.change);
}

/** A cell change as a comparable key: where, what it writes and what the cell held. */
function keyOf(change: CellChange): string {
  const before = change.before === undefined ? null : change.before;
  return JSON.stringify([change.sheet, change.cell.toUpperCase(), change.value, before]);
}

/** True when two lists hold the same changes (sheet, cell, value and before), in any order. */
export function sameChanges(a: readonly CellChange[], b: readonly CellChange[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(keyOf).sort();
  const right = b.map(keyOf).sort();
  return left.every((k, i) => k === right[i]);
}

/** True for a change that writes a date, which also needs the date number format. */
function isDate(change: CellChange): boolean {
  const v = change.value;
  return typeof v === "object" && v !== null && "date" in v;
}

/**
 * The plan that applies changes: one sheet plan per sheet (in the order of the changes), each
 * change a one-cell block; dates also get the yyyy-mm-dd number format.
 */
export function fixPlan(changes: readonly CellChange[]): WorkbookPlan {
  const sheets = new Map<string, { blocks: CellBlock[]; formats: NumberFormat[] }>();
  for (const change of changes) {
    let sheet = sheets.get(change.sheet);
    if (!sheet) {
      sheet = { blocks: [], formats: [] };
      sheets.set(change.sheet, sheet);
    }
    sheet.blocks.push({ address: change.cell, cells: [[change.value]] });
    if (isDate(change)) sheet.formats.push({ range: change.cell, format: DATE_FORMAT });
  }
  const plans: SheetPlan[] = [];
  for (const [name, { blocks, formats }] of sheets) {
    plans.push({
      name, create: false, blocks, ...(formats.length > 0 ? { numberFormats: formats } : {}),
    });
  }
  return { sheets: plans };
}
