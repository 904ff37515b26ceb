/**
 * What both executors must agree on for one sheet, read the same way from the in-memory Excel
 * and from an ExcelJS workbook: tables, cells (value or formula, number format), dropdowns,
 * conditional formats with their colours and bounds, column widths, frozen rows, tab colour,
 * the styles of the plan's styled ranges and the print setup. Colours are compared as RRGGBB.
 */
import type { Cell, Worksheet } from "exceljs";
import { columnLetter, parseRange } from "../../src/core/model/address";
import { pointsOfWidth } from "../../src/office/steps";
import { serialOfDateTime } from "../../src/xlsx/cellValue";
import { internals } from "../../src/xlsx/internals";
import { tablesOf } from "../../src/xlsx/tables";
import { parseBox, type SheetState } from "../support/fakeExcel";

/** The styles the plan can set on a cell, as both executors keep them. */
interface CellStyle {
  bold?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
}

/** One sheet as both executors must leave it. */
export interface Snapshot {
  tables: { name: string; ref: string }[];
  cells: Record<string, { value: unknown; format: string }>;
  dropdowns: Record<string, string[]>;
  conditional: string[];
  widths: Record<string, number>;
  frozenRows: number;
  tabColor: string;
  styles: Record<string, CellStyle>;
  print: { landscape: boolean; fitToWidth: boolean; repeatRows: string };
}

/** The cells and styled cells to look at on a sheet: A1 ranges. */
export interface Looked {
  readonly cells: readonly string[];
  readonly styled: readonly string[];
}

/** "#c00000", "C00000" or "FFC00000" as "C00000"; "" for none. */
export function rgb(color: unknown): string {
  if (typeof color !== "string") return "";
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex;
}

type Visit = (row: number, col: number, key: string) => void;

function eachCell(ranges: readonly string[], visit: Visit) {
  for (const range of ranges) {
    const { start, end } = parseRange(range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) visit(r, c, `${columnLetter(c)}${r}`);
    }
  }
}

/** Drops the properties a cell does not have, so both sides compare alike. */
function defined(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined && v !== ""));
}

function xlsxCellValue(cell: Cell): unknown {
  const v = cell.value as unknown;
  if (v instanceof Date) return serialOfDateTime(v);
  if (v && typeof v === "object" && "formula" in v) return `=${(v as { formula: string }).formula}`;
  if (v && typeof v === "object" && "richText" in v) {
    return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
  }
  return v ?? "";
}

function xlsxRule(ref: string, rule: Record<string, unknown>): string {
  const colors = (rule.color instanceof Array ? rule.color : [rule.color])
    .map((c) => rgb((c as { argb?: string } | undefined)?.argb)).join(",");
  const cfvo = ((rule.cfvo ?? []) as { type: string; value?: number }[])
    .map((v) => (v.type === "num" ? String(v.value) : v.type)).join(",");
  if (rule.type === "dataBar") return `dataBar ${ref} ${colors} ${cfvo}`;
  if (rule.type === "colorScale") return `colorScale ${ref} ${colors}`;
  const style = rule.style as { fill?: { fgColor?: { argb?: string } };
    font?: { color?: { argb?: string } } } | undefined;
  const text = String((rule.formulae as string[] | undefined)?.[0] ?? "");
  return `textEquals ${ref} ${text} ${rgb(style?.fill?.fgColor?.argb)} ` +
    rgb(style?.font?.color?.argb);
}

/** The sheet as the xlsx executor left it. */
export function xlsxSnapshot(ws: Worksheet, looked: Looked): Snapshot {
  const cells: Snapshot["cells"] = {};
  eachCell(looked.cells, (r, c, key) => {
    const cell = ws.getRow(r).getCell(c + 1);
    cells[key] = { value: xlsxCellValue(cell), format: cell.numFmt || "General" };
  });
  const dropdowns: Snapshot["dropdowns"] = {};
  for (const [ref, rule] of Object.entries(internals(ws).dataValidations.model)) {
    const source = String(rule?.formulae?.[0] ?? "").replace(/^"|"$/g, "");
    dropdowns[ref] = source.split(",");
  }
  const widths: Snapshot["widths"] = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) widths[columnLetter(c - 1)] = width;
  }
  const styles: Snapshot["styles"] = {};
  eachCell(looked.styled, (r, c, key) => {
    const cell = ws.getRow(r).getCell(c + 1);
    const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
    styles[key] = defined({
      bold: cell.font?.bold, size: cell.font?.size, fontColor: rgb(cell.font?.color?.argb),
      fill: rgb(fill?.fgColor?.argb), wrap: cell.alignment?.wrapText,
      horizontal: cell.alignment?.horizontal,
    });
  });
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  const page = ws.pageSetup;
  return {
    tables: tablesOf(ws).map((t) => ({ name: t.name, ref: t.tableRef })),
    cells,
    dropdowns,
    conditional: internals(ws).conditionalFormattings
      .flatMap((e) => e.rules.map((rule) => xlsxRule(e.ref, rule))).sort(),
    widths,
    frozenRows: view?.state === "frozen" ? view.ySplit ?? 0 : 0,
    tabColor: rgb(ws.properties.tabColor?.argb),
    styles,
    print: {
      landscape: page.orientation === "landscape",
      fitToWidth: page.fitToPage === true && page.fitToWidth === 1 && page.fitToHeight === 0,
      repeatRows: page.printTitlesRow ?? "",
    },
  };
}

/** The width in characters a width in points was set from (the inverse of pointsOfWidth). */
function charsOf(points: number): number {
  for (let chars = 0; chars <= 255; chars += 0.25) {
    if (pointsOfWidth(chars) === points) return chars;
  }
  return NaN;
}

function fakeRule(f: SheetState["conditionalFormats"][number]): string {
  if (f.type === "DataBar") {
    const bound = (b?: Excel.ConditionalDataBarRule, none?: string) =>
      b?.type === "Number" ? String(Number(b.formula)) : none;
    const bounds = [bound(f.dataBar.lowerBoundRule, "min"), bound(f.dataBar.upperBoundRule, "max")];
    return `dataBar ${f.address} ${rgb(f.dataBar.fillColor)} ${bounds.join(",")}`;
  }
  if (f.type === "ColorScale") {
    const c = f.colorScale.criteria;
    const colors = [c?.minimum.color, c?.midpoint?.color, c?.maximum.color].map(rgb).join(",");
    return `colorScale ${f.address} ${colors}`;
  }
  const text = String(f.cellValue.rule?.formula1 ?? "").replace(/^=/, "");
  return `textEquals ${f.address} ${text} ${rgb(f.cellValue.fill)} ${rgb(f.cellValue.font)}`;
}

const STYLE_OF: Readonly<Record<string, keyof CellStyle>> = {
  "font.bold": "bold", "font.size": "size", "font.color": "fontColor", "fill.color": "fill",
  wrapText: "wrap", horizontalAlignment: "horizontal",
};

/** The sheet as the Office.js executor left it in the in-memory Excel. */
export function fakeSnapshot(sheet: SheetState, tables: Snapshot["tables"], looked: Looked) {
  const cells: Snapshot["cells"] = {};
  eachCell(looked.cells, (r, c, key) => {
    const cell = sheet.cell(r - 1, c);
    const value = cell?.formula ?? cell?.value ?? "";
    cells[key] = { value, format: cell?.numberFormat ?? "General" };
  });
  const dropdowns: Snapshot["dropdowns"] = {};
  for (const v of sheet.validations) dropdowns[v.address] = String(v.rule.list?.source).split(",");
  const widths: Snapshot["widths"] = {};
  for (const [col, points] of sheet.columnWidths) widths[columnLetter(col)] = charsOf(points);
  const styles: Snapshot["styles"] = {};
  eachCell(looked.styled, (r, c, key) => {
    const style: Record<string, unknown> = {};
    for (const f of sheet.formats) {
      const box = parseBox(f.address, "");
      const inside = box.r1 <= r - 1 && r - 1 <= box.r2 && box.c1 <= c && c <= box.c2;
      const name = STYLE_OF[f.property];
      if (inside && name) style[name] = f.value;
    }
    if (typeof style.fontColor === "string") style.fontColor = rgb(style.fontColor);
    if (typeof style.fill === "string") style.fill = rgb(style.fill);
    if (typeof style.horizontal === "string") style.horizontal = style.horizontal.toLowerCase();
    styles[key] = defined(style as CellStyle);
  });
  const page = sheet.pageLayout;
  return {
    tables,
    cells,
    dropdowns,
    conditional: sheet.conditionalFormats.map(fakeRule).sort(),
    widths,
    frozenRows: sheet.frozenRows,
    tabColor: rgb(sheet.tabColor),
    styles,
    print: {
      landscape: page.orientation === "Landscape",
      fitToWidth: page.zoom?.horizontalFitToPages === 1 && page.zoom.verticalFitToPages === 0,
      repeatRows: page.printTitleRows?.replace(/\$/g, "") ?? "",
    },
  };
}
