/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./render";

describe("failures and waiting", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows a failed check in an error message bar and keeps the pane usable", async () => {
    const services = fakeServices({
      check: jest.fn(async () => {
        throw new Error("The workbook is being edited elsewhere: try the check again.");
      }),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Check" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The workbook is being edited elsewhere: try the check again.");
    expect(screen.getByRole("button", { name: "Check" })).toBeEnabled();
    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("puts each message in one live region only, never one inside another", async () => {
    const services = fakeServices({
      check: jest.fn(async () => {
        throw new Error("The workbook is being edited elsewhere: try the check again.");
      }),
    });
    const { user } = renderPane(services);
    const selector = "[aria-live], [role=status], [role=alert]";
    const liveRegions = () => [...document.querySelectorAll(selector)]
      .filter((el) => el.getAttribute("aria-live") !== "off");
    const holding = (text: string) => liveRegions().filter((el) => el.textContent?.includes(text));
    const nested = () => liveRegions().filter((el) =>
      liveRegions().some((other) => other !== el && other.contains(el)));

    await user.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByRole("alert");
    expect(nested()).toEqual([]);
    expect(holding("being edited elsewhere")).toHaveLength(1);

    services.rebuildDashboard.mockImplementation((onProgress) => {
      onProgress("Counting the risks", 0.5);
      return new Promise(() => undefined);
    });
    await user.click(screen.getByRole("button", { name: "Rebuild dashboard" }));
    await screen.findByText("Counting the risks");
    expect(nested()).toEqual([]);
    expect(holding("Counting the risks")).toHaveLength(1);
  });

  it("shows a failure to select a cell", async () => {
    const services = fakeServices({
      selectCell: jest.fn(async () => {
        throw new Error("The sheet Assets is not in this workbook any more.");
      }),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Check" }));
    await user.click(await screen.findByRole("button", { name: /Asset A-003/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("not in this workbook any more");
  });

  it("shows progress while a task runs and disables the other actions", async () => {
    let finish: () => void = () => undefined;
    const services = fakeServices({
      rebuildDashboard: jest.fn((onProgress) => {
        onProgress("Counting the risks", 0.5);
        return new Promise((resolve) => {
          const outcome = {
            command: "dashboard" as const, done: ["Rebuilt Dashboard"], skipped: [],
          };
          finish = () => resolve(outcome);
        });
      }),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Rebuild dashboard" }));
    expect(await screen.findByText("Counting the risks")).toBeVisible();
    expect(screen.getByRole("button", { name: "Check" })).toBeDisabled();
    finish();
    expect(await screen.findByText("Rebuilt Dashboard")).toBeVisible();
    expect(screen.getByRole("button", { name: "Check" })).toBeEnabled();
  });
});
