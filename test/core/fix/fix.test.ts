import { fixesOf, fixPlan } from "../../../src/core/fix";
import type { CellChange, Finding } from "../../../src/core/model/finding";

function finding(rule: string, fix?: CellChange[], fixable = fix !== undefined): Finding {
  return {
    rule, severity: "error", step: "1A", sheet: "Risks", cell: fix?.[0]?.cell ?? "A1", id: "",
    column: "", message: "", fixable, ...(fix ? { fix } : {}),
  };
}

const change = (sheet: string, cell: string, value: CellChange["value"]): CellChange =>
  ({ sheet, cell, value });

describe("fixesOf", () => {
  it("takes the changes of fixable findings only", () => {
    const changes = fixesOf([
      finding("risk/owner-missing"),
      finding("structure/id-missing", [change("Risks", "A3", "R-002")]),
      finding("odd/not-fixable", [change("Risks", "A4", "x")], false),
    ]);
    expect(changes).toEqual([change("Risks", "A3", "R-002")]);
  });

  it("keeps one change per cell, the later finding winning", () => {
    const changes = fixesOf([
      finding("a/one", [change("Risks", "J2", "Modify")]),
      finding("a/two", [change("Risks", "j2", "Retain")]),
    ]);
    expect(changes).toEqual([change("Risks", "j2", "Retain")]);
  });

  it("orders changes by sheet as first met, then row, then column", () => {
    const changes = fixesOf([
      finding("a/one", [change("SoA", "K9", "R-001")]),
      finding("a/two", [change("Risks", "I10", { formula: "=1" }), change("Risks", "AA2", 1)]),
      finding("a/three", [change("Risks", "B2", 2), change("SoA", "K3", null)]),
    ]);
    expect(changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual([
      "SoA!K3", "SoA!K9", "Risks!B2", "Risks!AA2", "Risks!I10",
    ]);
  });

  it("leaves out changes that name no cell", () => {
    expect(fixesOf([finding("a/one", [change("Risks", "", 1)])])).toEqual([]);
  });
});

describe("fixPlan", () => {
  it("writes each change as a one-cell block on its sheet, dates with a date format", () => {
    const plan = fixPlan([
      change("Risks", "A3", "R-002"),
      change("Assets", "M2", { date: 46112 }),
      change("Risks", "I2", { formula: "=2*3" }),
    ]);
    expect(plan).toEqual({
      sheets: [
        {
          name: "Risks", create: false,
          blocks: [
            { address: "A3", cells: [["R-002"]] },
            { address: "I2", cells: [[{ formula: "=2*3" }]] },
          ],
        },
        {
          name: "Assets", create: false,
          blocks: [{ address: "M2", cells: [[{ date: 46112 }]] }],
          numberFormats: [{ range: "M2", format: "yyyy-mm-dd" }],
        },
      ],
    });
  });

  it("plans nothing for no changes", () => {
    expect(fixPlan([])).toEqual({ sheets: [] });
  });
});
