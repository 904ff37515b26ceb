/**
 * The presentation parts of a sheet plan: widths, number formats, frozen header, dropdowns,
 * conditional formats, print setup, styles and tab colour. Each is idempotent: applying the
 * same plan twice leaves one dropdown and one rule per range, not two.
 */
import type { Alignment, Fill, Font, Worksheet } from "exceljs";
import type {
  ConditionalFormat, ListValidation, PrintSetup, SheetPlan, StylePlan,
} from "../core/plan/types";
import { a1 } from "../core/model/address";
import { argbOf, eachCellOf } from "./cells";
import { internals } from "./internals";

/** A list source as Excel stores it: one quoted, comma-separated string. */
function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

/** Excel refuses a list source longer than this, and repairs (drops) the dropdown. */
const MAX_LIST_SOURCE = 255;

/** Replaces the dropdowns over a range; a loaded sheet holds them cell by cell. */
function applyValidation(ws: Worksheet, v: ListValidation): void {
  const validations = internals(ws).dataValidations;
  const model = validations.model;
  if (Object.keys(model).length > 0) {
    eachCellOf(v.range, (r, c) => {
      delete model[a1(r, c - 1)];
    });
    delete model[v.range];
  }
  validations.add(v.range, {
    type: "list",
    allowBlank: true,
    formulae: [listFormula(v.values)],
    showErrorMessage: false,
  });
}

/** The ExcelJS rule of one conditional format. */
function ruleOf(cf: ConditionalFormat): Record<string, unknown> {
  switch (cf.kind) {
    case "dataBar":
      return {
        type: "dataBar",
        cfvo: cf.bounds
          ? [{ type: "num", value: cf.bounds[0] }, { type: "num", value: cf.bounds[1] }]
          : [{ type: "min" }, { type: "max" }],
        color: argbOf(cf.color),
        gradient: true,
      };
    case "colorScale":
      return {
        type: "colorScale",
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: cf.colors.map((c) => argbOf(c)),
      };
    case "textEquals": {
      const fill = argbOf(cf.fill);
      const font = cf.font ? argbOf(cf.font) : undefined;
      return {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${cf.text.replace(/"/g, '""')}"`],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: fill, fgColor: fill },
          ...(font ? { font: { color: font } } : {}),
        },
      };
    }
  }
}

/** Adds a conditional format, first dropping any rule of the same kind over the same range. */
function applyConditional(ws: Worksheet, cf: ConditionalFormat): void {
  const rule = ruleOf(cf);
  const list = internals(ws).conditionalFormattings;
  const sameText = (r: Record<string, unknown>) =>
    cf.kind !== "textEquals" || JSON.stringify(r.formulae) === JSON.stringify(rule.formulae);
  for (const entry of list) {
    if (entry.ref !== cf.range) continue;
    entry.rules = entry.rules.filter((r) => !(r.type === rule.type && sameText(r)));
  }
  const kept = list.filter((entry) => entry.rules.length > 0);
  list.length = 0;
  list.push(...kept);
  // Each rule its own priority, after those already on the sheet, as Excel numbers them.
  let priority = 0;
  for (const entry of list) {
    for (const r of entry.rules) priority = Math.max(priority, Number(r.priority) || 0);
  }
  const rules = [{ ...rule, priority: priority + 1 }];
  ws.addConditionalFormatting({ ref: cf.range, rules } as never);
}

/** Landscape, fit to one page wide, header rows repeated on each page. */
function applyPrint(ws: Worksheet, print: PrintSetup): void {
  if (print.landscape) ws.pageSetup.orientation = "landscape";
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.repeatRows) ws.pageSetup.printTitlesRow = print.repeatRows.replace(/\$/g, "");
}

/** Bold, size, colours, wrap and alignment over a range, keeping the rest of each style. */
function applyStyle(ws: Worksheet, style: StylePlan): void {
  const fontColor = style.fontColor ? argbOf(style.fontColor) : undefined;
  const fill = style.fill ? argbOf(style.fill) : undefined;
  eachCellOf(style.range, (r, c) => {
    const cell = ws.getRow(r).getCell(c);
    if (style.bold !== undefined || style.fontSize !== undefined || fontColor) {
      const font: Partial<Font> = { ...cell.font };
      if (style.bold !== undefined) font.bold = style.bold;
      if (style.fontSize !== undefined) font.size = style.fontSize;
      if (fontColor) font.color = fontColor;
      cell.font = font;
    }
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: fill } as Fill;
    if (style.wrap !== undefined || style.horizontal) {
      const alignment: Partial<Alignment> = { ...cell.alignment };
      if (style.wrap !== undefined) alignment.wrapText = style.wrap;
      if (style.horizontal) alignment.horizontal = style.horizontal;
      cell.alignment = alignment;
    }
  });
}

/**
 * Applies every presentation part of a sheet plan; returns phrases saying what it did, and adds
 * to `skipped` what it could not do.
 */
export function applyFormats(ws: Worksheet, plan: SheetPlan, skipped: string[]): string[] {
  const done: string[] = [];
  for (const w of plan.widths ?? []) ws.getColumn(w.column).width = w.width;
  for (const f of plan.numberFormats ?? []) {
    eachCellOf(f.range, (r, c) => {
      ws.getRow(r).getCell(c).numFmt = f.format;
    });
  }
  if (plan.freezeRows !== undefined) {
    const view = ws.views?.[0] ?? {};
    const frozen = plan.freezeRows > 0;
    ws.views = [
      {
        ...view,
        state: frozen ? "frozen" : "normal",
        xSplit: 0,
        ySplit: plan.freezeRows,
        topLeftCell: frozen ? a1(plan.freezeRows + 1, 0) : undefined,
      } as Worksheet["views"][number],
    ];
  }
  let dropdowns = 0;
  for (const v of plan.validations ?? []) {
    if (listFormula(v.values).length - 2 > MAX_LIST_SOURCE) {
      skipped.push(
        `${ws.name}: no dropdown over ${v.range}: its list is longer than the ` +
          `${MAX_LIST_SOURCE} characters Excel allows.`,
      );
      continue;
    }
    applyValidation(ws, v);
    dropdowns++;
  }
  if (dropdowns > 0) done.push(`set ${dropdowns} dropdown${dropdowns === 1 ? "" : "s"}`);
  for (const cf of plan.conditionalFormats ?? []) applyConditional(ws, cf);
  if (plan.print) applyPrint(ws, plan.print);
  for (const style of plan.styles ?? []) applyStyle(ws, style);
  if (plan.tabColor) {
    const tab = argbOf(plan.tabColor);
    if (tab) ws.properties.tabColor = tab;
  }
  return done;
}
