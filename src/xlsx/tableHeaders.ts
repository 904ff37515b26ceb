/**
 * ExcelJS reads a table as headerless unless its file says headerRowCount="1", but Excel leaves
 * that attribute out (one header row is the default), so such a table would be written back as
 * headerless and Excel would repair the file. This reads the real counts from the file's parts.
 */
import JSZip from "jszip";
import type { Workbook } from "exceljs";
import { tablesOf } from "./tables";

/** Table name (lower case) -> whether its file declares a header row. */
async function headerRowsIn(buffer: Uint8Array): Promise<Map<string, boolean>> {
  const zip = await JSZip.loadAsync(buffer);
  const found = new Map<string, boolean>();
  const parts = Object.keys(zip.files).filter((name) => /^xl\/tables\/[^/]+\.xml$/i.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)?.async("string");
    const open = xml ? /<(?:\w+:)?table\b[^>]*>/.exec(xml) : null;
    if (!open) continue;
    const table = /\bname="([^"]*)"/.exec(open[0]);
    const count = /\bheaderRowCount="(\d+)"/.exec(open[0]);
    if (table) found.set(table[1].toLowerCase(), count === null || count[1] !== "0");
  }
  return found;
}

/**
 * Sets each loaded table's header flag to what its file really says, and gives a table with no
 * style information (LibreOffice writes such tables) an empty one, which ExcelJS needs to write
 * it back and which still names no style.
 */
export async function restoreTableHeaders(wb: Workbook, buffer: Uint8Array): Promise<void> {
  const hasTables = wb.worksheets.some((ws) => tablesOf(ws).length > 0);
  if (!hasTables) return;
  const headers = await headerRowsIn(buffer);
  for (const ws of wb.worksheets) {
    for (const table of tablesOf(ws)) {
      const header = headers.get(table.name.toLowerCase());
      if (header !== undefined) table.headerRow = header;
      if (!table.style) table.style = {};
    }
  }
}
