/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { SETTINGS, fakeServices } from "./fakeServices";
import { renderPane } from "./render";

async function openSettings() {
  const services = fakeServices();
  const view = renderPane(services);
  await view.user.click(screen.getByRole("button", { name: "Settings" }));
  await screen.findByDisplayValue("Acme Ltd");
  return { services, ...view };
}

describe("the settings panel", () => {
  it("shows the settings read from the workbook", async () => {
    await openSettings();
    expect(screen.getByLabelText("Organisation")).toHaveValue("Acme Ltd");
    expect(screen.getByLabelText("Stage 1 audit date")).toHaveValue("2027-02-01");
    expect(screen.getByLabelText("Risk scale")).toHaveValue("5");
  });

  it("writes the edited settings through the services", async () => {
    const { services, user } = await openSettings();
    await user.type(screen.getByLabelText("Go-live date"), "2026-12-01");
    await user.clear(screen.getByLabelText("Risk appetite"));
    await user.type(screen.getByLabelText("Risk appetite"), "12");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(services.writeSettings).toHaveBeenCalledWith(
      { ...SETTINGS, goLive: "2026-12-01", riskAppetite: "12" },
      SETTINGS,
    );
    expect(await screen.findByText("Settings saved")).toBeVisible();
  });

  it("refuses an appetite outside 1-25 and says why once the field is left", async () => {
    const { services, user } = await openSettings();
    await user.clear(screen.getByLabelText("Risk appetite"));
    await user.type(screen.getByLabelText("Risk appetite"), "40");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Risk appetite must be a whole number");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(services.writeSettings).not.toHaveBeenCalled();
  });

  it("does not repeat a problem's alert at each keystroke; drops it once put right", async () => {
    const { user } = await openSettings();
    const appetite = screen.getByLabelText("Risk appetite");
    await user.clear(appetite);
    await user.type(appetite, "40");
    await user.tab();
    const alert = screen.getByRole("alert");
    await user.click(screen.getByLabelText("Organisation"));
    await user.type(screen.getByLabelText("Organisation"), " Group");
    expect(screen.getByRole("alert")).toBe(alert);
    await user.clear(appetite);
    await user.type(appetite, "12");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names a setting a co-author changed meanwhile and shows the workbook's value", async () => {
    const services = fakeServices({
      writeSettings: jest.fn(async () => ({
        lines: ["Organisation set to Acme Group"],
        conflicts: [{ setting: "Stage 1 audit date", yours: "2027-02-15", workbook: "2027-03-01" }],
        settings: { ...SETTINGS, organisation: "Acme Group", stage1: "2027-03-01" },
      })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Settings" }));
    await screen.findByDisplayValue("Acme Ltd");
    await user.clear(screen.getByLabelText("Organisation"));
    await user.type(screen.getByLabelText("Organisation"), "Acme Group");
    await user.clear(screen.getByLabelText("Stage 1 audit date"));
    await user.type(screen.getByLabelText("Stage 1 audit date"), "2027-02-15");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Some settings were not saved")).toBeVisible();
    expect(screen.getByText(/Stage 1 audit date was not saved/)).toHaveTextContent(
      "changed in the workbook to 2027-03-01 while you changed it to 2027-02-15",
    );
    expect(screen.getByLabelText("Stage 1 audit date")).toHaveValue("2027-03-01");
    expect(screen.getByLabelText("Organisation")).toHaveValue("Acme Group");
  });

  it("asks for the sheets first when the workbook has no Settings table", async () => {
    const services = fakeServices({ readSettings: jest.fn(async () => null) });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Settings" }));
    expect(await screen.findByText(/Create the ISMS sheets first/)).toBeVisible();
  });
});
