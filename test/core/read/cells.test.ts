import type { RawCell } from "../../../src/core/model/grid";
import { fullSheet, read, rowOf } from "./workbook";

type Case = [string, RawCell, unknown, string | null];

/** Reads one risk whose `key` cell holds `cell`; returns the field and the rules reported. */
function readRisk(key: string, cell: RawCell) {
  const row = rowOf("risks", { id: "R-004", risk: "Theft", [key]: cell });
  const isms = read(fullSheet("risks", [row]));
  const typed = isms.risks.rows[0] as unknown as Record<string, unknown>;
  return { value: typed[key], rules: isms.findings.map((f) => f.rule), findings: isms.findings };
}

describe("text and ID cells", () => {
  const cases: Case[] = [
    ["keeps plain text", "Ana Silva", "Ana Silva", null],
    ["trims surrounding spaces", "  Ana Silva \t", "Ana Silva", null],
    ["reads blank as empty text", "", "", null],
    ["reads white space as empty text", "   ", "", null],
    ["reads null as empty text", null, "", null],
    ["reads undefined as empty text", undefined, "", null],
    ["reads a number as its text", 42, "42", null],
    ["reads a fraction as its text", 2.5, "2.5", null],
    ["reads TRUE as text", true, "TRUE", null],
    ["reads FALSE as text", false, "FALSE", null],
    ["reports an error value and reads it as blank", "#N/A", "", "cell/formula-error"],
    ["keeps text that only starts with #", "#security", "#security", null],
  ];
  test.each(cases)("%s", (_name, cell, expected, rule) => {
    const { value, rules } = readRisk("owner", cell);
    expect(value).toBe(expected);
    expect(rules).toEqual(rule ? [rule] : []);
  });

  test("keeps an ID typed as a number readable as text", () => {
    const isms = read(fullSheet("risks", [rowOf("risks", { id: 17, risk: "Theft" })]));
    expect(isms.risks.rows[0].id).toBe("17");
  });
});

describe("choice cells", () => {
  const cases: Case[] = [
    ["keeps a word of the list", "Retain", "Retain", null],
    ["matches the list regardless of case", "rETAIN", "Retain", null],
    ["matches after trimming, and reports the spaces Excel's counts miss", "  Share ", "Share",
      "cell/spaces"],
    ["reads blank as empty", "", "", null],
    ["reads Mitigate as Modify", "Mitigate", "Modify", "cell/synonym"],
    ["reads Accept as Retain", "accept", "Retain", "cell/synonym"],
    ["reads Transfer as Share", "Transfer", "Share", "cell/synonym"],
    ["keeps a word outside the list as typed", " Ignore ", "Ignore", "cell/not-in-list"],
    ["reports a number outside the list", 3, "3", "cell/not-in-list"],
    ["reports TRUE outside the list", true, "TRUE", "cell/not-in-list"],
    ["reports an error value", "#VALUE!", "", "cell/formula-error"],
    ["does not take object keys for synonyms", "constructor", "constructor", "cell/not-in-list"],
  ];
  test.each(cases)("%s", (_name, cell, expected, rule) => {
    const { value, rules } = readRisk("treatment", cell);
    expect(value).toBe(expected);
    expect(rules).toEqual(rule ? [rule] : []);
  });

  test("offers the list word as the fix of spaces around it", () => {
    const { findings } = readRisk("treatment", "Retain ");
    expect(findings[0]).toMatchObject({
      severity: "warning", fixable: true, cell: "J2", column: "Treatment",
      fix: [{ sheet: "Risks", cell: "J2", value: "Retain", before: "Retain " }],
    });
  });

  test("offers the list word as the fix of a synonym, accepted with a warning", () => {
    const { findings } = readRisk("treatment", "Mitigate");
    expect(findings[0]).toMatchObject({
      severity: "warning", fixable: true, cell: "J2", column: "Treatment", id: "R-004",
      fix: [{ sheet: "Risks", cell: "J2", value: "Modify", before: "Mitigate" }],
    });
  });

  test("checks a classification against the labels of the settings", () => {
    const settings = fullSheet("settings", [["Classification labels", "Open, Secret", null]]);
    const assets = fullSheet("assets", [
      rowOf("assets", { id: "A-001", classification: "secret" }),
      rowOf("assets", { id: "A-002", classification: "Confidential" }),
    ]);
    const isms = read(settings, assets);
    expect(isms.assets.rows.map((r) => r.classification)).toEqual(["Secret", "Confidential"]);
    expect(isms.findings.filter((f) => f.rule !== "settings/missing")).toEqual([
      expect.objectContaining({ rule: "cell/not-in-list", id: "A-002", cell: "G3" }),
    ]);
  });
});

describe("date cells", () => {
  const cases: Case[] = [
    ["keeps a serial", 45292, 45292, null],
    ["keeps a serial with a time of day", 45292.5, 45292.5, null],
    ["reads blank as null", "", null, null],
    ["reads white space as null", "  ", null, null],
    ["accepts an ISO text date as its serial", "2024-01-01", 45292, "cell/text-date"],
    ["accepts an ISO date and time", "2024-01-01T10:30:00Z", 45292, "cell/text-date"],
    ["reports free text", "next week", NaN, "cell/not-a-date"],
    ["reports a day that does not exist", "2026-02-30", NaN, "cell/not-a-date"],
    ["reports a day-first date", "31/03/2026", NaN, "cell/not-a-date"],
    ["reports serial 60, a day that never was", 60, NaN, "cell/not-a-date"],
    ["reports zero", 0, NaN, "cell/not-a-date"],
    ["reports a negative number", -3, NaN, "cell/not-a-date"],
    ["reports a serial after 9999-12-31", 2958466, NaN, "cell/not-a-date"],
    ["reports TRUE", true, NaN, "cell/not-a-date"],
    ["reports an error value", "#DIV/0!", NaN, "cell/formula-error"],
  ];
  test.each(cases)("%s", (_name, cell, expected, rule) => {
    const { value, rules } = readRisk("acceptedOn", cell);
    expect(value).toBe(expected);
    expect(rules).toEqual(rule ? [rule] : []);
  });

  test("says what is wrong with a date in words a person reads", () => {
    const { findings } = readRisk("acceptedOn", "next week");
    expect(findings[0].message).toBe(
      'Risk R-004, Accepted on: "next week" is not a date. Type a date such as 2026-03-31.',
    );
    expect(findings[0]).toMatchObject({ severity: "error", cell: "P2", fixable: false });
  });

  test("fixes a text date by writing the real date", () => {
    const { findings } = readRisk("acceptedOn", "2026-03-31");
    expect(findings[0]).toMatchObject({
      fixable: true, fix: [{ sheet: "Risks", cell: "P2", value: { date: 46112 } }],
    });
  });
});

describe("integer cells", () => {
  const rating = (cell: RawCell) => {
    const isms = read(fullSheet("assets", [rowOf("assets", { id: "A-001", integrity: cell })]));
    return { value: isms.assets.rows[0].integrity, rules: isms.findings.map((f) => f.rule) };
  };
  const cases: Case[] = [
    ["keeps a whole number in range", 2, 2, null],
    ["reads numeric text, reported as text Excel's counts miss", " 3 ", 3,
      "cell/number-as-text"],
    ["reads a number with an exponent", "2e0", 2, "cell/number-as-text"],
    ["reports hexadecimal text, which Excel does not take as a number", "0x3", NaN,
      "cell/not-a-number"],
    ["reports binary text", "0b11", NaN, "cell/not-a-number"],
    ["reports Infinity", "Infinity", NaN, "cell/not-a-number"],
    ["reads blank as null", "", null, null],
    ["reports a number above the maximum", 4, NaN, "cell/out-of-range"],
    ["reports a number below the minimum", 0, NaN, "cell/out-of-range"],
    ["reports numeric text out of range", "7", NaN, "cell/out-of-range"],
    ["reports a fraction", 1.5, NaN, "cell/not-a-number"],
    ["reports words", "high", NaN, "cell/not-a-number"],
    ["reports TRUE", true, NaN, "cell/not-a-number"],
    ["reports an error value", "#NUM!", NaN, "cell/formula-error"],
  ];
  test.each(cases)("%s", (_name, cell, expected, rule) => {
    const { value, rules } = rating(cell);
    expect(value).toBe(expected);
    expect(rules).toEqual(rule ? [rule] : []);
  });

  test("offers the number as the fix of numeric text", () => {
    const { findings } = readRisk("likelihood", "4");
    expect(findings[0]).toMatchObject({
      severity: "warning", fixable: true, cell: "G2", column: "Likelihood",
      fix: [{ sheet: "Risks", cell: "G2", value: 4, before: "4" }],
    });
  });

  test("leaves the range of likelihood and impact to the rules, which know the scale", () => {
    expect(readRisk("likelihood", 9)).toMatchObject({ value: 9, rules: [] });
    expect(readRisk("impact", 0)).toMatchObject({ value: 0, rules: [] });
    expect(readRisk("impact", 2.5)).toMatchObject({ value: NaN, rules: ["cell/not-a-number"] });
  });

  test("checks the audit findings count against its minimum only", () => {
    const audits = (cell: RawCell) =>
      read(fullSheet("audits", [rowOf("audits", { id: "AU-001", findings: cell })]));
    expect(audits(250).audits.rows[0].findings).toBe(250);
    expect(audits(-1).findings.map((f) => f.rule)).toEqual(["cell/out-of-range"]);
  });
});

describe("formula cells", () => {
  const cases: Case[] = [
    ["keeps the computed number", 12, 12, null],
    ["reads an empty result as null", "", null, null],
    ["reads a missing value as null", null, null, null],
    ["reports an error value", "#REF!", NaN, "cell/formula-error"],
    ["reads a number typed as text", "12", 12, null],
    ["reports text typed over the formula", "high", NaN, "cell/formula-replaced"],
    ["reports hexadecimal text typed over the formula", "0xC", NaN, "cell/formula-replaced"],
  ];
  test.each(cases)("%s", (_name, cell, expected, rule) => {
    const { value, rules } = readRisk("score", cell);
    expect(value).toBe(expected);
    expect(rules).toEqual(rule ? [rule] : []);
  });

  test("offers the live formula, naming the table as it stands, as the fix of typed text", () => {
    const row = rowOf("risks", { id: "R-004", residualScore: "low" });
    const sheet = fullSheet("risks", [row]);
    const isms = read({ ...sheet, table: { name: "OurRisks", address: "A1:S2" } });
    expect(isms.findings[0]).toMatchObject({
      severity: "error", fixable: true, column: "Residual score",
      fix: [{ sheet: "Risks", value: { formula: expect.stringContaining("OurRisks[[#This Row]") },
        before: "low" }],
    });
    expect(JSON.stringify(isms.findings[0].fix)).not.toMatch(/\bRisks\[/);
  });

  test("cannot offer the formula where the register is no table: it says to type it back", () => {
    const row = rowOf("risks", { id: "R-004", score: "high" });
    const sheet = fullSheet("risks", [row]);
    const isms = read({ ...sheet, table: null });
    expect(isms.findings[0]).toMatchObject({ rule: "cell/not-a-number", fixable: false });
    expect(isms.findings[0].message).toMatch(/Type the formula back/);
  });
});

describe("reference and multiple-choice cells", () => {
  const cases: Case[] = [
    ["splits on semicolons", "A-001; A-002", ["A-001", "A-002"], null],
    ["splits on commas", "A-001,A-002", ["A-001", "A-002"], null],
    ["splits on line breaks", "A-001\nA-002\r\nA-003", ["A-001", "A-002", "A-003"], null],
    ["splits on mixed separators", "A-001; A-002, A-003", ["A-001", "A-002", "A-003"], null],
    ["drops empty items", ";A-001;; ;A-002;", ["A-001", "A-002"], null],
    ["reads one reference", " A-001 ", ["A-001"], null],
    ["reads blank as no references", "", [], null],
    ["reads separators alone as no references", " ; , ", [], null],
    ["reads a number as one reference", 8.5, ["8.5"], null],
    ["reports an error value", "#NAME?", [], "cell/formula-error"],
  ];
  test.each(cases)("%s", (_name, cell, expected, rule) => {
    const { value, rules } = readRisk("assets", cell);
    expect(value).toEqual(expected);
    expect(rules).toEqual(rule ? [rule] : []);
  });

  test("checks every reason of a control against the list", () => {
    const soa = (cell: RawCell) =>
      read(fullSheet("soa", [rowOf("soa", { control: "5.1", reasons: cell })]));
    const good = soa("legal; BEST PRACTICE");
    expect(good.soa.rows[0].reasons).toEqual(["Legal", "Best practice"]);
    expect(good.findings).toEqual([]);
    const bad = soa("Legal; Whim; Habit");
    expect(bad.soa.rows[0].reasons).toEqual(["Legal", "Whim", "Habit"]);
    expect(bad.findings).toHaveLength(1);
    expect(bad.findings[0]).toMatchObject({ rule: "cell/not-in-list", id: "5.1", cell: "E2" });
    expect(bad.findings[0].message).toContain('"Whim", "Habit" are not one of');
  });
});

describe("error values", () => {
  const errors = [
    "#REF!", "#VALUE!", "#N/A", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#GETTING_DATA",
  ];
  test.each(errors)("reports %s in any column, naming the cell", (error) => {
    const isms = read(fullSheet("risks", [rowOf("risks", { id: "R-001", owner: error })]));
    expect(isms.findings).toEqual([
      expect.objectContaining({
        rule: "cell/formula-error", severity: "error", cell: "F2", id: "R-001", column: "Owner",
      }),
    ]);
    expect(isms.findings[0].message).toContain(error);
  });

  test("names the row by its position when the ID itself is an error", () => {
    const isms = read(fullSheet("risks", [rowOf("risks", { id: "#REF!", risk: "Theft" })]));
    expect(isms.findings[0]).toMatchObject({ cell: "A2", id: "" });
    expect(isms.findings[0].message).toMatch(/^Risk in row 2, ID:/);
  });
});

describe("long text", () => {
  test("reads a cell of 32,767 characters and keeps the message short", () => {
    const long = "x".repeat(32_767);
    expect(readRisk("notes", long).value).toBe(long);
    const { findings } = readRisk("acceptedOn", long);
    expect(findings[0].rule).toBe("cell/not-a-date");
    expect(findings[0].message.length).toBeLessThan(200);
  });
});
