/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { KEPT_SUMMARY_KEY, keepSummary } from "../../src/commands/summary";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./render";

describe("creating sheets, the dashboard, the pack and the questions", () => {
  it("creates the 2022 sheets with sample data, then checks them", async () => {
    const services = fakeServices();
    const { user } = renderPane(services);
    const form = screen.getByRole("form", { name: "Create or upgrade the ISMS sheets" });
    await user.click(within(form).getByRole("checkbox", { name: /sample data/ }));
    await user.click(within(form).getByRole("button", { name: "Create or upgrade sheets" }));
    expect(services.createOrUpgrade).toHaveBeenCalledWith(
      { edition: "2022", sample: true },
      expect.any(Function),
    );
    expect(await screen.findByText("The ISMS sheets are ready")).toBeVisible();
    expect(services.check).toHaveBeenCalledTimes(1);
  });

  it("offers the sample only with the 2022 Annex A it follows", async () => {
    const services = fakeServices();
    const { user } = renderPane(services);
    const form = screen.getByRole("form", { name: "Create or upgrade the ISMS sheets" });
    await user.click(within(form).getByRole("checkbox", { name: /sample data/ }));
    await user.click(within(form).getByRole("radio", { name: "ISO/IEC 27001:2013" }));
    const box = within(form).getByRole("checkbox", { name: /sample data/ });
    expect(box).toBeDisabled();
    expect(box).not.toBeChecked();
    expect(within(form).getByText("The sample follows the 2022 Annex A only.")).toBeVisible();
    await user.click(within(form).getByRole("button", { name: "Create or upgrade sheets" }));
    expect(services.createOrUpgrade).toHaveBeenCalledWith(
      { edition: "2013", sample: false },
      expect.any(Function),
    );
  });

  it("says where the auditor pack went", async () => {
    const services = fakeServices({
      exportPack: jest.fn(async () => ({ opened: false, fileName: "Acme auditor pack.xlsx" })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Export auditor pack" }));
    const line = await screen.findByText("The pack was downloaded as Acme auditor pack.xlsx.");
    expect(line).toBeVisible();
  });

  it("says why the pack was downloaded when Excel refused to open it", async () => {
    const note = "Excel could not open the pack (6 MB) as a new workbook, so it was downloaded " +
      "instead: open Acme ISMS auditor pack.xlsx from your downloads.";
    const services = fakeServices({
      exportPack: jest.fn(async () => ({
        opened: false, fileName: "Acme ISMS auditor pack.xlsx", note,
      })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Export auditor pack" }));
    expect(await screen.findByText(note)).toBeVisible();
  });

  it("checks again after rebuilding the dashboard, so the journey matches it", async () => {
    const services = fakeServices();
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Rebuild dashboard" }));
    expect(await screen.findByText("The Dashboard is rebuilt")).toBeVisible();
    expect(services.check).toHaveBeenCalledTimes(1);
    const journey = screen.getByRole("region", { name: "Your ARM journey" });
    expect(within(journey).getByText("83%")).toBeVisible();
  });

  it("shows a ribbon check's summary that no dialog could show", async () => {
    keepSummary("Check done: 3 errors, 1 warning, 0 info.", window.localStorage);
    renderPane(fakeServices());
    expect(await screen.findByText("Check from the ribbon")).toBeVisible();
    expect(screen.getByText("Check done: 3 errors, 1 warning, 0 info.")).toBeVisible();
    expect(window.localStorage.getItem(KEPT_SUMMARY_KEY)).toBeNull();
  });

  it("lists the readiness questions in order with answers and reasons", async () => {
    const { user } = renderPane(fakeServices());
    await user.click(screen.getByRole("button", { name: "Check" }));
    await user.click(screen.getByRole("button", { name: "Stage 2 readiness questions" }));
    const items = within(screen.getByRole("list", { name: "Readiness questions" })).getAllByRole(
      "listitem",
    );
    expect(items[0]).toHaveTextContent("Closed any critical findings from Stage 1");
    expect(items[0]).toHaveTextContent("Not yet");
    expect(items[1]).toHaveTextContent("Partly");
    expect(items[1]).toHaveTextContent("R-003, R-009 not reviewed in 12 months.");
  });

  it("shows the first lines of a long outcome and counts the rest", async () => {
    const done = Array.from({ length: 11 }, (_, i) => `Created sheet ${i + 1}`);
    const services = fakeServices({
      createOrUpgrade: jest.fn(async () => ({ command: "create" as const, done, skipped: [] })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Create or upgrade sheets" }));
    expect(await screen.findByText("Created sheet 8")).toBeVisible();
    expect(screen.queryByText("Created sheet 9")).toBeNull();
    expect(screen.getByText("…and 3 more.")).toBeVisible();
  });
});
