import { dayOf, isoOf, serialOf, serialOfIso } from "../../../src/core/model/dates";
import { isDateSerial } from "../../../src/core/read";
import { fullSheet, read, rowOf } from "./workbook";

/** Reads one date cell of an improvement and returns the serial the reader made of it. */
function targetDate(cell: string | number) {
  const row = rowOf("improvements", { id: "I-001", targetDate: cell });
  const isms = read(fullSheet("improvements", [row]));
  return isms.improvements.rows[0].targetDate;
}

describe("Excel serial dates in the 1900 system", () => {
  test.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1999-12-31", 36525],
    ["2024-01-01", 45292],
    ["2024-02-29", 45351],
    ["2026-03-31", 46112],
    ["9999-12-31", 2958465],
  ])("reads the text date %s as serial %d, and the serial back as that day", (iso, serial) => {
    expect(targetDate(iso)).toBe(serial);
    expect(isoOf(serial)).toBe(iso);
  });

  test("has no day for serial 60, the 29 February 1900 that Excel counts", () => {
    expect(dayOf(60)).toBeNull();
    expect(isDateSerial(60)).toBe(false);
    expect(isDateSerial(59)).toBe(true);
    expect(isDateSerial(61)).toBe(true);
    expect(targetDate(60)).toBeNaN();
    expect(targetDate("1900-02-29")).toBeNaN();
  });

  test("keeps serials of real days as they are", () => {
    for (const serial of [1, 59, 61, 45292, 2958465]) expect(targetDate(serial)).toBe(serial);
  });

  test.each(["1800-01-01", "1899-12-31", "0099-05-05", "10000-01-01"])(
    "reads the text %s, outside Excel's calendar, as not a date", (text) => {
      expect(targetDate(text)).toBeNaN();
    });

  test("keeps years below 100 as given instead of turning them into 19xx", () => {
    expect(serialOfIso("0099-05-05")).toBe(serialOf(99, 5, 5));
    expect(serialOf(99, 5, 5)).toBeLessThan(serialOf(1999, 5, 5) - 365 * 1000);
    expect(dayOf(1e300)).toBeNull();
  });
});
