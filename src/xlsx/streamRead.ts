/**
 * A read-only read of the register sheets, for `arm validate` on big files: the table
 * definitions and the sheets' cells come straight from the zip (sheetXml.ts), with ExcelJS's
 * streaming reader where that direct read does not follow a file; only the register sheets are
 * read, which costs a fraction of building ExcelJS's whole workbook model.
 */
import { Readable } from "stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReadRequest } from "../core/gateway";
import type { RawSheet, RawWorkbook } from "../core/model/grid";
import { closesWith, isTableRange } from "./packageDamage";
import {
  WORKBOOK_PART, elements, isType, partText, relationshipsOf, sheetEntries,
} from "./packageXml";
import {
  readTarget, registerTargets, type RegisterTarget, type SheetOutline,
} from "./readRegisters";
import { sharedStringsOf, sheetRowsOf } from "./sheetXml";
import type { TableModel } from "./tables";

/**
 * A table part as the reader needs it.
 * @throws Error when its range is not one; the full load then names the table.
 */
function tableOf(xml: string): TableModel | null {
  const [t] = elements(xml, "table");
  if (!t || !t.name || !t.ref) return null;
  if (!isTableRange(t.ref)) throw new Error(`Table ${t.name} has no range.`);
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
 * @throws Error when the zip holds no workbook part, or a sheet's part is missing.
 */
async function outlineOf(zip: JSZip): Promise<PartOutline[]> {
  const entries = await sheetEntries(zip);
  if (entries === null) throw new Error("The zip holds no workbook part.");
  const outlines: PartOutline[] = [];
  for (const { name, part } of entries) {
    // A sheet whose part is missing would be read as absent: the full load says it is damaged.
    if (!part || !zip.file(part)) throw new Error(`The part of sheet ${name} is missing.`);
    const tables: TableModel[] = [];
    for (const rel of await relationshipsOf(zip, part)) {
      if (!isType(rel, "table")) continue;
      const xml = await partText(zip, rel.part);
      const table = xml ? tableOf(xml) : null;
      if (table) tables.push(table);
    }
    outlines.push({ name, tables, part });
  }
  // A workbook always has a sheet: none means a workbook part this read cannot follow.
  if (outlines.length === 0) throw new Error("The workbook part names no sheet.");
  return outlines;
}

/** A sheet's outline with the zip part that holds its cells. */
interface PartOutline extends SheetOutline {
  readonly part: string | undefined;
}

/** True when a part's text ends with the closing tag of its root element. */
async function endsClosed(file: JSZip.JSZipObject, root: string): Promise<boolean> {
  const data = await file.async("uint8array");
  const tail = Buffer.from(data.subarray(Math.max(0, data.length - 64))).toString("latin1");
  return closesWith(tail, root);
}

/**
 * Makes sure the parts a streaming read takes are whole (every entry's checksum was verified
 * when the zip was opened: a damaged entry can leave the streaming reader waiting forever):
 * each register sheet's XML closed, and the shared strings and styles closed (cut short, the
 * streaming reader would read the cells that point past their end as blank or wrong, where the
 * full load fails).
 * @throws Error when something is damaged; the full load then words it for the person.
 */
async function checkWhole(zip: JSZip, parts: readonly (string | undefined)[]): Promise<void> {
  for (const part of parts) {
    const file = part ? zip.file(part) : null;
    if (!file) throw new Error(`The sheet part ${part ?? "(unnamed)"} is missing.`);
    if (!(await endsClosed(file, "worksheet"))) throw new Error(`${part} stops short.`);
  }
  for (const rel of await relationshipsOf(zip, WORKBOOK_PART)) {
    const root = isType(rel, "sharedStrings") ? "sst" : isType(rel, "styles") ? "styleSheet" : "";
    const file = root ? zip.file(rel.part) : null;
    if (file && !(await endsClosed(file, root))) throw new Error(`${rel.part} stops short.`);
  }
}

/**
 * The register sheets read straight from their XML (see sheetXml.ts), or null where that read
 * does not follow the file and ExcelJS's streaming reader must.
 */
async function readDirect(
  zip: JSZip, outlines: readonly PartOutline[], targets: readonly RegisterTarget[],
): Promise<RawSheet[] | null> {
  try {
    let strings: string[] = [];
    for (const rel of await relationshipsOf(zip, WORKBOOK_PART)) {
      if (!isType(rel, "sharedStrings")) continue;
      const xml = await partText(zip, rel.part);
      if (xml !== null) strings = sharedStringsOf(xml);
    }
    const sheets: RawSheet[] = [];
    for (const t of targets) {
      const { name, part } = outlines[t.index];
      const xml = part ? await partText(zip, part) : null;
      if (xml === null) return null;
      sheets.push(readTarget(name, t.table, sheetRowsOf(xml, strings)));
    }
    return sheets;
  } catch {
    return null;
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
  // One opening of the zip, its checksums verified, serves the outline, the checks and the read.
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const outlines = await outlineOf(zip);
  const sheetNames = outlines.map((o) => o.name);
  const targets = registerTargets(outlines, request);
  if (targets.length === 0) return { sheetNames, sheets: [], source };

  await checkWhole(zip, targets.map((t) => outlines[t.index].part));
  const direct = await readDirect(zip, outlines, targets);
  if (direct !== null) return { sheetNames, sheets: direct, source };

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
