import { renameTables } from "../../../src/core/schema/tableNames";

describe("formulas over tables the user named otherwise", () => {
  const names = new Map([["Risks", "MyRisks"]]);

  it("renames structured references to a register's table", () => {
    expect(renameTables("=COUNTIFS(Risks[Likelihood],3,Risks[Impact],4)", names)).toBe(
      "=COUNTIFS(MyRisks[Likelihood],3,MyRisks[Impact],4)",
    );
    expect(renameTables("=Risks[[#This Row],[Likelihood]]*2", names)).toBe(
      "=MyRisks[[#This Row],[Likelihood]]*2",
    );
  });

  it("leaves other tables, longer names and text in quotes alone", () => {
    const formula = '=COUNTIFS(SoA[Applicable],"Risks[x]")+OldRisks[ID]';
    expect(renameTables(formula, names)).toBe(formula);
  });

  it("changes nothing when every table has its declared name", () => {
    expect(renameTables("=COUNT(Risks[ID])", new Map())).toBe("=COUNT(Risks[ID])");
  });
});
