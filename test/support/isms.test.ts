import { buildIsms, day } from "./isms";

describe("the test workbook builder", () => {
  it("fills blanks and numbers rows from 2", () => {
    const isms = buildIsms({ risks: [{ id: "R-001", likelihood: 3 }, { id: "R-002" }] });
    expect(isms.risks.rows[1]).toMatchObject({ row: 3, id: "R-002", likelihood: null, assets: [] });
    expect(isms.risks.columns.owner).toBe(5);
    expect(day("1900-03-01")).toBe(61);
  });
});
