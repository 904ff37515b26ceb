/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { waitForExcel } from "../../src/taskpane/officeReady";
import { renderPane } from "./render";

type Ready = () => Promise<{ host: string | null }>;

function installOffice(onReady: Ready | undefined): void {
  (globalThis as Record<string, unknown>).Office = onReady ? { onReady } : undefined;
}

describe("outside Excel", () => {
  afterEach(() => installOffice(undefined));

  it("tells the user to open the add-in inside Excel", () => {
    renderPane(null);
    expect(screen.getByRole("heading", { name: "Open this add-in inside Excel" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Check" })).toBeNull();
  });

  it("finds no Excel when office.js did not load", async () => {
    installOffice(undefined);
    await expect(waitForExcel(50)).resolves.toBe(false);
  });

  it("finds no Excel in a plain browser, where office.js reports no host", async () => {
    installOffice(async () => ({ host: null }));
    await expect(waitForExcel(1000)).resolves.toBe(false);
  });

  it("gives up when office.js never answers", async () => {
    installOffice(() => new Promise(() => undefined));
    await expect(waitForExcel(30)).resolves.toBe(false);
  });

  it("finds no Excel when office.js fails to start", async () => {
    installOffice(() => Promise.reject(new Error("blocked")));
    await expect(waitForExcel(1000)).resolves.toBe(false);
  });

  it("finds Excel when office.js reports it", async () => {
    installOffice(async () => ({ host: "Excel" }));
    await expect(waitForExcel(1000)).resolves.toBe(true);
  });
});
