/** @jest-environment jsdom */
import { canCreateWorkbook, deliverPack } from "../../../src/taskpane/services/packDelivery";

describe("the auditor pack where Excel cannot open a new workbook", () => {
  const scope = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete scope.Office;
    delete scope.Excel;
    jest.restoreAllMocks();
  });

  it("downloads the pack as a file named for it", async () => {
    scope.Office = { context: { requirements: { isSetSupported: () => false } } };
    scope.Excel = { createWorkbook: jest.fn() };
    const made = jest.fn((_: Blob) => "blob:pack");
    Object.assign(URL, { createObjectURL: made, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click");
    click.mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const out = await deliverPack(new Uint8Array([80, 75, 3, 4]), "Acme ISMS auditor pack.xlsx");
    expect(out).toEqual({ opened: false, fileName: "Acme ISMS auditor pack.xlsx" });
    expect(clicked.map((a) => [a.download, a.getAttribute("href")])).toEqual([
      ["Acme ISMS auditor pack.xlsx", "blob:pack"],
    ]);
    expect(made.mock.calls[0][0].size).toBe(4);
    expect((scope.Excel as { createWorkbook: jest.Mock }).createWorkbook).not.toHaveBeenCalled();
  });

  it("downloads the pack, saying why, when Excel refuses to open it", async () => {
    scope.Office = { context: { requirements: { isSetSupported: () => true } } };
    const refusal = new Error("RichApi.Error: The request payload size has exceeded the limit.");
    scope.Excel = { createWorkbook: jest.fn(async () => Promise.reject(refusal)) };
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:pack"), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const out = await deliverPack(new Uint8Array(3000), "Acme ISMS auditor pack.xlsx");
    expect(out.opened).toBe(false);
    expect(out.note).toBe("Excel could not open the pack (3 KB) as a new workbook, so it was " +
      "downloaded instead: open Acme ISMS auditor pack.xlsx from your downloads.");
    expect(out.note).not.toMatch(/RichApi|payload/);
    expect(click).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith(expect.any(String), refusal);
  });

  it("opens a new workbook only where ExcelApi 1.8 is supported", () => {
    expect(canCreateWorkbook()).toBe(false);
    scope.Office = { context: { requirements: { isSetSupported: () => true } } };
    scope.Excel = { createWorkbook: jest.fn() };
    expect(canCreateWorkbook()).toBe(true);
  });
});
