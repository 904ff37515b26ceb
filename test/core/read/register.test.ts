import { read, sheet, specOf } from "./workbook";

describe("finding a register", () => {
  test("finds a register by its table name whatever the sheet is called", () => {
    const isms = read(
      sheet("assets", [["ID", "Asset"], ["A-001", "Laptop"]], {
        name: "My inventory", table: { name: "ASSETS", address: "A1:B2" },
      }),
    );
    expect(isms.assets).toMatchObject({ present: true, sheet: "My inventory", table: "ASSETS" });
    expect(isms.assets.rows.map((r) => r.asset)).toEqual(["Laptop"]);
  });

  test("falls back to the sheet name when no table carries the register's name", () => {
    const isms = read(sheet("assets", [["ID"], ["A-001"]], { name: "assets", table: null }));
    expect(isms.assets).toMatchObject({ present: true, sheet: "assets", table: null });
    expect(isms.assets.rows).toHaveLength(1);
  });

  test("prefers the table over a sheet of the register's name", () => {
    const decoy = sheet("assets", [["ID"], ["A-999"]], { name: "Assets", table: null });
    const real = sheet("assets", [["ID"], ["A-001"]], {
      name: "Inventory", table: { name: "Assets", address: "A1:A2" },
    });
    expect(read(decoy, real).assets.rows[0].id).toBe("A-001");
  });

  test("marks a register absent, with every column missing, when nothing names it", () => {
    const isms = read();
    expect(isms.risks).toMatchObject({ present: false, rows: [], bodyRows: 0, table: null });
    expect(isms.risks.missing).toEqual(specOf("risks").columns.map((c) => c.key));
  });
});

describe("finding columns by header", () => {
  test("matches headers in any order, case and spacing", () => {
    const isms = read(
      sheet("risks", [
        ["  owner ", "RISK", "id", "accepted   ON", "Residual\tlikelihood"],
        ["Ana", "Fire", "R-001", 45292, 2],
      ]),
    );
    const [risk] = isms.risks.rows;
    expect(risk).toMatchObject({
      id: "R-001", risk: "Fire", owner: "Ana", acceptedOn: 45292, residualLikelihood: 2,
    });
    expect(isms.risks.columns).toMatchObject({
      owner: 0, risk: 1, id: 2, acceptedOn: 3, residualLikelihood: 4,
    });
  });

  test("lists the schema columns it did not find, and reads them as blank", () => {
    const isms = read(sheet("risks", [["ID", "Risk"], ["R-001", "Fire"]]));
    expect(isms.risks.missing).toContain("owner");
    expect(isms.risks.missing).not.toContain("risk");
    expect(isms.risks.rows[0]).toMatchObject({ owner: "", likelihood: null, assets: [] });
    expect(isms.findings).toEqual([]);
  });

  test("keeps the user's own columns aside, values untouched", () => {
    const isms = read(
      sheet("assets", [
        ["ID", "Cost centre", "Asset", "Reviewer"],
        ["A-001", 4410, "Laptop", "#REF!"],
        [null, null, null, null],
        ["A-002", "  x ", "Server", true],
      ]),
    );
    expect(isms.assets.extras).toEqual([
      { header: "Cost centre", col: 1, values: [4410, null, "  x "] },
      { header: "Reviewer", col: 3, values: ["#REF!", null, true] },
    ]);
    expect(isms.findings).toEqual([]);
  });

  test("reads the first of two columns with one header and warns about the second", () => {
    const isms = read(
      sheet("risks", [["ID", "Owner", "Risk", "owner"], ["R-001", "Ana", "Fire", "Ben"]]),
    );
    expect(isms.risks.rows[0].owner).toBe("Ana");
    expect(isms.risks.columns.owner).toBe(1);
    expect(isms.findings).toEqual([
      expect.objectContaining({
        rule: "structure/duplicate-column", severity: "warning", sheet: "Risks", cell: "D1",
        column: "Owner", id: "", fixable: false,
      }),
    ]);
  });
});

describe("rows", () => {
  test("ignores blank rows but counts them in the body", () => {
    const isms = read(
      sheet("assets", [
        ["ID", "Asset"],
        ["A-001", "Laptop"],
        [null, "  "],
        ["", undefined],
        [],
        ["A-002", "Server"],
      ]),
    );
    expect(isms.assets.rows.map((r) => [r.id, r.row])).toEqual([["A-001", 2], ["A-002", 6]]);
    expect(isms.assets.bodyRows).toBe(5);
  });

  test("reads a row with cells only in an unknown column", () => {
    const isms = read(sheet("assets", [["ID", "Note"], [null, "keep me"]]));
    expect(isms.assets.rows).toHaveLength(1);
    expect(isms.assets.rows[0].id).toBe("");
  });

  test("tolerates rows shorter and longer than the header", () => {
    const isms = read(
      sheet("assets", [["ID", "Asset", "Owner"], ["A-001"], ["A-002", "Server", "Ana", "x", 5]]),
    );
    expect(isms.assets.rows.map((r) => [r.id, r.asset, r.owner])).toEqual([
      ["A-001", "", ""],
      ["A-002", "Server", "Ana"],
    ]);
  });

  test("tolerates an empty sheet", () => {
    const isms = read(sheet("assets", []));
    expect(isms.assets).toMatchObject({ present: true, rows: [], bodyRows: 0 });
    expect(isms.assets.missing).toHaveLength(specOf("assets").columns.length);
  });

  test("numbers rows and names cells from where the table stands on the sheet", () => {
    const isms = read(
      sheet("risks", [["ID", "Risk", "Accepted on"], ["R-001", "Fire", "soon"]], {
        origin: { row: 4, col: 2 },
      }),
    );
    expect(isms.risks.headerRow).toBe(4);
    expect(isms.risks.rows[0].row).toBe(5);
    expect(isms.risks.columns).toMatchObject({ id: 2, risk: 3, acceptedOn: 4 });
    expect(isms.findings[0].cell).toBe("E5");
  });
});

describe("row objects", () => {
  const raw = sheet("risks", [
    ["Notes", "ID", "Risk", "Assets", "Likelihood", "Accepted on", "Extra"],
    ["n", "R-001", "Fire", "A-001; A-002", 3, "2026-03-31", 1],
    [null, "R-002", "#REF!", "", "x", 45292, 2],
  ]);

  test("hold exactly the row number and the schema's fields", () => {
    const [row] = read(raw).risks.rows;
    expect(Object.keys(row).sort()).toEqual(
      ["row", ...specOf("risks").columns.map((c) => c.key)].sort(),
    );
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});
