/**
 * Reading an .xlsx package's own XML straight from the zip: elements and their attributes,
 * relationships, and the sheets the workbook part lists. Shared by the streaming read, the
 * damage check and the carry-over of parts ExcelJS drops.
 */
import JSZip from "jszip";

/** An element's attributes by qualified name ("name", "r:id"), entities resolved. */
export type Attributes = Record<string, string>;

/** Text of an XML attribute value with its entities resolved. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The attributes of every element named `tag` (any namespace prefix) in a part. */
export function elements(xml: string, tag: string): Attributes[] {
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
export function resolvePart(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/** A part's text, or null when the zip has no such part. */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/** One relationship from a part to another part of the package. */
export interface Relationship {
  readonly id: string;
  /** The relationship type's URI, e.g. ".../relationships/worksheet". */
  readonly type: string;
  /** The target part's path in the zip. */
  readonly part: string;
}

/** The relationships of a part to other parts of the package (links outside it left out). */
export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, Math.max(0, slash));
  const name = `_rels/${part.slice(slash + 1)}.rels`;
  const xml = await partText(zip, folder ? `${folder}/${name}` : name);
  const out: Relationship[] = [];
  for (const rel of xml ? elements(xml, "Relationship") : []) {
    if (rel.Id && rel.Target && rel.TargetMode !== "External") {
      out.push({ id: rel.Id, type: rel.Type ?? "", part: resolvePart(folder, rel.Target) });
    }
  }
  return out;
}

/** True when a relationship type URI names this kind ("worksheet", "sharedStrings" ...). */
export function isType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** A sheet the workbook part lists: its name, and the part holding it when one is named. */
export interface SheetEntry {
  readonly name: string;
  readonly part: string | undefined;
}

/** The workbook part's path. */
export const WORKBOOK_PART = "xl/workbook.xml";

/** The sheets of the workbook part in tab order, or null when the zip has no workbook part. */
export async function sheetEntries(zip: JSZip): Promise<SheetEntry[] | null> {
  const book = await partText(zip, WORKBOOK_PART);
  if (book === null) return null;
  const rels = new Map((await relationshipsOf(zip, WORKBOOK_PART)).map((r) => [r.id, r.part]));
  return elements(book, "sheet").map((sheet) => {
    const id = Object.entries(sheet).find(([k]) => k.endsWith(":id"))?.[1];
    return { name: sheet.name ?? "", part: id ? rels.get(id) : undefined };
  });
}
