/**
 * The Excel extensions of a worksheet (its <extLst>) that ExcelJS drops when it writes the
 * sheet: dropdowns whose list is on another sheet (x14 data validations), sparklines and the
 * like. They are taken from the original sheet's XML and put back into the sheet as written.
 */
import { parseRange, rangeA1, type CellRef } from "../core/model/address";

/** Extensions ExcelJS reads and writes itself: x14 conditional formats (data bars ...). */
const KEPT_BY_EXCELJS = new Set(["{78C0D931-6437-407D-A8EE-F0AAD7539E65}"]);

/** The extension holding x14 data validations (Excel's cross-sheet dropdowns). */
const DATA_VALIDATIONS = "{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One element's place in a text: where it starts and ends (exclusive). */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** The sheet's own extLst (the last child of the worksheet) and its inside, or null. */
function sheetExtLst(xml: string): { whole: Span; inner: Span; prefix: string } | null {
  const tail = /<\/([\w.-]+:)?extLst>\s*<\/(?:[\w.-]+:)?worksheet>\s*$/.exec(xml);
  if (!tail) return null;
  const prefix = tail[1] ?? "";
  const tags = new RegExp(`<(/?)${prefix}extLst\\b[^>]*?(/?)>`, "g");
  const before: { index: number; length: number; close: boolean; empty: boolean }[] = [];
  for (let m = tags.exec(xml); m !== null && m.index < tail.index; m = tags.exec(xml)) {
    before.push({ index: m.index, length: m[0].length, close: m[1] === "/", empty: m[2] === "/" });
  }
  // Walking back from the sheet's closing tag past any extLst nested inside it.
  let depth = 1;
  for (let i = before.length - 1; i >= 0; i--) {
    const tag = before[i];
    if (tag.close) depth++;
    else if (!tag.empty) depth--;
    if (depth === 0) {
      const closeEnd = tail.index + tail[0].indexOf(">") + 1;
      return {
        whole: { start: tag.index, end: closeEnd },
        inner: { start: tag.index + tag.length, end: tail.index },
        prefix,
      };
    }
  }
  return null;
}

/** The ext elements directly inside an extLst's text. */
function children(inner: string, prefix: string): string[] {
  const tags = new RegExp(`<(/?)${prefix}ext\\b[^>]*?(/?)>`, "g");
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let m = tags.exec(inner); m !== null; m = tags.exec(inner)) {
    if (m[1] === "/") {
      depth--;
      if (depth === 0) found.push(inner.slice(start, m.index + m[0].length));
    } else if (m[2] === "/") {
      if (depth === 0) found.push(m[0]);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return found;
}

function uriOf(ext: string): string {
  return (/\buri\s*=\s*"([^"]*)"/.exec(ext)?.[1] ?? "").toUpperCase();
}

/** The namespace a prefix is bound to in an element's start tag, if it is. */
function namespaceIn(startTag: string, prefix: string): string | undefined {
  return new RegExp(`\\sxmlns:${prefix}\\s*=\\s*"([^"]*)"`).exec(startTag)?.[1];
}

/** An ext element with the namespaces it uses but does not declare copied from the sheet's. */
function selfContained(ext: string, root: string): string {
  const declared = new Set([...ext.matchAll(/\sxmlns:([\w.-]+)\s*=/g)].map((m) => m[1]));
  const used = new Set([...ext.matchAll(/<\/?([\w.-]+):/g)].map((m) => m[1]));
  for (const m of ext.matchAll(/\s([\w.-]+):[\w.-]+\s*=/g)) if (m[1] !== "xmlns") used.add(m[1]);
  let extra = "";
  for (const prefix of used) {
    if (prefix === "xml" || declared.has(prefix)) continue;
    const uri = namespaceIn(root, prefix);
    if (uri !== undefined) extra += ` xmlns:${prefix}="${uri}"`;
  }
  return extra ? ext.replace(/^<[\w.:-]+/, (tag) => `${tag}${extra}`) : ext;
}

/** True when an ext points to another part by relationship id, which cannot travel alone. */
function linksToParts(ext: string, root: string): boolean {
  for (const m of ext.matchAll(/\s([\w.-]+):[\w.-]+\s*=/g)) {
    if (m[1] === "xmlns") continue;
    const start = /^<[^>]*>/.exec(ext)?.[0] ?? "";
    if ((namespaceIn(start, m[1]) ?? namespaceIn(root, m[1])) === RELATIONSHIPS_NS) return true;
  }
  return false;
}

/** What a sheet's XML holds that a rewrite by ExcelJS would drop. */
export interface SheetExtensions {
  /** The ext elements to put back, each declaring the namespaces it uses. */
  readonly exts: readonly string[];
  /** True when some extension links to another part and so cannot be carried over. */
  readonly linked: boolean;
}

/** The extensions of a worksheet's XML that ExcelJS does not write back itself. */
export function extensionsOf(xml: string): SheetExtensions {
  const list = sheetExtLst(xml);
  if (!list) return { exts: [], linked: false };
  const root = /<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? "";
  const own = children(xml.slice(list.inner.start, list.inner.end), list.prefix)
    .filter((ext) => !KEPT_BY_EXCELJS.has(uriOf(ext)));
  return {
    exts: own.map((ext) => selfContained(ext, root)),
    linked: own.some((ext) => linksToParts(ext, root)),
  };
}

/** A rectangle of cells: 1-based rows, 0-based columns, corners included. */
interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function boxOf(ref: string): Box | null {
  try {
    const { start, end }: { start: CellRef; end: CellRef } = parseRange(ref);
    return {
      top: Math.min(start.row, end.row), bottom: Math.max(start.row, end.row),
      left: Math.min(start.col, end.col), right: Math.max(start.col, end.col),
    };
  } catch {
    return null;
  }
}

function refOf(b: Box): string {
  const range = rangeA1(b.top, b.left, b.bottom, b.right);
  return b.top === b.bottom && b.left === b.right ? range.split(":")[0] : range;
}

/** The cells of `a` outside `b`, as at most four rectangles. */
function minus(a: Box, b: Box): Box[] {
  if (b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right) return [a];
  const out: Box[] = [];
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** An sqref list ("A1:A9 C3") without the cells of the boxes; unreadable parts are kept. */
function sqrefWithout(sqref: string, taken: readonly Box[]): string {
  const kept: string[] = [];
  for (const ref of sqref.trim().split(/\s+/).filter(Boolean)) {
    const box = boxOf(ref);
    if (!box) {
      kept.push(ref);
      continue;
    }
    let pieces = [box];
    for (const t of taken) pieces = pieces.flatMap((p) => minus(p, t));
    kept.push(...pieces.map(refOf));
  }
  return kept.join(" ");
}

/**
 * The x14 data validations ext without the cells where the written sheet has a dropdown of its
 * own (one the command set): the command's dropdown replaces the user's there, as it does for
 * ordinary dropdowns, and Excel repairs a file whose dropdowns overlap. Null when none is left.
 */
function validationsOutside(ext: string, taken: readonly Box[]): string | null {
  let left = 0;
  const pattern = /<([\w.-]+:)?dataValidation\b[\s\S]*?<\/\1dataValidation>/g;
  const trimmed = ext.replace(pattern, (rule) => {
    const sqref = /<([\w.-]+:)?sqref>([^<]*)<\/\1sqref>/.exec(rule);
    if (!sqref) {
      left++;
      return rule;
    }
    const rest = sqrefWithout(sqref[2], taken);
    if (rest === "") return "";
    left++;
    return rule.replace(sqref[0], sqref[0].replace(sqref[2], rest));
  });
  if (left === 0) return null;
  const count = /(<(?:[\w.-]+:)?dataValidations\b[^>]*\bcount=")\d+"/;
  return trimmed.replace(count, (_, head: string) => `${head}${left}"`);
}

/** The dropdowns a written sheet holds in its own dataValidations, as boxes. */
function dropdownBoxes(xml: string): Box[] {
  const boxes: Box[] = [];
  for (const m of xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]*)"/g)) {
    for (const ref of m[1].trim().split(/\s+/)) {
      const box = boxOf(ref);
      if (box) boxes.push(box);
    }
  }
  return boxes;
}

/** A worksheet's XML as ExcelJS wrote it, with the original's extensions put back at its end. */
export function withExtensions(written: string, exts: readonly string[]): string {
  const taken = dropdownBoxes(written);
  const list = sheetExtLst(written);
  const present = new Set(
    list ? children(written.slice(list.inner.start, list.inner.end), list.prefix).map(uriOf) : [],
  );
  const added = exts
    .filter((ext) => !present.has(uriOf(ext)))
    .map((ext) => (uriOf(ext) === DATA_VALIDATIONS ? validationsOutside(ext, taken) : ext))
    .filter((ext): ext is string => ext !== null);
  if (added.length === 0) return written;
  if (list) {
    const at = list.inner.end;
    return written.slice(0, at) + added.join("") + written.slice(at);
  }
  const at = written.search(/<\/(?:[\w.-]+:)?worksheet>\s*$/);
  return `${written.slice(0, at)}<extLst>${added.join("")}</extLst>${written.slice(at)}`;
}
