/**
 * A read-only, streaming read of the register sheets, for `arm validate` on big files: the
 * table definitions come straight from the zip, and only the register sheets' rows are kept,
 * which costs a fraction of building ExcelJS's whole workbook model.
 */
import { Readable } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReadRequest } from "../core/gateway";
import type { RawSheet, RawWorkbook } from "../core/model/grid";
import { readTarget, registerTargets, type SheetOutline } from "./readRegisters";
import type { TableModel } from "./tables";

type Attributes = Record<string, string>;

/** Text of an XML attribute value with its entities resolved. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The attributes of every element named `tag` (any namespace prefix) in a part. */
function elements(xml: string, tag: string): Attributes[] {
  const found: Attributes[] = [];
  const pattern = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, "g");
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    const attributes: Attributes = {};
    const attr = /([\w:]+)\s*=\s*"([^"]*)"/g;
    for (let a = attr.exec(m[1]); a !== null; a = attr.exec(m[1])) {
      attributes[a[1]] = decodeXml(a[2]);
    }
    found.push(attributes);
  }
  return found;
}

/** A part path from a relationship target, relative to the folder of the part that names it. */
function resolvePart(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/** The relationships of a part: id -> target part path. */
async function relationsOf(zip: JSZip, part: string): Promise<Map<string, string>> {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, slash);
  const xml = await text(zip, `${folder}/_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, string>();
  for (const rel of xml ? elements(xml, "Relationship") : []) {
    if (rel.Id && rel.Target && rel.TargetMode !== "External") {
      out.set(rel.Id, resolvePart(folder, rel.Target));
    }
  }
  return out;
}

/** A table part as the reader needs it. */
function tableOf(xml: string): TableModel | null {
  const [t] = elements(xml, "table");
  if (!t || !t.name || !t.ref) return null;
  return {
    name: t.name,
    tableRef: t.ref,
    headerRow: t.headerRowCount !== "0",
    totalsRow: t.totalsRowCount !== undefined && t.totalsRowCount !== "0",
    columns: [],
  };
}

/**
 * The sheets in tab order with their tables, from the workbook's parts.
 * @throws Error when the zip holds no workbook part.
 */
async function outlineOf(zip: JSZip): Promise<PartOutline[]> {
  const book = await text(zip, "xl/workbook.xml");
  if (book === null) throw new Error("The zip holds no workbook part.");
  const bookRels = await relationsOf(zip, "xl/workbook.xml");
  const outlines: PartOutline[] = [];
  for (const sheet of elements(book, "sheet")) {
    const id = Object.entries(sheet).find(([k]) => k.endsWith(":id"))?.[1];
    const part = id ? bookRels.get(id) : undefined;
    const tables: TableModel[] = [];
    if (part) {
      for (const target of (await relationsOf(zip, part)).values()) {
        if (!/^xl\/tables\/[^/]+\.xml$/i.test(target)) continue;
        const xml = await text(zip, target);
        const table = xml ? tableOf(xml) : null;
        if (table) tables.push(table);
      }
    }
    outlines.push({ name: sheet.name ?? "", tables, part });
  }
  // A workbook always has a sheet: none means a workbook part this read cannot follow.
  if (outlines.length === 0) throw new Error("The workbook part names no sheet.");
  return outlines;
}

/** A sheet's outline with the zip part that holds its cells. */
interface PartOutline extends SheetOutline {
  readonly part: string | undefined;
}

/**
 * Makes sure the parts a streaming read takes are whole: every entry's checksum (a damaged
 * entry can leave the streaming reader waiting forever), and each register sheet's XML closed.
 * @throws Error when something is damaged; the full load then words it for the person.
 */
async function checkWhole(bytes: Uint8Array, parts: readonly (string | undefined)[]) {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  for (const part of parts) {
    const file = part ? zip.file(part) : null;
    if (!file) throw new Error(`The sheet part ${part ?? "(unnamed)"} is missing.`);
    const data = await file.async("uint8array");
    const tail = Buffer.from(data.subarray(Math.max(0, data.length - 64))).toString("latin1");
    if (!/<\/(?:\w+:)?worksheet>\s*$/.test(tail)) throw new Error(`${part} stops short.`);
  }
}

/** ExcelJS's streaming reader turns a formula's cached error (#DIV/0! ...) into NaN. */
function hasUnnamedError(sheet: RawSheet): boolean {
  for (const row of sheet.values) {
    for (const cell of row) if (typeof cell === "number" && Number.isNaN(cell)) return true;
  }
  return false;
}

/**
 * Reads the register sheets (or those requested) of an .xlsx file's bytes by streaming.
 * @throws Error when the bytes are not a workbook this read can follow, are damaged, or hold a
 * formula error it cannot name; the caller then falls back to the full load, which reads them
 * exactly or says what is wrong.
 */
export async function streamRegisters(
  bytes: Uint8Array,
  request?: ReadRequest,
  source?: string,
): Promise<RawWorkbook> {
  const outlines = await outlineOf(await JSZip.loadAsync(bytes));
  const sheetNames = outlines.map((o) => o.name);
  const targets = registerTargets(outlines, request);
  if (targets.length === 0) return { sheetNames, sheets: [], source };

  await checkWhole(bytes, targets.map((t) => outlines[t.index].part));

  const wanted = new Set(targets.map((t) => outlines[t.index].name));
  const rowsBySheet = new Map<string, { rows: Map<number, ExcelJS.Row>; last: number }>();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    const keep = wanted.has(name) && !rowsBySheet.has(name);
    const rows = new Map<number, ExcelJS.Row>();
    let last = 0;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      if (!keep) continue;
      rows.set(row.number, row);
      if (row.number > last) last = row.number;
    }
    if (keep) rowsBySheet.set(name, { rows, last });
  }

  const sheets = targets.map((t) => {
    const name = outlines[t.index].name;
    const found = rowsBySheet.get(name);
    if (!found) throw new Error(`Sheet ${name} was not found in the stream.`);
    const source = { findRow: (r: number) => found.rows.get(r), rowCount: found.last };
    return readTarget(name, t.table, source);
  });
  if (sheets.some(hasUnnamedError)) {
    throw new Error("A formula error cannot be named by the streaming read.");
  }
  return { sheetNames, sheets, source };
}
