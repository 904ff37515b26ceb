import { headerKey, isErrorValue, splitList } from "../../../src/core/read";

describe("splitting list cells", () => {
  test.each([
    ["A-001; A-002; A-003", ["A-001", "A-002", "A-003"]],
    ["A-001;A-002", ["A-001", "A-002"]],
    ["A-001;  A-002 ", ["A-001", "A-002"]],
    ["A-001; A-002;", ["A-001", "A-002"]],
    ["A-001; ", ["A-001"]],
    ["; A-001", ["A-001"]],
    ["A-001; A-002;A-003", ["A-001", "A-002", "A-003"]],
    ["5.15, 8.5", ["5.15", "8.5"]],
    ["5.15\n8.5\n", ["5.15", "8.5"]],
    ["5.15\r\n8.5", ["5.15", "8.5"]],
    ["a;b,c\nd", ["a", "b", "c", "d"]],
    ["  lone  ", ["lone"]],
    ["", []],
    [";;;", []],
    ["; ; ;", []],
  ])("splits %p", (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
});

describe("headers and error values", () => {
  test("matches headers regardless of case and white space", () => {
    expect(headerKey("  Residual \t LIKELIHOOD\n")).toBe("residual likelihood");
  });

  test("knows Excel's error values and nothing else", () => {
    expect(isErrorValue("#REF!")).toBe(true);
    expect(isErrorValue("#GETTING_DATA")).toBe(true);
    expect(isErrorValue("#REF")).toBe(false);
    expect(isErrorValue(" #REF!")).toBe(false);
    expect(isErrorValue("#")).toBe(false);
  });
});
