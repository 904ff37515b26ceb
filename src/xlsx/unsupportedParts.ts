/**
 * Parts of an .xlsx file that ExcelJS cannot carry over when it rewrites the file. The command
 * line refuses to rewrite such a file, since the user would silently lose them.
 */
import JSZip from "jszip";

/** What a person calls each kind of part, with the zip entries that betray it. */
const KINDS: readonly { readonly label: string; readonly test: RegExp }[] = [
  { label: "charts", test: /^xl\/(charts\/chart[^/]*\.xml|chartsheets\/)/i },
  { label: "pivot tables", test: /^xl\/(pivotTables|pivotCache)\//i },
  { label: "images", test: /^xl\/media\//i },
  { label: "comments", test: /^xl\/(comments[^/]*\.xml|threadedComments\/)/i },
  { label: "macros", test: /vbaProject\.bin$/i },
  { label: "shapes", test: /^xl\/drawings\/drawing[^/]*\.xml$/i },
  { label: "slicers", test: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i },
  { label: "links to other workbooks", test: /^xl\/externalLinks\//i },
  { label: "embedded objects", test: /^xl\/(embeddings|activeX)\//i },
  { label: "form controls", test: /^xl\/ctrlProps\//i },
  { label: "data connections", test: /^xl\/(connections\.xml$|queryTables\/)/i },
];

/** The kinds of part found among a zip's entry names, in a fixed order. */
export function unsupportedKinds(names: readonly string[]): string[] {
  const found = KINDS.filter((kind) => names.some((name) => kind.test.test(name)));
  const labels = found.map((kind) => kind.label);
  // Charts and images live on drawings too: shapes count only when nothing else explains them.
  if (labels.includes("shapes") && (labels.includes("charts") || labels.includes("images"))) {
    return labels.filter((label) => label !== "shapes");
  }
  return labels;
}

/** Names ExcelJS rebuilds itself from each sheet's print setup. */
const PRINT_NAMES = new Set(["_xlnm.print_area", "_xlnm.print_titles"]);

/** One absolute cell or range reference, as ExcelJS keeps a defined name: 'Sheet'!$A$1:$B$2. */
const PLAIN_REFERENCE = /^(?:'(?:[^']|'')+'|[^'!]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/i;

/**
 * The defined names a rewrite would lose or change: ExcelJS drops names that hold a formula or
 * a constant, makes sheet-level names (range filters among them) workbook-level, and merges
 * names that share a name.
 */
export function unsupportedNames(workbookXml: string): string[] {
  const labels = new Set<string>();
  const pattern = /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g;
  for (let m = pattern.exec(workbookXml); m !== null; m = pattern.exec(workbookXml)) {
    const name = (/\bname="([^"]*)"/.exec(m[1])?.[1] ?? "").toLowerCase();
    if (PRINT_NAMES.has(name)) continue;
    const local = /\blocalSheetId="/.test(m[1]);
    const text = m[2].replace(/&apos;/g, "'").replace(/&amp;/g, "&").trim();
    const plain = text.split(",").every((part) => PLAIN_REFERENCE.test(part.trim()));
    if (name === "_xlnm._filterdatabase") labels.add("filters on sheet ranges");
    else if (local || !plain) labels.add("named formulas or sheet-level names");
  }
  return [...labels];
}

/**
 * The parts of an .xlsx file that a rewrite would lose: charts, pivot tables, images, comments,
 * macros, shapes, slicers, external links, embedded objects, form controls, data connections
 * and queries, and defined names ExcelJS cannot keep. Empty when the file can be rewritten
 * safely; what the writer drops but can be put back is carried over (see carryOver).
 * @throws Error when the bytes are not a zip archive.
 */
export async function unsupportedParts(buffer: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const book = await zip.file("xl/workbook.xml")?.async("string");
  return [...unsupportedKinds(Object.keys(zip.files)), ...(book ? unsupportedNames(book) : [])];
}
