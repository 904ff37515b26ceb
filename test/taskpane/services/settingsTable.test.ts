import type { RawSheet } from "../../../src/core/model/grid";
import { serialOf } from "../../../src/core/model/dates";
import {
  readSettingsSheet, settingsPlan, settingsProblems,
} from "../../../src/taskpane/services/settingsTable";
import type { PaneSettings } from "../../../src/taskpane/services/types";

/** A Settings table as Excel hands it back, with a user's column first and a blank row. */
function sheet(): RawSheet {
  return {
    name: "Settings",
    table: { name: "ArmSettings", address: "Settings!A1:D9" },
    values: [
      ["My notes", " setting ", "VALUE", "Notes"],
      ["", "Organisation", "Acme Ltd", ""],
      ["", "ISMS scope", null, ""],
      ["", "Go-live date", serialOf(2026, 12, 1), ""],
      ["", "Stage 1 audit date", "2027-02-01", ""],
      ["", "", "", ""],
      ["", "Risk scale", 5, ""],
      ["", "Risk appetite", 9, ""],
      ["", "Standard", "ISO/IEC 27001:2022", ""],
    ],
  };
}

const blank: PaneSettings = {
  organisation: "", scope: "", goLive: "", stage1: "", stage2: "", riskScale: "", riskAppetite: "",
};

describe("the settings the pane edits", () => {
  it("reads values by the Setting and Value headers, dates as yyyy-mm-dd", () => {
    const found = readSettingsSheet(sheet());
    expect(found?.values).toEqual({
      organisation: "Acme Ltd", scope: "", goLive: "2026-12-01", stage1: "2027-02-01",
      stage2: "", riskScale: "5", riskAppetite: "9",
    });
    expect(found?.cells).toEqual({
      organisation: "C2", scope: "C3", goLive: "C4", stage1: "C5", riskScale: "C7",
      riskAppetite: "C8",
    });
  });

  it("gives null for a sheet without a Value column", () => {
    const noValue = { name: "Settings", table: null, values: [["Setting", "x"]] };
    expect(readSettingsSheet(noValue)).toBeNull();
    expect(readSettingsSheet({ name: "Settings", table: null, values: [] })).toBeNull();
  });

  it("writes only the Value cells that changed, dates as dates and numbers as numbers", () => {
    const current = readSettingsSheet(sheet())?.values ?? blank;
    const next = { ...current, goLive: "2026-11-02", riskAppetite: "12", scope: "=HACK()" };
    const { plan, changed, missing } = settingsPlan(sheet(), next, current);
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0].name).toBe("Settings");
    expect(plan.sheets[0].create).toBe(false);
    expect(plan.sheets[0].blocks).toEqual([
      { address: "C3", cells: [["'=HACK()"]] },
      { address: "C4", cells: [[{ date: serialOf(2026, 11, 2) }]] },
      { address: "C8", cells: [[12]] },
    ]);
    expect(changed).toHaveLength(3);
    expect(missing).toEqual([]);
  });

  it("reports a changed setting that has no row instead of writing it elsewhere", () => {
    const current = readSettingsSheet(sheet())?.values ?? blank;
    const { plan, missing } = settingsPlan(sheet(), { ...current, stage2: "2027-04-01" }, current);
    expect(plan.sheets).toEqual([]);
    expect(missing).toEqual(["Stage 2 audit date"]);
  });

  it("blanks a cleared date", () => {
    const current = readSettingsSheet(sheet())?.values ?? blank;
    const { plan } = settingsPlan(sheet(), { ...current, goLive: "" }, current);
    expect(plan.sheets[0].blocks).toEqual([{ address: "C4", cells: [[null]] }]);
  });

  it("never writes a setting the user did not change, keeping a co-author's edit", () => {
    const loaded = { ...readSettingsSheet(sheet())!.values, stage1: "" };
    // The form was loaded with no Stage 1 date; a co-author has set one since.
    const { plan, changed, conflicts, after } = settingsPlan(
      sheet(), { ...loaded, organisation: "Acme Group" }, loaded,
    );
    expect(plan.sheets[0].blocks).toEqual([{ address: "C2", cells: [["Acme Group"]] }]);
    expect(changed).toEqual(["Organisation set to Acme Group"]);
    expect(conflicts).toEqual([]);
    expect(after).toMatchObject({ organisation: "Acme Group", stage1: "2027-02-01" });
  });

  it("keeps the workbook's value of a setting both the user and a co-author changed", () => {
    const loaded = { ...readSettingsSheet(sheet())!.values, stage1: "2027-01-10" };
    const { plan, changed, conflicts, after } = settingsPlan(
      sheet(), { ...loaded, stage1: "2027-02-15" }, loaded,
    );
    expect(plan.sheets).toEqual([]);
    expect(changed).toEqual([]);
    expect(conflicts).toEqual([
      { setting: "Stage 1 audit date", yours: "2027-02-15", workbook: "2027-02-01" },
    ]);
    expect(after.stage1).toBe("2027-02-01");
  });

  it("writes nothing and reports nothing when a co-author made the same change", () => {
    const loaded = { ...readSettingsSheet(sheet())!.values, organisation: "Acme" };
    const out = settingsPlan(sheet(), { ...loaded, organisation: "Acme Ltd" }, loaded);
    expect(out.plan.sheets).toEqual([]);
    expect(out.conflicts).toEqual([]);
    expect(out.after.organisation).toBe("Acme Ltd");
  });

  it("says what is wrong with typed settings", () => {
    expect(settingsProblems({ ...blank, riskScale: "5", riskAppetite: "9" })).toEqual([]);
    const problems = settingsProblems({
      ...blank, goLive: "2026-02-30", riskScale: "7", riskAppetite: "0",
    });
    expect(problems).toEqual([
      'Go-live date "2026-02-30" is not a date: write it as yyyy-mm-dd.',
      "Risk scale must be 3, 4 or 5.",
      "Risk appetite must be a whole number from 1 to 25.",
    ]);
  });
});
