/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { fakeServices, finding, sampleCheck } from "./fakeServices";
import { renderPane } from "./render";

async function checked() {
  const services = fakeServices();
  const view = renderPane(services);
  await view.user.click(screen.getByRole("button", { name: "Check" }));
  await screen.findByRole("region", { name: "Findings" });
  return { services, ...view };
}

describe("the findings of a check", () => {
  it("groups findings by step and then by sheet", async () => {
    await checked();
    const step1A = screen.getByRole("region", { name: "Step 1A findings" });
    expect(within(step1A).getByRole("heading", { name: "Risks (1)" })).toBeVisible();
    expect(within(step1A).getByRole("heading", { name: "Assets (1)" })).toBeVisible();
    const step3 = screen.getByRole("region", { name: "Step 3 findings" });
    const improvements = within(step3).getByRole("region", { name: "Step 3, sheet Improvements" });
    expect(within(improvements).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByRole("region", { name: "Step 1B findings" })).toBeNull();
    expect(screen.getByText("1 error, 2 warnings, 1 info.")).toBeVisible();
  });

  it("selects a finding's cell in Excel when it is clicked", async () => {
    const { services, user } = await checked();
    await user.click(screen.getByRole("button", { name: /Asset A-003 has no owner/ }));
    expect(services.selectCell).toHaveBeenCalledWith("Assets", "E4");
  });

  it("selects the cell from the keyboard too", async () => {
    const { services, user } = await checked();
    screen.getByRole("button", { name: /Improvement I-002 is past its target date/ }).focus();
    await user.keyboard("{Enter}");
    expect(services.selectCell).toHaveBeenCalledWith("Improvements", "J5");
  });

  it("filters the findings by severity", async () => {
    const { user } = await checked();
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "warning");
    expect(screen.queryByText(/Risk R-006 has no owner/)).toBeNull();
    expect(screen.getByText(/Asset A-003 has no owner/)).toBeVisible();
    expect(screen.getByText(/Improvement I-002 is past/)).toBeVisible();
    expect(screen.queryByText(/has no ID/)).toBeNull();
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "error");
    expect(screen.getByText(/Risk R-006 has no owner/)).toBeVisible();
    expect(screen.queryByText(/Asset A-003/)).toBeNull();
  });

  it("shows the first five findings of a sheet and the rest on request", async () => {
    const many = Array.from({ length: 7 }, (_, i) => {
      const id = `R-00${i + 1}`;
      return finding({ cell: `F${i + 2}`, id, message: `Risk ${id} has no owner.` });
    });
    const services = fakeServices({
      check: jest.fn(async () => ({ ...sampleCheck(), findings: many })),
    });
    const { user } = renderPane(services);
    await user.click(screen.getByRole("button", { name: "Check" }));
    const risks = await screen.findByRole("region", { name: "Step 1A, sheet Risks" });
    expect(within(risks).getAllByRole("listitem")).toHaveLength(5);
    await user.click(within(risks).getByRole("button", { name: "Show 2 more on Risks" }));
    expect(within(risks).getAllByRole("listitem")).toHaveLength(7);
    expect(within(risks).queryByRole("button", { name: /more on Risks/ })).toBeNull();
  });
});
