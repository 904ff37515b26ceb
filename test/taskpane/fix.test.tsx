/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./render";

// After another test file has run in the same worker, Fluent's focus manager can leave the dialog
// marked aria-hidden in jsdom, so these queries include hidden elements; the end-to-end test
// meets the dialog in a real browser.
const all = { hidden: true };

describe("fixing what can be fixed", () => {
  it("shows what will change and changes nothing until confirmed", async () => {
    const services = fakeServices();
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Fix what can be fixed…" }));
    const dialog = await screen.findByRole("dialog", all);
    expect(within(dialog).getByRole("heading", all)).toHaveTextContent("Fix what can be fixed");
    const changes = within(dialog).getByRole("list", { name: "Changes", ...all });
    expect(within(changes).getAllByRole("listitem", all).map((li) => li.textContent)).toEqual([
      "Improvements!A9: (blank) → I-004",
      "Risks!J3: Mitigate → Modify",
    ]);
    expect(services.fix).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Apply 2 changes", ...all }));
    expect(services.fix).toHaveBeenCalledTimes(1);
    const previewed = (await services.previewFix.mock.results[0].value).changes;
    expect(services.fix).toHaveBeenCalledWith(previewed, expect.any(Function));
    expect(await screen.findByText("Fixes applied")).toBeVisible();
    expect(screen.getByText("Gave Improvements!A9 the ID I-004")).toBeVisible();
    expect(screen.queryByRole("dialog", all)).toBeNull();
    expect(services.check).toHaveBeenCalledTimes(1);
  });

  it("writes nothing and shows the new list when the workbook changed meanwhile", async () => {
    const now = [{ sheet: "Risks", cell: "J3", value: "Modify", before: "mitigate" }];
    const services = fakeServices({
      fix: jest.fn(async () => ({
        command: "fix" as const, applied: false, changes: now, skipped: [],
        done: ["The workbook changed since the preview, so nothing was written."],
      })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Fix what can be fixed…" }));
    let dialog = await screen.findByRole("dialog", all);
    await user.click(within(dialog).getByRole("button", { name: "Apply 2 changes", ...all }));
    dialog = await screen.findByRole("dialog", all);
    expect(within(dialog).getByText(/The workbook changed while the list was open/))
      .toHaveTextContent("so nothing was written");
    const changes = within(dialog).getByRole("list", { name: "Changes", ...all });
    expect(within(changes).getAllByRole("listitem", all).map((li) => li.textContent)).toEqual([
      "Risks!J3: mitigate → Modify",
    ]);
    expect(screen.queryByText("Fixes applied")).toBeNull();
    await user.click(within(dialog).getByRole("button", { name: "Apply 1 change", ...all }));
    expect(services.fix).toHaveBeenLastCalledWith(now, expect.any(Function));
  });

  it("applies nothing when the preview is cancelled", async () => {
    const services = fakeServices();
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Fix what can be fixed…" }));
    const dialog = await screen.findByRole("dialog", all);
    await user.click(within(dialog).getByRole("button", { name: "Cancel", ...all }));
    expect(screen.queryByRole("dialog", all)).toBeNull();
    expect(services.fix).not.toHaveBeenCalled();
  });

  it("says so when nothing can be fixed", async () => {
    const services = fakeServices({
      previewFix: jest.fn(async () => ({
        command: "fix" as const, done: [], skipped: [], changes: [],
      })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Fix what can be fixed…" }));
    expect(await screen.findByText("Nothing to fix")).toBeVisible();
    expect(screen.queryByRole("dialog", all)).toBeNull();
  });
});
