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
    expect(within(journey).getAllByText("Nothing left to do here.")).toHaveLength(1);
    expect(services.check).toHaveBeenCalledTimes(1);
  });

  it("names the readiness questions not answered Yes as what is left in step 4", async () => {
    const { user } = renderPane(fakeServices());
    await user.click(screen.getByRole("button", { name: "Check" }));
    const step4 = screen.getByText("Step 4: Stage 1 and Stage 2 audits").closest("li")!;
    // Partly and Not yet give no finding, yet they are what keeps step 4 at 25 %.
    expect(step4).toHaveTextContent("Left: questions 1 and 4 not yet answered Yes.");
  });

  it("lists something left in every step short of 100 %", async () => {
    const { user } = renderPane(fakeServices());
    await user.click(screen.getByRole("button", { name: "Check" }));
    const journey = screen.getByRole("region", { name: "Your ARM journey" });
    const steps = within(journey).getAllByRole("listitem");
    for (const step of steps) {
      const percent = Number(/(\d+)%/.exec(step.textContent ?? "")?.[1]);
      if (percent < 100) expect(step).toHaveTextContent(/Left: .+\./);
      else expect(step).toHaveTextContent("Nothing left to do here.");
    }
    expect(steps[2]).toHaveTextContent("Left: 6 of 10 checks not passed yet.");
    expect(steps[3]).toHaveTextContent("Left: 3 of 3 checks not passed yet.");
  });
});
