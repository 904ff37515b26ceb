import { CellWrites } from "../../../src/core/plan/blocks";

describe("CellWrites", () => {
  it("stacks runs of the same columns on consecutive rows into one block", () => {
    const w = new CellWrites();
    for (let r = 4; r <= 6; r++) {
      w.set(r, 0, `5.${r}`);
      w.set(r, 1, "Organizational");
    }
    expect(w.blocks()).toEqual([
      { address: "A4", cells: [["5.4", "Organizational"], ["5.5", "Organizational"],
        ["5.6", "Organizational"]] },
    ]);
  });

  it("never spans a cell it was not given: gaps split rows, breaks split blocks", () => {
    const w = new CellWrites();
    w.set(1, 8, "Notes");
    w.set(1, 10, "Residual score");
    w.set(2, 10, { formula: "=1" });
    w.set(4, 10, { formula: "=1" });
    expect(w.blocks()).toEqual([
      { address: "I1", cells: [["Notes"]] },
      { address: "K1", cells: [["Residual score"], [{ formula: "=1" }]] },
      { address: "K4", cells: [[{ formula: "=1" }]] },
    ]);
    expect(w.size).toBe(4);
    expect(w.has(3, 10)).toBe(false);
  });
});
