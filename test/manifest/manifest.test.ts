/** @jest-environment jsdom */
import { existsSync, readFileSync } from "fs";
import path from "path";
import {
  ROOT, all, children, emittedPages, parseManifest, pngSize, resources, xsiType,
} from "./manifestFacts";

const doc = parseManifest();
const root = doc.documentElement;
const res = resources(doc);

/** What kind of resource each resid-bearing element must point at. */
const KIND_OF: Record<string, string> = {
  Image: "Images", SourceLocation: "Urls", FunctionFile: "Urls", LearnMoreUrl: "Urls",
  Label: "ShortStrings", Title: "ShortStrings", Description: "LongStrings",
};

describe("manifest.xml, checked offline", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const broken = parseManifest("<OfficeApp><Id></OfficeApp>");
    expect(broken.getElementsByTagName("parsererror").length).toBeGreaterThan(0);
  });

  it("is a task pane add-in for Excel workbooks that may read and write the document", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    const hosts = children(children(root, "Hosts")[0], "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(children(root, "Permissions")[0].textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("has the required elements in the order the schema wants", () => {
    const order = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "VersionOverrides",
    ];
    const present = children(root).map((c) => c.localName).filter((n) => order.includes(n));
    expect(present).toEqual(order);
    expect(children(root, "Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("has a GUID for its Id", () => {
    const id = children(root, "Id")[0].textContent?.trim() ?? "";
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
    expect(id).toMatch(guid);
  });

  it("declares the Excel API requirement set the product needs", () => {
    const sets = all(children(root, "Requirements")[0], "Set");
    const excel = sets.find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excel?.getAttribute("MinVersion")).toBe("1.13");
  });

  it("defines every resid it references, as a resource of the right kind", () => {
    const refs = all(root, "*").filter((e) => e.hasAttribute("resid"));
    expect(refs.length).toBeGreaterThan(10);
    for (const el of refs) {
      const kind = KIND_OF[el.localName];
      expect([el.localName, kind]).toEqual([el.localName, expect.any(String)]);
      expect([el.getAttribute("resid"), res[kind].has(el.getAttribute("resid") ?? "")]).toEqual([
        el.getAttribute("resid"), true,
      ]);
    }
  });

  it("keeps resource ids unique and strings within Office's length limits", () => {
    const groups = /^(Images|Urls|ShortStrings|LongStrings)$/;
    const ids = all(root, "*")
      .filter((e) => groups.test(e.parentElement?.localName ?? ""))
      .map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
    for (const text of res.ShortStrings.values()) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of res.LongStrings.values()) expect(text.length).toBeLessThanOrEqual(250);
  });

  it("points every URL at a page the build emits or a file in assets/", async () => {
    const pages = await emittedPages();
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
    const urls = [
      ...res.Images.values(), ...res.Urls.values(),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(
        (n) => children(root, n)[0].getAttribute("DefaultValue") ?? "",
      ),
      all(root, "SourceLocation")[0].getAttribute("DefaultValue") ?? "",
    ];
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/localhost:3000\//);
      const file = new URL(url).pathname.slice(1);
      const found = pages.includes(file) || existsSync(path.join(ROOT, file));
      expect([file, found]).toEqual([file, true]);
    }
  });

  it("has icons whose pixel size matches the size the manifest gives them", () => {
    for (const image of all(root, "Image").filter((e) => e.hasAttribute("size"))) {
      const url = res.Images.get(image.getAttribute("resid") ?? "") ?? "";
      const size = Number(image.getAttribute("size"));
      const file = path.join(ROOT, new URL(url).pathname);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const high = children(root, "HighResolutionIconUrl")[0].getAttribute("DefaultValue") ?? "";
    expect(pngSize(path.join(ROOT, new URL(high).pathname))).toEqual({ width: 64, height: 64 });
  });

  it("has a ribbon group on the Home tab with a pane button and a check button", () => {
    const tab = all(root, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const actions = all(tab, "Action").map((a) => xsiType(a));
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
  });

  it("names the function that the function file registers", () => {
    const names = all(root, "FunctionName").map((f) => f.textContent?.trim());
    const source = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const calls = source.matchAll(/Office\.actions\.associate\(\s*"([^"]+)"/g);
    const registered = [...calls].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(registered).toContain(name);
  });
});
