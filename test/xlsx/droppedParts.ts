/**
 * Test helpers: what Excel, Microsoft Purview and LibreOffice put in a workbook that ExcelJS
 * drops on writing, added to a zip as those programs write it.
 */
import JSZip from "jszip";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

/** The custom properties Microsoft Purview writes for a sensitivity label. */
export const CUSTOM_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" ' +
  'name="MSIP_Label_5a1b2c3d-0000-4000-8000-000000000001_Enabled"><vt:lpwstr>true</vt:lpwstr>' +
  '</property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" ' +
  'name="MSIP_Label_5a1b2c3d-0000-4000-8000-000000000001_Name"><vt:lpwstr>Confidential' +
  "</vt:lpwstr></property></Properties>";

export const CUSTOM_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";

/** A zip's part as text. */
export async function textOf(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is not in the zip`);
  return file.async("string");
}

/** Adds docProps/custom.xml with its content type and package relationship. */
export async function addCustomProperties(zip: JSZip): Promise<void> {
  zip.file("docProps/custom.xml", CUSTOM_XML);
  const types = await textOf(zip, "[Content_Types].xml");
  const type = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
  zip.file("[Content_Types].xml", types.replace("</Types>",
    `<Override PartName="/docProps/custom.xml" ContentType="${type}"/></Types>`));
  const rels = await textOf(zip, "_rels/.rels");
  const rel = `<Relationship Id="rId9" Type="${CUSTOM_TYPE}" Target="docProps/custom.xml"/>`;
  zip.file("_rels/.rels", rels.replace("</Relationships>", `${rel}</Relationships>`));
}

/** The structure protection Excel writes (Review > Protect Workbook, no password). */
export const PROTECTION = '<workbookProtection lockStructure="1"/>';

/** Excel's "read-only recommended" setting (File > Save As > Tools > General Options). */
export const SHARING = '<fileSharing readOnlyRecommended="1"/>';

/** Protects the workbook's structure and recommends opening it read-only. */
export async function protectWorkbook(zip: JSZip): Promise<void> {
  const book = await textOf(zip, "xl/workbook.xml");
  zip.file("xl/workbook.xml", book
    .replace(/(<fileVersion\b[^>]*\/>)/, `$1${SHARING}`)
    .replace(/(<workbookPr\b[^>]*\/>)/, `$1${PROTECTION}`));
}

/** A cross-sheet dropdown over `sqref`, as Excel writes it (in the sheet's x14 extension). */
export function dropdownExt(sqrefs: readonly string[]): string {
  const rules = sqrefs.map((sqref) =>
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
      "<x14:formula1><xm:f>Lists!$A$1:$A$2</xm:f></x14:formula1>" +
      `<xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`).join("");
  return `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}">` +
    `<x14:dataValidations count="${sqrefs.length}" xmlns:xm="${XM}">${rules}` +
    "</x14:dataValidations></ext>";
}

/** A sparkline in `cell` over Lists!B1:B2, as Excel writes it. */
export function sparklineExt(cell: string): string {
  return `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}">` +
    `<x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap">` +
    '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline>' +
    `<xm:f>Lists!B1:B2</xm:f><xm:sqref>${cell}</xm:sqref></x14:sparkline></x14:sparklines>` +
    "</x14:sparklineGroup></x14:sparklineGroups></ext>";
}

/** The zip part holding a sheet, by the sheet's name. */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const book = await textOf(zip, "xl/workbook.xml");
  const rels = await textOf(zip, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(book)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Adds Excel extensions at the end of a sheet's XML. */
export async function addSheetExtensions(zip: JSZip, sheet: string, exts: string): Promise<void> {
  const part = await sheetPart(zip, sheet);
  const xml = await textOf(zip, part);
  zip.file(part, xml.includes("</extLst></worksheet>")
    ? xml.replace("</extLst></worksheet>", `${exts}</extLst></worksheet>`)
    : xml.replace("</worksheet>", `<extLst>${exts}</extLst></worksheet>`));
}
