/**
 * The task pane end to end: the production build in headless Chromium, with the CDN's office.js
 * answered by a script that installs the in-memory Excel. Skipped, with a notice, where
 * Chromium is not installed (failed instead on CI, where .ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import type { Server } from "http";
import { tmpdir } from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { fakeOfficeScript, productionBuild } from "./build";
import { serve } from "./server";
import { CHROMIUM, OFFICE_JS, gzipKB, scriptsAtStart } from "./startLoad";

/** ARCHITECTURE.md's target for the JavaScript the pane loads at start (bundle.initialGzipKB). */
const START_BUDGET_KB = 200;
const SCREENSHOT = path.resolve(__dirname, "../../test-output/pane.png");
const present = existsSync(CHROMIUM);

if (!present && process.env.CI === "true") {
  throw new Error(`The browser test needs Chromium at ${CHROMIUM}; .ci/run installs it.`);
}
if (!present) {
  console.warn(`NOTICE: ${CHROMIUM} not found: the task pane browser test is skipped.`);
}
const maybe = present ? describe : describe.skip;

type Book = { selection: { sheet: string; address: string } | null; sheets: { name: string }[] };

maybe("the task pane in headless Chromium", () => {
  jest.setTimeout(600_000);
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let dir: string;
  let atStart: string[] = [];
  const offNetwork: string[] = [];
  const scripts: string[] = [];
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    let fakeOffice: string;
    [dir, fakeOffice] = await Promise.all([productionBuild(), fakeOfficeScript()]);
    ({ server, base } = await serve(dir));
    profile = mkdtempSync(path.join(tmpdir(), "arm-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 420, height: 900 },
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
      ],
    });
    const script = readFileSync(fakeOffice, "utf8");
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: script });
      if (url.startsWith(`${base}/`)) {
        if (url.endsWith(".js")) scripts.push(url);
        return route.continue();
      }
      offNetwork.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      consoleLines.push(m.text());
      if (/Content Security Policy/i.test(m.text())) policyViolations.push(m.text());
    });
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("heading", { name: "ISO/IEC 27001 with ARM" }).waitFor();
    // What arrived before the first click, once a second passes with nothing new.
    let seen = -1;
    while (seen !== scripts.length) {
      seen = scripts.length;
      await page.waitForTimeout(1000);
    }
    atStart = scripts.map((url) => new URL(url).pathname.slice(1));
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const book = () => page.evaluate(() => {
    const b = (window as unknown as { fakeExcel: { book: Book } }).fakeExcel.book;
    return { selection: b.selection, sheets: b.sheets.map((s) => s.name) };
  });

  it("loads at most 200 KB of gzipped JavaScript before any click, as the bench says", async () => {
    expect(atStart.some((f) => /^taskpane\./.test(f))).toBe(true);
    // Reading the settings at start needs the Office.js executor, not the commands or ExcelJS.
    expect(atStart.filter((f) => /^(arm-commands|pane-commands|exceljs|xlsx)\./.test(f)))
      .toEqual([]);
    expect(gzipKB(atStart, dir)).toBeLessThanOrEqual(START_BUDGET_KB);
    // The benchmark's measure, in a browser of its own, finds the same scripts.
    await expect(scriptsAtStart(dir)).resolves.toEqual([...atStart].sort());
  });

  it("creates the ISMS sheets with sample data", async () => {
    await page.getByRole("checkbox", { name: /sample data/ }).check();
    await page.getByRole("button", { name: "Create or upgrade sheets" }).click();
    await page.getByText("The ISMS sheets are ready").waitFor({ timeout: 120_000 });
    const { sheets } = await book();
    expect(sheets).toEqual(expect.arrayContaining(["Dashboard", "Settings", "Risks", "SoA"]));
  });

  it("checks the workbook and shows the findings and step progress", async () => {
    // A risk with no ID gives a finding the product can fix.
    await page.evaluate(async () => {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Risks").getRange("A2").values = [[""]];
        await ctx.sync();
      });
    });
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("region", { name: "Findings", exact: true }).waitFor();
    await expect(page.getByRole("progressbar", { name: /Step 1A/ }).count()).resolves.toBe(1);
    await expect(page.getByText(/has no ID/).count()).resolves.toBeGreaterThan(0);
  });

  it("shows each severity badge whole, inside the pane's padding", async () => {
    const findings = page.getByRole("region", { name: "Findings", exact: true });
    const badges = findings.getByRole("listitem").getByText(/^(Error|Warning|Info)$/);
    await expect(badges.count()).resolves.toBeGreaterThan(1);
    const boxes = await badges.evaluateAll((els) => els.map((el) => {
      const main = el.closest("main") as HTMLElement;
      const padding = parseFloat(getComputedStyle(main).paddingLeft);
      return {
        word: el.textContent,
        clipped: el.scrollWidth > el.clientWidth,
        outside: el.getBoundingClientRect().left < main.getBoundingClientRect().left + padding,
      };
    }));
    expect(boxes.filter((b) => b.clipped || b.outside)).toEqual([]);
  });

  it("shows Not yet answers in a badge that reads clearly", async () => {
    await page.getByRole("button", { name: "Stage 2 readiness questions" }).click();
    const list = page.getByRole("list", { name: "Readiness questions" });
    const badges = list.getByText(/^(Yes|Partly|No|Not yet)$/);
    await expect(list.getByText("Not yet", { exact: true }).count()).resolves.toBeGreaterThan(0);
    const looks = await badges.evaluateAll((els) => els.map((el) => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r, g, b] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const style = getComputedStyle(el);
      const pane = getComputedStyle(el.closest(".fui-FluentProvider") as HTMLElement);
      return {
        word: el.textContent,
        text: ratio(style.color, style.backgroundColor),
        edge: ratio(style.borderTopColor, pane.backgroundColor),
      };
    }));
    // WCAG AA: 4.5 to 1 for text; 3 to 1 for the edge that shows where the badge is.
    expect(looks.filter((l) => l.text < 4.5)).toEqual([]);
    expect(looks.filter((l) => l.word === "Not yet" && l.edge < 3)).toEqual([]);
    await page.getByRole("button", { name: "Stage 2 readiness questions" }).click();
  });

  it("selects a finding's cell in Excel when it is clicked", async () => {
    const findings = page.getByRole("region", { name: "Findings", exact: true });
    const finding = findings.getByRole("button").first();
    const title = (await finding.getAttribute("title")) ?? "";
    const [, sheet, cell] = /^Go to (.+)!([A-Z]+\d+)$/.exec(title) ?? [];
    expect(cell).toBeTruthy();
    await finding.click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = (window as unknown as { fakeExcel: { book: Book } }).fakeExcel.book.selection;
        return sel?.sheet === s && sel.address === c;
      },
      [sheet, cell],
    ).catch(() => undefined);
    expect((await book()).selection).toEqual({ sheet, address: cell });
  });

  it("shows what fixing changes, then fixes it", async () => {
    await page.getByRole("button", { name: "Fix what can be fixed…" }).click();
    const dialog = page.getByRole("dialog", { name: "Fix what can be fixed" });
    await dialog.waitFor();
    const change = dialog.getByRole("listitem").filter({ hasText: "Risks!A2" });
    await expect(change.count()).resolves.toBe(1);
    await dialog.getByRole("button", { name: /^Apply \d+ changes?$/ }).click();
    await page.getByText("Fixes applied").waitFor({ timeout: 60_000 });
    const id = await page.evaluate(() =>
      Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Risks").getRange("A2").load("values");
        await ctx.sync();
        return range.values[0][0];
      }),
    );
    expect(String(id)).toMatch(/^R-\d{3}$/);
  });

  it("ran the commands in the command worker, off the pane's thread", () => {
    expect(scripts.some((url) => /\/arm-commands\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(consoleLines.filter((line) => /command worker/i.test(line))).toEqual([]);
  });

  it("rebuilds the dashboard and leaves a screenshot", async () => {
    await page.getByRole("button", { name: "Rebuild dashboard" }).click();
    await page.getByText("The Dashboard is rebuilt").waitFor({ timeout: 60_000 });
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it("exports the auditor pack into a new workbook, loading ExcelJS only then", async () => {
    const exceljs = () => scripts.filter((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url));
    expect(exceljs()).toEqual([]);
    await page.getByRole("button", { name: "Export auditor pack" }).click();
    await page.getByText("The auditor pack is ready").waitFor({ timeout: 120_000 });
    const created = await page.evaluate(() =>
      (window as unknown as { fakeExcel: { book: { createdWorkbooks: string[] } } })
        .fakeExcel.book.createdWorkbooks,
    );
    expect(created).toHaveLength(1);
    // An .xlsx file is a zip archive: "PK\x03\x04", "UEsDB" in base64.
    expect(created[0].startsWith("UEsDB")).toBe(true);
    expect(exceljs()).toHaveLength(1);
    // ExcelJS ran in the command worker: the pane's own copy of the commands was never loaded.
    expect(scripts.filter((url) => /\/pane-commands\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
  });

  it("loaded nothing from the network but office.js, within its Content Security Policy", () => {
    expect(offNetwork).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it("says to open it inside Excel when office.js finds no host", async () => {
    const plain = await context.newPage();
    await plain.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "/* no Office here */" }),
    );
    await plain.goto(`${base}/taskpane.html`);
    const heading = plain.getByRole("heading", { name: "Open this add-in inside Excel" });
    await heading.waitFor({ timeout: 30_000 });
    await plain.close();
  });
});
