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

  it("opens a new workbook only where ExcelApi 1.8 is supported", () => {
    expect(canCreateWorkbook()).toBe(false);
    scope.Office = { context: { requirements: { isSetSupported: () => true } } };
    scope.Excel = { createWorkbook: jest.fn() };
    expect(canCreateWorkbook()).toBe(true);
  });
});
