import { ANNEX_A_2022 } from "../../../src/core/catalogue";
import { serialOf } from "../../../src/core/model/dates";
import { sampleIsms } from "../../../src/core/sample";

const sample = sampleIsms(serialOf(2026, 12, 3));

describe("the sample Statement of Applicability", () => {
  it("has one row per 2022 Annex A control, each once, in catalogue order", () => {
    expect(sample.soa.map((r) => r.control)).toEqual(ANNEX_A_2022.map((c) => c.id));
    for (const row of sample.soa) {
      const control = ANNEX_A_2022.find((c) => c.id === row.control);
      expect([row.theme, row.title]).toEqual([control?.group, control?.title]);
    }
  });

  it("decides applicability for every control and keeps the status consistent with it", () => {
    for (const row of sample.soa) {
      expect(["Yes", "No"]).toContain(row.applicable);
      expect(row.status === "Not applicable").toBe(row.applicable === "No");
    }
  });

  it("excludes only a few controls, as a cloud-hosted company would", () => {
    const excluded = sample.soa.filter((r) => r.applicable === "No").map((r) => r.control);
    expect(excluded).toContain("8.30");
    expect(excluded.length).toBeGreaterThanOrEqual(3);
    expect(excluded.length).toBeLessThanOrEqual(8);
  });

  it("gives every included control reasons, a justification, an owner and, once done, evidence",
    () => {
      for (const row of sample.soa.filter((r) => r.applicable === "Yes")) {
        expect(row.reasons.length).toBeGreaterThan(0);
        expect(row.justification.length).toBeGreaterThan(15);
        expect(row.owner).not.toBe("");
        if (row.status === "Implemented") expect(row.evidence).not.toBe("");
      }
    });

  it("writes a different justification and description for each control", () => {
    const justifications = sample.soa.map((r) => r.justification).filter((j) => j);
    expect(new Set(justifications).size).toBe(justifications.length);
    const how = sample.soa.map((r) => r.howImplemented).filter((h) => h);
    expect(new Set(how).size).toBe(how.length);
  });

  it("fills the Risks column with the IDs of the risks that name each control", () => {
    for (const row of sample.soa) {
      const naming = sample.risks.filter((r) => r.id && r.controls.includes(row.control));
      expect(row.risks).toEqual(naming.map((r) => r.id));
    }
    expect(sample.soa.find((r) => r.control === "5.17")?.risks).toEqual(
      expect.arrayContaining(["R-001", "R-007", "R-023"]),
    );
  });

  it("has most applicable controls implemented and some still under way", () => {
    const statuses = sample.soa.filter((r) => r.applicable === "Yes").map((r) => r.status);
    const implemented = statuses.filter((s) => s === "Implemented").length;
    expect(implemented / statuses.length).toBeGreaterThan(0.8);
    expect(statuses).toContain("Partially implemented");
    expect(statuses).toContain("Planned");
  });
});
