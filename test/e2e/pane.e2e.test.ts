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

const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
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
  const offNetwork: string[] = [];
  const scripts: string[] = [];
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];
  const consoleLines: string[] = [];

  beforeAll(async () => {
    const [dir, fakeOffice] = await Promise.all([productionBuild(), fakeOfficeScript()]);
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
    await dialog.getByRole("button", { name: /^Apply \d+ changes$/ }).click();
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
