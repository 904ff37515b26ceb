/** Text Excel would read as something else is written with an apostrophe, and only that. */
import { needsTextMark } from "../../src/office/cells";

describe("needsTextMark", () => {
  it.each([
    "5.10", "1,000", "$5", "(5)", "5%", "-$1,234.50", "€12", "1 000", "1e3", " 42 ", "Jan 5",
    "5 March", "5-Jan-2026", "March 2026", "2026-03-31", "3/31", "31.03.2026", "12:30 PM",
    "TRUE", "false", "=SUM(A1)", "- call the supplier", "+44 20 7946 0000", "'quoted", "#N/A",
    "#DIV/0!",
  ])("marks %j", (text) => {
    expect(needsTextMark(text)).toBe(true);
  });

  it.each([
    "", "R-001", "A.5.1", "Note: 5", "May cause outage", "Marching band", "12 Main Street",
    "Laptop 1 lost in transit", "ISMS readiness dashboard", "#1 priority",
  ])("leaves %j as it is", (text) => {
    expect(needsTextMark(text)).toBe(false);
  });

  it("decides on a long note at once", () => {
    const note = `1${" 1".repeat(50_000)}x`;
    const started = Date.now();
    expect(needsTextMark(note)).toBe(false);
    expect(needsTextMark(`${" ".repeat(50_000)}x`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
