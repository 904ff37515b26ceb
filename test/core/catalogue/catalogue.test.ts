import {
  ANNEX_A_2013, ANNEX_A_2022, CLAUSES, MAPPING_2013_TO_2022, clausesWithSteps, controlIndex,
  normaliseControlId, successorsOf,
} from "../../../src/core/catalogue";

describe("the ISO/IEC 27001 catalogue", () => {
  it("holds the 93 controls of 2022 in four themes", () => {
    expect(ANNEX_A_2022).toHaveLength(93);
    const themes = new Map<string, number>();
    for (const c of ANNEX_A_2022) themes.set(c.group, (themes.get(c.group) ?? 0) + 1);
    expect(Object.fromEntries(themes)).toEqual({
      Organizational: 37, People: 8, Physical: 14, Technological: 34,
    });
  });

  it("holds the 114 controls of 2013 in 14 sections", () => {
    expect(ANNEX_A_2013).toHaveLength(114);
    expect(new Set(ANNEX_A_2013.map((c) => c.group)).size).toBe(14);
  });

  it("has unique ids in both editions", () => {
    expect(controlIndex("2022").size).toBe(93);
    expect(controlIndex("2013").size).toBe(114);
  });

  it("spells out titles as the 27001 wording does", () => {
    expect(controlIndex("2022").get("8.1")?.title).toBe("User end point devices");
    expect(controlIndex("2022").get("5.21")?.title).toContain("(ICT) supply chain");
    expect(controlIndex("2022").get("8.34")?.title).toBe(
      "Protection of information systems during audit testing",
    );
    expect(controlIndex("2013").get("A.18.2.3")?.title).toBe("Technical compliance review");
    expect(controlIndex("2013").get("A.5.1.1")?.title).toBe("Policies for information security");
  });

  it("maps 2013 to 2022 with 126 pairs, 11 new controls and one split", () => {
    expect(MAPPING_2013_TO_2022).toHaveLength(126);
    expect(MAPPING_2013_TO_2022.filter(([a]) => a === "")).toHaveLength(11);
    expect(successorsOf("A.18.2.3").sort()).toEqual(["5.36", "8.8"]);
    expect(successorsOf("A.5.1.2")).toEqual(["5.1"]);
    for (const [a, b] of MAPPING_2013_TO_2022) {
      if (a) expect(controlIndex("2013").has(a)).toBe(true);
      expect(controlIndex("2022").has(b)).toBe(true);
    }
  });

  it("lists the 34 clauses from 4.1 to 10.2, with 10 of them in step 1A", () => {
    expect(CLAUSES).toHaveLength(34);
    expect(CLAUSES[0].id).toBe("4.1");
    expect(CLAUSES[CLAUSES.length - 1].id).toBe("10.2");
    expect(clausesWithSteps().filter((c) => c.step === "1A")).toHaveLength(10);
  });

  it("reads control references the way people type them", () => {
    expect(normaliseControlId("A.5.15", "2022")).toBe("5.15");
    expect(normaliseControlId(" a 8.5 ", "2022")).toBe("8.5");
    expect(normaliseControlId("9.9", "2022")).toBe("9.9");
    expect(normaliseControlId("5.1.1", "2013")).toBe("A.5.1.1");
    expect(normaliseControlId("A.18.2.3", "2013")).toBe("A.18.2.3");
  });
});
