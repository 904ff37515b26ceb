import { isNoop } from "../../../src/core/plan/noop";
import type { SheetPlan } from "../../../src/core/plan/types";

const quiet: SheetPlan = {
  name: "Risks", create: false, blocks: [],
  validations: [{ range: "G2:G202", values: ["1", "2", "3"] }],
  numberFormats: [{ range: "P2:P202", format: "yyyy-mm-dd" }],
};

describe("isNoop", () => {
  it("holds for a plan with no sheets, or sheets that only restate formats", () => {
    expect(isNoop({ sheets: [] })).toBe(true);
    expect(isNoop({ sheets: [quiet], notes: ["Sheet X was left as it is."] })).toBe(true);
  });

  it.each<[string, Partial<SheetPlan>]>([
    ["creates a sheet", { create: true }],
    ["clears a sheet", { clear: true }],
    ["writes a cell", { blocks: [{ address: "A1", cells: [["ID"]] }] }],
    ["builds or widens a table", {
      table: { name: "Risks", range: "A1:T3", create: false, style: "TableStyleMedium2" },
    }],
    ["draws a chart", {
      charts: [{
        name: "c", type: "pie", title: "t", source: "A1:B3", seriesBy: "columns", anchor: "H1",
        widthCells: 4, heightCells: 4,
      }],
    }],
  ])("fails for a plan that %s", (_, change) => {
    expect(isNoop({ sheets: [quiet, { ...quiet, ...change }] })).toBe(false);
  });
});
