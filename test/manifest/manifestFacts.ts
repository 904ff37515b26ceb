/** Reads manifest.xml and the build's page names, for the offline manifest check. */
import { readFileSync } from "fs";
import path from "path";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../..");

const NS = {
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** The manifest parsed by the browser's XML parser (jsdom's DOMParser). */
export function parseManifest(text = readFileSync(path.join(ROOT, "manifest.xml"), "utf8")) {
  return new DOMParser().parseFromString(text, "application/xml");
}

/** Elements by local name anywhere under `root`, whatever their namespace. */
export function all(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", name));
}

/** The child elements of `el` by local name. */
export function children(el: Element, name?: string): Element[] {
  return Array.from(el.children).filter((c) => name === undefined || c.localName === name);
}

/** An element's xsi:type. */
export function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

/** The resources of VersionOverrides by kind: ids of Images, Urls, ShortStrings, LongStrings. */
export function resources(doc: Document): Record<string, Map<string, string>> {
  const kinds = ["Images", "Urls", "ShortStrings", "LongStrings"];
  return Object.fromEntries(
    kinds.map((kind) => {
      const group = doc.getElementsByTagNameNS(NS.bt, kind)[0];
      const entries = group ? Array.from(group.children) : [];
      const pairs = entries.map(
        (e) => [e.getAttribute("id") ?? "", e.getAttribute("DefaultValue") ?? ""] as const,
      );
      return [kind, new Map(pairs)];
    }),
  );
}

/** The pages the production build emits (HtmlWebpackPlugin's file names). */
export async function emittedPages(): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  return config.plugins
    .map((p: { userOptions?: { filename?: string } }) => p.userOptions?.filename)
    .filter((f: unknown): f is string => typeof f === "string");
}

/** Width and height of a PNG file from its IHDR chunk; null when it is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
