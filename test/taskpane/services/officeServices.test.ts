import { installFakeExcel, type FakeExcelHandle } from "../../support/fakeExcel";
import { createOfficeServices } from "../../../src/taskpane/services/officeServices";
import type { PaneServices } from "../../../src/taskpane/services/types";

const quiet = () => undefined;

describe("the pane's services over Office.js", () => {
  let excel: FakeExcelHandle;
  let services: PaneServices;

  beforeEach(() => {
    excel = installFakeExcel();
    services = createOfficeServices();
  });
  afterEach(() => excel.uninstall());

  it("has no settings to show before the sheets exist", async () => {
    await expect(services.readSettings()).resolves.toBeNull();
    await expect(services.writeSettings({
      organisation: "Acme", scope: "", goLive: "", stage1: "", stage2: "", riskScale: "5",
      riskAppetite: "9",
    })).rejects.toThrow("create the ISMS sheets first");
  });

  it("creates the sheets, then reads and writes the Settings table's Value cells", async () => {
    const created = await services.createOrUpgrade({ edition: "2022", sample: false }, quiet);
    expect(created.done.length).toBeGreaterThan(0);
    const settings = await services.readSettings();
    expect(settings).toMatchObject({ organisation: "", riskScale: "5", riskAppetite: "9" });
    const lines = await services.writeSettings({
      ...settings!, organisation: "Acme Ltd", goLive: "2026-12-01",
    });
    expect(lines).toEqual(["Organisation set to Acme Ltd", "Go-live date set to 2026-12-01"]);
    await expect(services.readSettings()).resolves.toMatchObject({
      organisation: "Acme Ltd", goLive: "2026-12-01",
    });
  });

  it("checks, selects a finding's cell and exports the pack as a new workbook", async () => {
    await services.createOrUpgrade({ edition: "2022", sample: true }, quiet);
    const progress: string[] = [];
    const check = await services.check((m) => progress.push(m));
    expect(progress.length).toBeGreaterThan(0);
    expect(check.steps.map((s) => s.step)).toEqual(["1A", "1B", "1C", "2", "3", "4"]);
    expect(check.questions).toHaveLength(12);
    const located = check.findings.find((f) => f.cell !== "");
    expect(located).toBeDefined();
    await services.selectCell(located!.sheet, located!.cell);
    expect(excel.book.selection).toEqual({ sheet: located!.sheet, address: located!.cell });
    const pack = await services.exportPack(quiet);
    expect(pack.opened).toBe(true);
    expect(pack.fileName).toBe("Quillmere Software Ltd ISMS auditor pack.xlsx");
    expect(excel.book.createdWorkbooks).toHaveLength(1);
    const bytes = Buffer.from(excel.book.createdWorkbooks[0] ?? "", "base64");
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });
});
