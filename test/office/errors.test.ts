/** Errors from Excel become sentences a person can act on, saying what was done. */
import type { WorkbookPlan } from "../../src/core/plan/types";
import { describeExcelError, OfficeCommandError, OfficeWorkbook } from "../../src/office";
import { excelError, installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";
import { createPlan, dashboardSheet, riskColumn, risksSheet } from "./plans";

let fake: FakeExcelHandle;

let consoleError: jest.SpyInstance;

beforeEach(() => {
  fake = installFakeExcel({ sheets: ["Sheet1"] });
  // Details of a refused write go to the console, for support; the test keeps it quiet.
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  consoleError.mockRestore();
  fake.uninstall();
});

/** The plan of an upgrade of the workbook createPlan(3) made: everything exists already. */
const upgrade: WorkbookPlan = { sheets: [dashboardSheet(false), risksSheet(3, false)] };

/** The error an apply ends with. */
async function applyFailure(workbook: OfficeWorkbook, plan: WorkbookPlan) {
  try {
    await workbook.apply(plan);
  } catch (err) {
    expect(err).toBeInstanceOf(OfficeCommandError);
    return err as OfficeCommandError;
  }
  throw new Error("the write did not fail");
}

/** Makes the ISMS workbook, reads it, then lets `coAuthor` edit it just before the next sync. */
async function readThenEdit(coAuthor: (book: FakeExcelHandle["book"]) => void) {
  const workbook = new OfficeWorkbook();
  await workbook.apply(createPlan(3));
  await workbook.read();
  const next = fake.syncCount + 1;
  fake.beforeSync((n, book) => {
    if (n === next) coAuthor(book);
  });
  return workbook;
}

describe("a co-author's change between the read and the write", () => {
  it("names a sheet deleted meanwhile and changes nothing", async () => {
    const workbook = await readThenEdit((book) => book.deleteSheet(book.sheet("Risks")!));
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toBe(
      "The sheet Risks is no longer in the workbook: someone may have renamed or deleted it " +
        "since the workbook was read. Run the command again. Nothing was changed.");
    expect(err.code).toBe("ItemNotFound");
    expect(err.done).toEqual([]);
    expect(consoleError).toHaveBeenCalledWith("Excel refused a write", err.original);
    expect(fake.book.sheet("Dashboard")?.charts).toHaveLength(1);
    expect(fake.book.sheet("Dashboard")?.valueAt(0, 0)).toBe("Readiness");
  });

  it("names a sheet renamed meanwhile", async () => {
    const workbook = await readThenEdit((book) => void (book.sheet("Risks")!.name = "Risks 2026"));
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toMatch(/^The sheet Risks is no longer in the workbook/);
    expect(fake.book.sheet("Risks 2026")?.conditionalFormats).toHaveLength(1);
  });

  it("names a table removed meanwhile", async () => {
    const workbook = await readThenEdit((book) => {
      book.tables = book.tables.filter((t) => t.name !== "Risks");
    });
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toBe(
      "The table Risks is no longer on the sheet Risks: someone may have renamed or removed it " +
        "since the workbook was read. Run the command again. Nothing was changed.");
  });

  it("names a sheet protected meanwhile, where Excel stopped and what was written", async () => {
    const workbook = await readThenEdit((book) => void (book.sheet("Risks")!.protected = true));
    const err = await applyFailure(workbook, upgrade);
    expect(err.code).toBe("AccessDenied");
    const before = ["Cleared Dashboard", "Wrote Dashboard!A1:B4", "Wrote Dashboard!D2:E2",
      "Drew 1 chart on Dashboard"];
    expect(err.message).toBe(
      "The sheet Risks is protected: unprotect it (Review > Unprotect Sheet) and run the " +
        `command again. Excel stopped while writing Risks!A1:${riskColumn("Notes")}4 ` +
        `(Range.values) and wrote nothing after it. Done before the error: ${before.join("; ")}.` +
        " Running the command again completes the change.");
    expect(err.done).toEqual(before);
    expect(fake.book.sheet("Dashboard")?.charts).toHaveLength(1);
  });

  it("says Excel may have written part of the change where it tells no traces", async () => {
    const workbook = await readThenEdit((book) => void (book.sheet("Risks")!.protected = true));
    fake.book.reportTraces = false;
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toBe(
      "The sheet Risks is protected: unprotect it (Review > Unprotect Sheet) and run the " +
        "command again. Excel stopped at Range.values. Excel may have made part of the change " +
        "before it stopped; running the command again completes it.");
    expect(err.done).toEqual([]);
  });

  it("names a sheet deleted meanwhile where Excel refuses to go from a null object", async () => {
    const workbook = await readThenEdit((book) => {
      book.deleteSheet(book.sheet("Risks")!);
      book.nullChildren = "fail";
    });
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toMatch(/^The sheet Risks is no longer in the workbook: someone may /);
    expect(err.message).toMatch(/ Nothing was changed\.$/);
  });

  it("names a table removed meanwhile on a sheet protected meanwhile", async () => {
    const workbook = await readThenEdit((book) => {
      book.tables = book.tables.filter((t) => t.name !== "Risks");
      book.sheet("Risks")!.protected = true;
    });
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toMatch(/^The table Risks is no longer on the sheet Risks: /);
  });
});

describe("refusals", () => {
  it("refuses before sending anything when the read found the sheet protected", async () => {
    const workbook = new OfficeWorkbook();
    await workbook.apply(createPlan(3));
    fake.book.sheet("Risks")!.protected = true;
    await workbook.read();
    const syncs = fake.syncCount;
    const err = await applyFailure(workbook, upgrade);
    expect(err.message).toBe(
      "The sheet Risks is protected: unprotect it (Review > Unprotect Sheet) and run the " +
        "command again. Nothing was changed.");
    expect(fake.syncCount).toBe(syncs);
  });

  it("says a request over Excel's limit was too large and changed nothing", async () => {
    fake.book.requestLimitBytes = 100_000;
    const err = await applyFailure(new OfficeWorkbook(), createPlan(2_000));
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(err.message).toMatch(/^The change was too large for Excel on the web /);
    expect(err.message).toMatch(/ Nothing was changed\.$/);
    expect(fake.book.sheet("Risks")).toBeUndefined();
  });

  it("says which syncs were done when a later one fails", async () => {
    fake.book.requestLimitBytes = 120_000;
    fake.beforeSync((n, book) => {
      if (n === 3) book.sheet("Risks")!.protected = true;
    });
    const workbook = new OfficeWorkbook({ payloadLimit: 100_000 });
    const err = await applyFailure(workbook, createPlan(3_000));
    expect(err.done.slice(0, 2)).toEqual(["Created sheet Dashboard", "Created sheet Risks"]);
    expect(err.done).toContain("Drew 1 chart on Dashboard");
    expect(err.done.at(-1)).toMatch(new RegExp(`^Wrote Risks!A\\d+:${riskColumn("Notes")}\\d+$`));
    expect(err.message).toContain(`Done before the error: ${err.done.join("; ")}.`);
    expect(err.message).toMatch(/^The sheet Risks is protected/);
  });

  it("says which step Excel refused and that it wrote nothing after it", async () => {
    const plan: WorkbookPlan = { sheets: [dashboardSheet(true)] };
    const err = await applyFailure(new OfficeWorkbook(), plan);
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toMatch(/^Excel refused part of the change as invalid \(The formula /);
    expect(err.message).toContain(
      "Excel stopped while writing formulas in Dashboard!E2 (Range.formulas) and wrote nothing " +
        "after it. Done before the error: Created sheet Dashboard; Wrote Dashboard!A1:B4; " +
        "Wrote Dashboard!D2:E2; Drew 1 chart on Dashboard. Running the command again completes " +
        "the change.");
    expect(fake.book.sheet("Dashboard")?.valueAt(1, 3)).toBe("Open risks");
  });

  it("passes on Excel's refusal of a sheet name", async () => {
    const plan: WorkbookPlan = { sheets: [{ name: "Risks/2026", create: true, blocks: [] }] };
    const err = await applyFailure(new OfficeWorkbook(), plan);
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toMatch(
      /^Excel refused part of the change as invalid \(Invalid sheet name/,
    );
  });

  it("says when the registers are too large to read in Excel on the web", async () => {
    await new OfficeWorkbook().apply(createPlan(200));
    fake.book.responseLimitBytes = 10_000;
    await expect(new OfficeWorkbook().read()).rejects.toThrow(
      /^The registers are too large for Excel on the web to send in one response/);
  });
});

describe("describeExcelError", () => {
  it.each([
    ["ItemNotFound", /renamed or deleted it since the workbook was read/],
    ["ItemAlreadyExists", /already exists/],
    ["AccessDenied", /Unprotect Sheet/],
    ["InvalidOperationInCellEditMode", /press Enter or Esc/],
    ["Conflict", /Someone else changed the workbook/],
    ["RequestPayloadSizeLimitExceeded", /too large for Excel on the web/],
  ])("explains %s", (code, sentence) => {
    expect(describeExcelError(excelError(code as never, "raw detail"))).toMatch(sentence);
  });

  it("keeps Excel's detail for other codes and a plain error's message", () => {
    expect(describeExcelError(excelError("GeneralException", "boom"))).toBe(
      "Excel could not complete the command (GeneralException: boom). Run the command again.");
    expect(describeExcelError(new Error("network down"))).toBe("network down");
    expect(describeExcelError(undefined)).toBe(
      "Excel could not complete the command. Run the command again.");
  });
});
