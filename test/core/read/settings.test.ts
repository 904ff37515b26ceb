import type { RawCell } from "../../../src/core/model/grid";
import { headerKey } from "../../../src/core/read/text";
import { SETTINGS } from "../../../src/core/schema";
import { read, sheet } from "./workbook";

/** Reads a Settings sheet holding the given Setting | Value rows, then the others blank. */
function settings(rows: [RawCell, RawCell][]) {
  const given = new Set(rows.map(([s]) => headerKey(String(s))));
  const rest = SETTINGS.filter((s) => !given.has(headerKey(s.name)))
    .map((s): [RawCell, RawCell] => [s.name, null]);
  const values: RawCell[][] = [
    ["Setting", "Value", "Notes"], ...[...rows, ...rest].map(([s, v]) => [s, v, ""]),
  ];
  return read(sheet("settings", values));
}

describe("reading the settings", () => {
  test("gives the defaults when the Settings sheet is missing", () => {
    const isms = read();
    expect(isms.settings).toMatchObject({
      organisation: "", edition: "2022", riskScale: 5, riskAppetite: 9, reviewMonths: 12,
      classificationLabels: ["Public", "Internal", "Confidential", "Restricted"], goLive: null,
      cells: {},
    });
    expect(isms.findings).toEqual([]);
  });

  test("reads every setting, names matched regardless of case and spacing", () => {
    const isms = settings([
      ["organisation", "  Northwind Ltd "],
      ["ISMS  SCOPE", "All services"],
      ["Standard", "ISO/IEC 27001:2013"],
      ["Risk scale", 4],
      ["Risk appetite", "8"],
      ["Risk review interval (months)", 6],
      ["Classification labels", "Open;\nSecret, Top secret"],
      ["Go-live date", 46082],
      ["Stage 1 audit date", 46113],
      ["Stage 2 audit date", 46174],
      ["Certification body", "BSI"],
      ["Schema version", 1],
    ]);
    expect(isms.settings).toEqual({
      organisation: "Northwind Ltd", scope: "All services", edition: "2013", riskScale: 4,
      riskAppetite: 8, reviewMonths: 6, classificationLabels: ["Open", "Secret", "Top secret"],
      goLive: 46082, stage1: 46113, stage2: 46174, certificationBody: "BSI", schemaVersion: "1",
      cells: Object.fromEntries(SETTINGS.map((s, i) => [s.key, `B${i + 2}`])),
    });
    expect(isms.findings).toEqual([]);
  });

  test.each([
    ["ISO/IEC 27001:2022", "2022"],
    ["ISO/IEC 27001:2013", "2013"],
    ["2013", "2013"],
    [2022, "2022"],
    ["27001:2013", "2013"],
    ["iso 27001 2022", "2022"],
  ])("reads the standard %p as the %s edition", (value, edition) => {
    expect(settings([["Standard", value]]).settings.edition).toBe(edition);
  });

  test.each([
    ["Standard", "ISO 9001", "edition", "2022", "1A"],
    ["Risk scale", 6, "riskScale", 5, "1A"],
    ["Risk scale", "five", "riskScale", 5, "1A"],
    ["Risk appetite", "low", "riskAppetite", 9, "1A"],
    ["Risk appetite", 40, "riskAppetite", 9, "1A"],
    ["Risk review interval (months)", 2.5, "reviewMonths", 12, "1A"],
    ["Go-live date", "soon", "goLive", NaN, "2"],
    ["Stage 1 audit date", true, "stage1", NaN, "2"],
    ["Stage 2 audit date", -4, "stage2", NaN, "2"],
  ])("reports %s = %p as unreadable, read as its default (NaN for a date)",
    (name, value, key, fallback, step) => {
    const isms = settings([["Organisation", "N"], [name, value]]);
    expect((isms.settings as unknown as Record<string, unknown>)[key]).toEqual(fallback);
    expect(isms.findings).toEqual([
      expect.objectContaining({
        rule: "settings/unreadable", severity: "error", step, sheet: "Settings", cell: "B3",
        id: name, column: "Value",
      }),
    ]);
  });

  test("accepts an ISO text date and offers to make it a real date", () => {
    const isms = settings([["Go-live date", "2026-03-01"]]);
    expect(isms.settings.goLive).toBe(46082);
    expect(isms.findings).toEqual([
      expect.objectContaining({
        rule: "cell/text-date", step: "2", cell: "B2", id: "Go-live date", fixable: true,
        fix: [{ sheet: "Settings", cell: "B2", value: { date: 46082 }, before: "2026-03-01" }],
      }),
    ]);
  });

  test("uses defaults for blank values and an error value, reporting only the error", () => {
    const isms = settings([["Risk scale", ""], ["Risk appetite", "#REF!"], ["Unknown", 3]]);
    expect(isms.settings).toMatchObject({ riskScale: 5, riskAppetite: 9 });
    expect(isms.findings.map((f) => [f.rule, f.cell])).toEqual([["cell/formula-error", "B3"]]);
  });

  test("reads the first of two rows for one setting, and says so on the second", () => {
    const isms = settings([["Risk scale", 3], ["risk scale", 4]]);
    expect(isms.settings.riskScale).toBe(3);
    expect(isms.settings.cells.riskScale).toBe("B2");
    expect(isms.findings).toEqual([expect.objectContaining({
      rule: "settings/duplicate", severity: "warning", cell: "A3", id: "Risk scale",
      message: expect.stringContaining("rows 2 and 3: row 2 is used"),
    })]);
  });

  test("says which settings that change the check have no row, and what stands in", () => {
    const values: RawCell[][] = [["Setting", "Value", "Notes"], ["Organisation", "N", ""],
      ["Risk scale", 4, ""]];
    const isms = read(sheet("settings", values));
    expect(isms.findings.map((f) => [f.rule, f.id])).toEqual([
      ["settings/missing", "Standard"], ["settings/missing", "Risk appetite"],
      ["settings/missing", "Risk review interval (months)"],
      ["settings/missing", "Classification labels"],
    ]);
    expect(isms.findings[2].message).toContain("its default 12 is used");
  });

  test("does not read hexadecimal text as a number", () => {
    const isms = settings([["Risk review interval (months)", "0xC"]]);
    expect(isms.settings.reviewMonths).toBe(12);
    expect(isms.findings.map((f) => f.rule)).toEqual(["settings/unreadable"]);
  });

  test("keeps the default labels when the labels cell holds only separators", () => {
    const isms = settings([["Classification labels", " ; ; "]]);
    expect(isms.settings.classificationLabels).toEqual([
      "Public", "Internal", "Confidential", "Restricted",
    ]);
  });

  test("keeps the raw values in the setting rows", () => {
    const isms = settings([["Risk scale", 4], ["Organisation", " N "], ["Go-live date", null]]);
    expect(isms.settingRows.rows.slice(0, 3).map((r) => r.value)).toEqual([4, "N", null]);
  });
});

describe("the ARM step of settings findings", () => {
  test("counts an error value in a date setting under step 2", () => {
    const isms = settings([["Organisation", "#REF!"], ["Stage 2 audit date", "#N/A"]]);
    expect(isms.findings.map((f) => [f.rule, f.cell, f.step])).toEqual([
      ["cell/formula-error", "B2", "1A"],
      ["cell/formula-error", "B3", "2"],
    ]);
  });

  test("names the setting as it is typed in the sheet", () => {
    const isms = settings([["  risk SCALE ", 7]]);
    expect(isms.findings[0]).toMatchObject({ rule: "settings/unreadable", id: "risk SCALE" });
    expect(isms.findings[0].message).toBe(
      'Setting risk SCALE, Value: 7 is not 3, 4 or 5. Type 3, 4 or 5.',
    );
  });
});
