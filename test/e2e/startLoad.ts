/**
 * What the task pane loads at start, measured in a browser rather than read from the page: the
 * production build is served and opened in headless Chromium with the in-memory Excel standing
 * in for office.js, and every script of the build fetched before the first click is counted,
 * whether taskpane.html names it or the pane imports it as it mounts. The browser test and the
 * bundle benchmark both use it, so the figure the benchmark reports is the one the test holds.
 */
import { readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";
import { fakeOfficeScript } from "./build";
import { serve } from "./server";

/** Where Chromium is: CHROMIUM_PATH, else where the CI image and this machine install it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The address the page loads office.js from, answered with the in-memory Excel. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long no new script may be fetched before the pane counts as started. */
const QUIET_MS = 1000;

/** Kilobytes, to one decimal, of the files gzipped one by one (as a server sends them). */
export function gzipKB(files: readonly string[], dir: string): number {
  const size = (f: string) => gzipSync(readFileSync(path.join(dir, f))).length;
  const bytes = files.reduce((sum, f) => sum + size(f), 0);
  return Math.round(bytes / 102.4) / 10;
}

/**
 * The scripts of the build in `dir` (file names) that the pane fetches from opening until it
 * has rendered and nothing more arrives for a second, with no click.
 * @throws Error when Chromium is not at CHROMIUM, or the pane does not render within a minute.
 */
export async function scriptsAtStart(dir: string): Promise<string[]> {
  const fakeOffice = readFileSync(await fakeOfficeScript(), "utf8");
  const { server, base } = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    const fetched = new Set<string>();
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        return route.fulfill({ contentType: "text/javascript", body: fakeOffice });
      }
      if (!url.startsWith(`${base}/`)) return route.abort();
      if (url.endsWith(".js")) fetched.add(decodeURIComponent(new URL(url).pathname.slice(1)));
      return route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("heading", { name: "ISO/IEC 27001 with ARM" }).waitFor({
      timeout: 60_000,
    });
    // Chunks the pane imports as it mounts arrive after the first render: wait for a lull.
    let seen = -1;
    while (seen !== fetched.size) {
      seen = fetched.size;
      await page.waitForTimeout(QUIET_MS);
    }
    return [...fetched].sort();
  } finally {
    await browser.close();
    server.close();
  }
}
