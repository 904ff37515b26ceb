/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./render";

describe("the ARM journey", () => {
  it("asks for a check before it has figures", async () => {
    renderPane(fakeServices());
    expect(await screen.findByText(/Run a check to see how far each step has come/)).toBeVisible();
    expect(screen.getAllByRole("progressbar")).toHaveLength(6);
  });

  it("shows each step's percent and what is left once checked", async () => {
    const services = fakeServices();
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Check" }));
    const journey = screen.getByRole("region", { name: "Your ARM journey" });
    const bar1A = within(journey).getByRole("progressbar", { name: /Step 1A/ });
    expect(bar1A).toHaveAttribute("aria-valuenow", "0.83");
    expect(within(journey).getByText("83%")).toBeVisible();
    expect(within(journey).getByText("25%")).toBeVisible();
    expect(within(journey).getByText("Left: 1 error, 1 warning.")).toBeVisible();
    expect(within(journey).getByText("Left: 1 warning.")).toBeVisible();
    expect(within(journey).getAllByText("Nothing left to do here.")).toHaveLength(4);
    expect(services.check).toHaveBeenCalledTimes(1);
  });
});
