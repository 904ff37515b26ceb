/**
 * Benchmark of the task pane's weight: the gzipped JavaScript the pane loads at start against
 * the chunks it loads later, when an action first needs them (the commands, the command
 * worker, ExcelJS). "At start" is measured, not inferred from taskpane.html's script tags:
 * the production build (dist/ when it is newer than the sources, else a fresh build in a
 * temporary folder) is opened in headless Chromium with the in-memory Excel, and every script
 * it fetches before the first click counts, including chunks the pane imports as it mounts.
 * Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { productionBuild } from "../test/e2e/build";
import { CHROMIUM, gzipKB, scriptsAtStart } from "../test/e2e/startLoad";

/** The local scripts a built page names in its script tags, as file names in its folder. */
export function scriptsOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    if (!/^[a-z]+:\/\//i.test(m[1])) out.push(m[1].replace(/^\.?\//, ""));
  }
  return out;
}

/**
 * Gzipped kilobytes of the JavaScript the pane loads at start and of what it loads later.
 * @throws Error when Chromium is missing: the start cannot be measured without a browser.
 */
export async function run(): Promise<{ initialGzipKB: number; restGzipKB: number }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH): the pane's ` +
      "start is measured in a browser.");
  }
  process.stderr.write("bundle: production build (dist/ when newer than the sources)\n");
  const dir = await productionBuild();
  process.stderr.write("bundle: opening the pane in headless Chromium\n");
  const initial = await scriptsAtStart(dir);
  const ribbon = scriptsOf(readFileSync(path.join(dir, "commands.html"), "utf8"));
  const lazy = readdirSync(dir).filter(
    (f) => f.endsWith(".js") && !initial.includes(f) && !ribbon.includes(f),
  );
  return { initialGzipKB: gzipKB(initial, dir), restGzipKB: gzipKB(lazy, dir) };
}
