import { installFakeExcel, type FakeExcelHandle } from "../../support/fakeExcel";
import { createOfficeServices } from "../../../src/taskpane/services/officeServices";
import type { PaneServices } from "../../../src/taskpane/services/types";

const quiet = () => undefined;

/** A co-author's edit: the Value cell of the setting `name` in the Settings table. */
async function coAuthorSets(name: string, value: string): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("ArmSettings");
    const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const valueCol = header.values[0].indexOf("Value");
    const nameCol = header.values[0].indexOf("Setting");
    const row = body.values.findIndex((r) => r[nameCol] === name);
    const sheet = context.workbook.worksheets.getItem("Settings");
    sheet.getCell(body.rowIndex + row, body.columnIndex + valueCol).values = [[value]];
    await context.sync();
  });
}

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
    const settings = {
      organisation: "Acme", scope: "", goLive: "", stage1: "", stage2: "", riskScale: "5",
      riskAppetite: "9",
    };
    await expect(services.writeSettings(settings, { ...settings, organisation: "" }))
      .rejects.toThrow("create the ISMS sheets first");
  });

  it("creates the sheets, then reads and writes the Settings table's Value cells", async () => {
    const created = await services.createOrUpgrade({ edition: "2022", sample: false }, quiet);
    expect(created.done.length).toBeGreaterThan(0);
    const settings = await services.readSettings();
    expect(settings).toMatchObject({ organisation: "", riskScale: "5", riskAppetite: "9" });
    const saved = await services.writeSettings({
      ...settings!, organisation: "Acme Ltd", goLive: "2026-12-01",
    }, settings!);
    expect(saved.lines).toEqual([
      "Organisation set to Acme Ltd", "Go-live date set to 2026-12-01",
    ]);
    await expect(services.readSettings()).resolves.toMatchObject({
      organisation: "Acme Ltd", goLive: "2026-12-01",
    });
  });

  it("leaves a co-author's Stage 1 date when the user changed only Organisation", async () => {
    await services.createOrUpgrade({ edition: "2022", sample: false }, quiet);
    const loaded = (await services.readSettings())!;
    await coAuthorSets("Stage 1 audit date", "2027-02-01");
    const saved = await services.writeSettings({ ...loaded, organisation: "Acme Ltd" }, loaded);
    expect(saved.lines).toEqual(["Organisation set to Acme Ltd"]);
    expect(saved.settings).toMatchObject({ organisation: "Acme Ltd", stage1: "2027-02-01" });
    await expect(services.readSettings()).resolves.toMatchObject({
      organisation: "Acme Ltd", stage1: "2027-02-01",
    });
  });

  it("does not overwrite a setting a co-author changed too, and says so", async () => {
    await services.createOrUpgrade({ edition: "2022", sample: false }, quiet);
    const loaded = (await services.readSettings())!;
    await coAuthorSets("Stage 1 audit date", "2027-03-01");
    const saved = await services.writeSettings({ ...loaded, stage1: "2027-02-15" }, loaded);
    expect(saved.conflicts).toEqual([
      { setting: "Stage 1 audit date", yours: "2027-02-15", workbook: "2027-03-01" },
    ]);
    expect(saved.settings.stage1).toBe("2027-03-01");
    await expect(services.readSettings()).resolves.toMatchObject({ stage1: "2027-03-01" });
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
