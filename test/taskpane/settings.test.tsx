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
    expect(services.writeSettings).toHaveBeenCalledWith({
      ...SETTINGS, goLive: "2026-12-01", riskAppetite: "12",
    });
    expect(await screen.findByText("Settings saved")).toBeVisible();
  });

  it("refuses an appetite outside 1-25 and says why", async () => {
    const { services, user } = await openSettings();
    await user.clear(screen.getByLabelText("Risk appetite"));
    await user.type(screen.getByLabelText("Risk appetite"), "40");
    expect(screen.getByRole("alert")).toHaveTextContent("Risk appetite must be a whole number");
    expect(screen.getByRole("button", { name: "Save settings" })).toBeDisabled();
    expect(services.writeSettings).not.toHaveBeenCalled();
  });

  it("asks for the sheets first when the workbook has no Settings table", async () => {
    const services = fakeServices({ readSettings: jest.fn(async () => null) });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Settings" }));
    expect(await screen.findByText(/Create the ISMS sheets first/)).toBeVisible();
  });
});
