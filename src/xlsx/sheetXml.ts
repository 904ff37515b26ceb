/**
 * A direct read of a worksheet part's cells, for `arm validate` on big files: one pass of
 * regular expressions over the sheet's XML and the shared strings, several times quicker than
 * ExcelJS's streaming reader. It hands the cells over in the shape ExcelJS gives, so the same
 * code turns them into raw grids. Anything it is not sure of (a namespace prefix, a cell type
 * it does not know) throws, and the caller reads the file the slower way instead.
 */
import type { Cell, Row } from "exceljs";
import { BOOLEAN, ERROR, FORMULA, NUMBER, STRING } from "./cellValue";
import { decodeXml } from "./packageXml";
import type { RowSource } from "./readRegisters";


/** A cell as rawOf reads it: its type and value, or a formula's cached result. */
interface LiteCell {
  readonly type: number;
  readonly value?: unknown;
  readonly result?: unknown;
}

/** Text of an element's content, entities resolved. */
function textOf(xml: string): string {
  return xml.includes("&") ? decodeXml(xml) : xml;
}

/** The text of every <t> in a string item or inline string, phonetic runs left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  const t = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let m = t.exec(plain); m !== null; m = t.exec(plain)) text += textOf(m[1] ?? "");
  return text;
}

/**
 * The shared strings of a workbook, in order.
 * @throws Error when the part uses a namespace prefix this read does not follow.
 */
export function sharedStringsOf(xml: string): string[] {
  if (/<\w+:si\b/.test(xml)) throw new Error("Shared strings with a namespace prefix.");
  const out: string[] = [];
  const si = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = si.exec(xml); m !== null; m = si.exec(xml)) out.push(runsText(m[1] ?? ""));
  return out;
}

/** 1-based column of a cell reference's letters ("AB12" -> 28), or 0. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** One row's cells by 1-based column, as ExcelJS's Row hands them to rawOf. */
class LiteRow {
  readonly cells: (LiteCell | undefined)[] = [];

  get cellCount(): number {
    return Math.max(0, this.cells.length - 1);
  }

  findCell(col: number): Cell | undefined {
    return this.cells[col] as unknown as Cell | undefined;
  }
}

/** The value of a cell from its type attribute and its <v>, <is> and <f> contents. */
function cellOf(type: string, inner: string, strings: readonly string[]): LiteCell | undefined {
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner);
  const raw = v ? textOf(v[1]) : null;
  let value: unknown;
  switch (type) {
    case "":
    case "n":
      value = raw === null ? null : Number(raw);
      break;
    case "s": {
      const s = raw === null ? undefined : strings[Number(raw)];
      if (s === undefined) throw new Error("A shared string index is out of range.");
      value = s;
      break;
    }
    case "str":
      value = raw ?? "";
      break;
    case "inlineStr": {
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
      value = is ? runsText(is[1]) : "";
      break;
    }
    case "b":
      value = raw === "1" || raw === "true";
      break;
    case "e":
      value = { error: raw ?? "#VALUE!" };
      break;
    default:
      throw new Error(`A cell of type ${type} is not read directly.`);
  }
  if (inner.includes("<f")) return { type: FORMULA, result: raw === null ? undefined : value };
  if (value === null) return undefined;
  if (typeof value === "number") return { type: NUMBER, value };
  if (typeof value === "boolean") return { type: BOOLEAN, value };
  if (typeof value === "string") return { type: STRING, value };
  return { type: ERROR, value };
}

/**
 * The rows of a worksheet part.
 * @throws Error when the part is not one this read follows (see the file comment).
 */
export function sheetRowsOf(xml: string, strings: readonly string[]): RowSource {
  if (/<\w+:(?:worksheet|sheetData|row|c)\b/.test(xml)) {
    throw new Error("A worksheet with a namespace prefix.");
  }
  const rows = new Map<number, LiteRow>();
  let last = 0;
  const start = xml.indexOf("<sheetData");
  if (start < 0) return { findRow: () => undefined, rowCount: 0 };
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  rowPattern.lastIndex = start;
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let previousRow = 0;
  for (let m = rowPattern.exec(xml); m !== null; m = rowPattern.exec(xml)) {
    const r = /\br=["'](\d+)["']/.exec(m[1]);
    const number = r ? Number(r[1]) : previousRow + 1;
    previousRow = number;
    const body = m[2];
    if (!body) continue;
    const row = new LiteRow();
    let previousCol = 0;
    cellPattern.lastIndex = 0;
    for (let c = cellPattern.exec(body); c !== null; c = cellPattern.exec(body)) {
      const attrs = c[1];
      const ref = /\br=["']([A-Z]+)\d*["']/.exec(attrs);
      const col = ref ? columnOf(ref[1]) : previousCol + 1;
      previousCol = col;
      const type = /\bt=["'](\w*)["']/.exec(attrs)?.[1] ?? "";
      const cell = cellOf(type, c[2] ?? "", strings);
      if (cell !== undefined) row.cells[col] = cell;
    }
    rows.set(number, row);
    if (number > last) last = number;
  }
  return { findRow: (n) => rows.get(n) as unknown as Row | undefined, rowCount: last };
}
