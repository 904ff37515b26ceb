/**
 * Damage that ExcelJS loads past without a word: a sheet the workbook lists whose part is gone
 * (it would be dropped from the workbook and from every file written after), a table whose
 * range is not a range, a table part that is gone, and text parts cut short.
 */
import JSZip from "jszip";
import { parseRange } from "../core/model/address";
import {
  WORKBOOK_PART, elements, isType, partText, relationshipsOf, sheetEntries,
} from "./packageXml";

/** Excel's last row and column (0-based column index). */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_383;

/** True when a table's ref is a cell range Excel can hold ("A1:C9"). */
export function isTableRange(ref: string): boolean {
  try {
    const { start, end } = parseRange(ref);
    return [start, end].every((c) => c.row >= 1 && c.row <= MAX_ROW && c.col <= MAX_COL);
  } catch {
    return false;
  }
}

/** What the person can do about a damaged file. */
const REPAIR = "use an intact copy, or open it in Excel and let Excel repair it";

/** The root element of each text part whose end is checked, by relationship type. */
const TEXT_ROOTS: Readonly<Record<string, string>> = { sharedStrings: "sst", styles: "styleSheet" };

/** True when a part's text (or its last bytes) ends with the closing tag of its root element. */
export function closesWith(xml: string, root: string): boolean {
  return new RegExp(`</(?:\\w+:)?${root}>\\s*$`).test(xml.slice(-64));
}

/**
 * Why a workbook's zip is damaged, in one line naming the file, the sheet or table and what to
 * do; null when none of this damage is found (or the zip holds no workbook part at all, which
 * the caller words). With `texts`, the shared strings and styles are read to their end too.
 */
export async function packageDamage(
  zip: JSZip,
  name: string,
  texts = false,
): Promise<string | null> {
  const sheets = await sheetEntries(zip);
  if (sheets === null) return null;
  for (const sheet of sheets) {
    if (!sheet.part || !zip.file(sheet.part)) {
      const what = `the part holding its sheet "${sheet.name}" is missing`;
      return `${name} is damaged: ${what}: ${REPAIR}.`;
    }
    for (const rel of await relationshipsOf(zip, sheet.part)) {
      if (!isType(rel, "table")) continue;
      const xml = await partText(zip, rel.part);
      const table = xml === null ? undefined : elements(xml, "table")[0];
      if (!table) {
        return `${name} is damaged: a table on sheet "${sheet.name}" is missing its part ` +
          `(${rel.part}): ${REPAIR}.`;
      }
      const ref = table.ref ?? "";
      if (!isTableRange(ref)) {
        return `${name} is damaged: table ${table.name ?? "(unnamed)"} on sheet "${sheet.name}" ` +
          `has the range "${ref}", which is not a cell range: ${REPAIR}.`;
      }
    }
  }
  if (!texts) return null;
  for (const rel of await relationshipsOf(zip, WORKBOOK_PART)) {
    const root = Object.entries(TEXT_ROOTS).find(([kind]) => isType(rel, kind))?.[1];
    const xml = root ? await partText(zip, rel.part) : null;
    if (root && xml !== null && !closesWith(xml, root)) {
      return `${name} is damaged: its part ${rel.part} is cut short: ${REPAIR}.`;
    }
  }
  return null;
}
