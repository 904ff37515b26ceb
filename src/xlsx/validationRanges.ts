/**
 * Dropdowns folded back into ranges before a workbook is written. ExcelJS reads a dropdown's
 * range into one entry per cell, and its own folding on write sorts the addresses as text (C10
 * before C2), so a column's dropdown comes out as two overlapping ranges, which Excel repairs.
 * Folding here first, by column and row as numbers, leaves ExcelJS only whole ranges to write.
 */
import type { DataValidation, Worksheet } from "exceljs";
import { a1, parseA1 } from "../core/model/address";
import { internals } from "./internals";

type Model = Record<string, DataValidation | undefined>;

/** Runs of consecutive rows, as [first, last] pairs, from rows in any order. */
function runsOf(rows: number[]): [number, number][] {
  rows.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else if (!last || row > last[1]) runs.push([row, row]);
  }
  return runs;
}

/** The rectangles covering one dropdown's cells: runs of rows, joined across equal columns. */
function rectanglesOf(cells: Map<number, number[]>): string[] {
  const out: string[] = [];
  let open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const columns = [...cells.keys()].sort((a, b) => a - b);
  let previous = Number.NaN;
  const close = (box: { top: number; bottom: number; left: number; right: number }) => {
    const first = a1(box.top, box.left);
    const last = a1(box.bottom, box.right);
    out.push(first === last ? first : `${first}:${last}`);
  };
  for (const col of columns) {
    const next = new Map<string, { top: number; bottom: number; left: number; right: number }>();
    for (const [top, bottom] of runsOf(cells.get(col) as number[])) {
      const key = `${top}:${bottom}`;
      const box = col === previous + 1 ? open.get(key) : undefined;
      if (box) {
        box.right = col;
        open.delete(key);
        next.set(key, box);
      } else {
        next.set(key, { top, bottom, left: col, right: col });
      }
    }
    for (const box of open.values()) close(box);
    open = next;
    previous = col;
  }
  for (const box of open.values()) close(box);
  return out;
}

/** Replaces a sheet's per-cell dropdown entries by the fewest whole ranges that cover them. */
export function foldValidations(ws: Worksheet): void {
  const model: Model = internals(ws).dataValidations.model;
  const groups = new Map<string, { validation: DataValidation; cells: Map<number, number[]> }>();
  const folded: Model = {};
  for (const [address, validation] of Object.entries(model)) {
    if (validation === undefined) continue;
    let at: { row: number; col: number } | null = null;
    try {
      at = address.includes(":") ? null : parseA1(address);
    } catch {
      at = null;
    }
    if (at === null) {
      folded[address] = validation;
      continue;
    }
    const key = JSON.stringify(validation);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { validation, cells: new Map() }));
    const rows = group.cells.get(at.col);
    if (rows) rows.push(at.row);
    else group.cells.set(at.col, [at.row]);
  }
  for (const { validation, cells } of groups.values()) {
    for (const range of rectanglesOf(cells)) folded[range] = validation;
  }
  for (const address of Object.keys(model)) delete model[address];
  Object.assign(model, folded);
}
