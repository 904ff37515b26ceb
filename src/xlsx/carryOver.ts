/**
 * Putting back what ExcelJS drops when it rewrites a workbook, after it has written it: package
 * parts such as the custom document properties (docProps/custom.xml, which hold sensitivity
 * labels and LibreOffice's own properties), the workbook's structure protection and sharing
 * settings, and each sheet's Excel extensions (cross-sheet dropdowns, sparklines).
 */
import JSZip from "jszip";
import { extensionsOf, withExtensions } from "./sheetExtensions";
import { WORKBOOK_PART, partText, relationshipsOf, sheetEntries } from "./packageXml";

/** A rewrite that would lose or defeat something of the original; the message is one line. */
export class CarryOverRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CarryOverRefusal";
  }
}

/** Package parts ExcelJS writes itself, or that would be stale (the preview picture). */
const WRITTEN_BY_EXCELJS = [
  "/officeDocument", "/core-properties", "/extended-properties", "/thumbnail",
];

const CONTENT_TYPES = "[Content_Types].xml";
const ROOT_RELS = "_rels/.rels";

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** A relationship id not yet used in a relationships part. */
function freshId(rels: string): string {
  const used = new Set([...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The content types with the original's entry for a part added, when they lack one. */
function withContentType(types: string, original: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  const overrides = (xml: string) =>
    [...xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].map((m) => m[0]);
  const partOf = (tag: string) => (/\bPartName="([^"]*)"/.exec(tag)?.[1] ?? "").toLowerCase();
  if (overrides(types).some((tag) => partOf(tag) === name)) return types;
  const override = overrides(original).find((tag) => partOf(tag) === name);
  if (override) return types.replace(/<\/(\w+:)?Types>/, (end) => `${override}${end}`);
  const extension = name.slice(name.lastIndexOf(".") + 1);
  const defaults = (xml: string) =>
    [...xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)].map((m) => m[0]);
  const extensionOf = (tag: string) => (/\bExtension="([^"]*)"/.exec(tag)?.[1] ?? "").toLowerCase();
  if (defaults(types).some((tag) => extensionOf(tag) === extension)) return types;
  const fallback = defaults(original).find((tag) => extensionOf(tag) === extension);
  return fallback ? types.replace(/<\/(\w+:)?Types>/, (end) => `${fallback}${end}`) : types;
}

/** Copies the package-level parts ExcelJS dropped (custom.xml ...); true when it copied any. */
async function carryPackageParts(from: JSZip, to: JSZip): Promise<boolean> {
  const lost = (await relationshipsOf(from, "")).filter(
    (rel) => !WRITTEN_BY_EXCELJS.some((t) => rel.type.endsWith(t)) &&
      from.file(rel.part) !== null && to.file(rel.part) === null,
  );
  if (lost.length === 0) return false;
  let rels = (await partText(to, ROOT_RELS)) ?? "";
  let types = (await partText(to, CONTENT_TYPES)) ?? "";
  const originalTypes = (await partText(from, CONTENT_TYPES)) ?? "";
  for (const rel of lost) {
    to.file(rel.part, await from.file(rel.part)!.async("uint8array"));
    const entry = `<Relationship Id="${freshId(rels)}" Type="${escapeAttribute(rel.type)}" ` +
      `Target="${escapeAttribute(rel.part)}"/>`;
    rels = rels.replace(/<\/(\w+:)?Relationships>/, (end) => `${entry}${end}`);
    types = withContentType(types, originalTypes, rel.part);
  }
  to.file(ROOT_RELS, rels);
  to.file(CONTENT_TYPES, types);
  return true;
}

/** Workbook elements ExcelJS drops, each with the elements it must come before. */
const WORKBOOK_ELEMENTS: readonly { readonly tag: string; readonly before: readonly string[] }[] = [
  { tag: "fileSharing", before: ["workbookPr", "workbookProtection", "bookViews", "sheets"] },
  { tag: "workbookProtection", before: ["bookViews", "sheets"] },
];

/** An element of a part, whole, with its namespace prefix dropped (the main namespace). */
function elementOf(xml: string, tag: string): string | null {
  const pattern = new RegExp(
    `<([\\w.-]+:)?${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${tag}>)`,
  );
  const found = pattern.exec(xml);
  if (!found) return null;
  const prefix = found[1] ?? "";
  return prefix ? found[0].split(`<${prefix}`).join("<").split(`</${prefix}`).join("</") : found[0];
}

/**
 * Puts back the workbook's sharing settings and structure protection; true when it did.
 * @throws CarryOverRefusal when the structure is protected and the sheets changed.
 */
async function carryWorkbookSettings(from: JSZip, to: JSZip, name: string): Promise<boolean> {
  const original = await partText(from, WORKBOOK_PART);
  let written = await partText(to, WORKBOOK_PART);
  if (original === null || written === null) return false;
  const protection = elementOf(original, "workbookProtection");
  if (protection && /\blockStructure="(1|true)"/.test(protection)) {
    const names = async (zip: JSZip) => ((await sheetEntries(zip)) ?? []).map((s) => s.name);
    if ((await names(from)).join("\n") !== (await names(to)).join("\n")) {
      throw new CarryOverRefusal(
        `${name} has its structure protected (Review > Protect Workbook), and this change adds ` +
          "or moves sheets: unprotect the structure in Excel, run the command again, then " +
          "protect it again.",
      );
    }
  }
  let changed = false;
  for (const { tag, before } of WORKBOOK_ELEMENTS) {
    const element = elementOf(original, tag);
    if (!element || elementOf(written, tag)) continue;
    const at = Math.min(
      ...before.map((b) => written!.search(new RegExp(`<(?:[\\w.-]+:)?${b}\\b`)))
        .filter((i) => i >= 0),
    );
    if (!Number.isFinite(at)) continue;
    written = written.slice(0, at) + element + written.slice(at);
    changed = true;
  }
  if (changed) to.file(WORKBOOK_PART, written);
  return changed;
}

/**
 * Puts back each sheet's Excel extensions; true when it did.
 * @throws CarryOverRefusal when an extension links to other parts.
 */
async function carrySheetExtensions(from: JSZip, to: JSZip, name: string): Promise<boolean> {
  const written = new Map(((await sheetEntries(to)) ?? []).map((s) => [s.name, s.part]));
  let changed = false;
  for (const sheet of (await sheetEntries(from)) ?? []) {
    const target = written.get(sheet.name);
    const xml = sheet.part ? await partText(from, sheet.part) : null;
    if (!target || xml === null || !xml.includes("extLst")) continue;
    const { exts, linked } = extensionsOf(xml);
    if (linked) {
      throw new CarryOverRefusal(
        `${name} holds Excel extensions on sheet "${sheet.name}" that link to other parts, ` +
          "which this command line cannot carry over: make this change in Excel with the " +
          "add-in, or on a copy without them.",
      );
    }
    const before = exts.length > 0 ? await partText(to, target) : null;
    if (before === null) continue;
    const after = withExtensions(before, exts);
    if (after !== before) {
      to.file(target, after);
      changed = true;
    }
  }
  return changed;
}

/**
 * The workbook ExcelJS wrote, with what it dropped from the original put back: package parts
 * such as docProps/custom.xml (with their content type and relationship), the structure
 * protection and sharing settings of the workbook, and the sheets' Excel extensions. The bytes
 * as written when nothing was dropped.
 * @throws CarryOverRefusal when something cannot be carried over, or carrying it would be
 * wrong (a protected structure whose sheets the command changed); nothing is written then.
 */
export async function carryOver(
  original: Uint8Array,
  written: Uint8Array,
  name: string,
): Promise<Uint8Array> {
  const from = await JSZip.loadAsync(original);
  const to = await JSZip.loadAsync(written);
  const parts = await carryPackageParts(from, to);
  const settings = await carryWorkbookSettings(from, to, name);
  const extensions = await carrySheetExtensions(from, to, name);
  if (!parts && !settings && !extensions) return written;
  return to.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
