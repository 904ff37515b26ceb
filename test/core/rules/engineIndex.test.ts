import { buildIndex } from "../../../src/core/rules/lookup";
import { buildIsms } from "../../support/isms";

describe("the look-ups the rules share", () => {
  const isms = buildIsms({
    assets: [{ id: "A-001", asset: "first" }, { id: "A-001", asset: "second" }, { id: "" }],
    risks: [
      { id: "R-002", assets: ["A-001"], controls: ["A.5.15", "5.15", "8.5"] },
      { id: "", assets: ["A-007"], controls: ["5.15"] },
      { id: "R-001", controls: ["9.9"] },
    ],
    soa: [{ control: "A.5.15", title: "first" }, { control: "5.15", title: "second" }],
    improvements: [{ id: "I-001", related: ["R-001", "a.8.5", "A-001", "IN-001", "R-001"] }],
    incidents: [{ id: "IN-001" }],
  });
  const index = buildIndex(isms);

  it("keeps the first row of each ID and leaves blank IDs out", () => {
    expect(index.assetById.get("A-001")?.asset).toBe("first");
    expect([...index.assetById.keys()]).toEqual(["A-001"]);
    expect([...index.riskById.keys()]).toEqual(["R-002", "R-001"]);
    expect([...index.incidentIds]).toEqual(["IN-001"]);
  });

  it("keys the SoA by control id in the edition's form, first row winning", () => {
    expect([...index.soaByControl.keys()]).toEqual(["5.15"]);
    expect(index.soaByControl.get("5.15")?.title).toBe("first");
  });

  it("normalises a risk's controls once each and lists risks by control in risk order", () => {
    const [first, second] = isms.risks.rows;
    expect(index.controlsOfRisk(first)).toEqual(["5.15", "8.5"]);
    expect(index.risksByControl.get("5.15")).toEqual([first, second]);
    expect(index.risksByControl.get("9.9")?.map((r) => r.id)).toEqual(["R-001"]);
  });

  it("knows what a reference names", () => {
    expect(["R-001", "A-001", "IN-001", "I-001", "A.8.5", "8.99", "X"].map(index.kindOf))
      .toEqual(["risk", "asset", "incident", "improvement", "control", null, null]);
    expect(index.improvementsByRef.get("8.5")?.map((i) => i.id)).toEqual(["I-001"]);
    expect(index.improvementsByRef.get("R-001")).toHaveLength(1);
    expect(index.assetsNamedByRisks).toEqual(new Set(["A-001", "A-007"]));
  });

  it("gives rows without an ID the numbers after the highest in use", () => {
    const [, second] = isms.risks.rows;
    expect(index.idOf(second)).toBe("R-003");
    expect(index.idOf(isms.assets.rows[2])).toBe("A-002");
    expect(index.idOf(isms.risks.rows[0])).toBe("R-002");
  });

  it("follows the 2013 edition when the Standard setting says so", () => {
    const old = buildIndex(buildIsms({ settings: { edition: "2013" } }));
    expect(old.edition).toBe("2013");
    expect(old.normaliseControl("9.2.1")).toBe("A.9.2.1");
    expect(old.controls.has("A.9.2.1")).toBe(true);
  });
});
