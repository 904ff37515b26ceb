import { controlIndex } from "../../../src/core/catalogue";
import { serialOf } from "../../../src/core/model/dates";
import { sampleIsms } from "../../../src/core/sample";

const sample = sampleIsms(serialOf(2026, 12, 3));
const assetIds = new Set(sample.assets.map((a) => a.id));
const riskIds = new Set(sample.risks.map((r) => r.id).filter((id) => id));
const incidentIds = new Set(sample.incidents.map((i) => i.id));
const improvementIds = new Set(sample.improvements.map((i) => i.id));
const applicable = new Set(sample.soa.filter((r) => r.applicable === "Yes").map((r) => r.control));
const controls2022 = controlIndex("2022");

describe("references between the sample's registers", () => {
  it("names only existing assets in risks and incidents", () => {
    for (const r of sample.risks) {
      expect(r.assets.length).toBeGreaterThan(0);
      for (const a of r.assets) expect([r.id, a, assetIds.has(a)]).toEqual([r.id, a, true]);
    }
    for (const i of sample.incidents) {
      for (const a of i.assets) expect([i.id, a, assetIds.has(a)]).toEqual([i.id, a, true]);
    }
  });

  it("names only 2022 controls that the SoA includes in risks", () => {
    for (const r of sample.risks) {
      for (const c of r.controls) {
        expect([r.id, c, controls2022.has(c), applicable.has(c)]).toEqual([r.id, c, true, true]);
      }
    }
  });

  it("gives every risk treated by Modify some controls", () => {
    for (const r of sample.risks.filter((r) => r.treatment === "Modify")) {
      expect(r.controls.length).toBeGreaterThan(0);
    }
  });

  it("relates improvements only to existing risks, controls, assets and incidents", () => {
    for (const i of sample.improvements) {
      expect(i.related.length).toBeGreaterThan(0);
      for (const ref of i.related) {
        const known =
          riskIds.has(ref) || assetIds.has(ref) || incidentIds.has(ref) || controls2022.has(ref);
        expect([i.id, ref, known]).toEqual([i.id, ref, true]);
      }
    }
  });

  it("points incidents at existing improvements", () => {
    for (const i of sample.incidents.filter((i) => i.improvement)) {
      expect(improvementIds.has(i.improvement)).toBe(true);
    }
  });

  it("names in at least one risk every in-scope asset rated 2 or more in C, I or A", () => {
    const named = new Set(sample.risks.flatMap((r) => r.assets));
    const unnamed = sample.assets.filter(
      (a) =>
        a.inScope === "Yes" &&
        Math.max(a.confidentiality ?? 0, a.integrity ?? 0, a.availability ?? 0) >= 2 &&
        !named.has(a.id),
    );
    expect(unnamed.map((a) => a.id)).toEqual([]);
  });

  it("mentions in its texts only rows that exist", () => {
    const texts = [
      ...sample.soa.flatMap((r) => [r.howImplemented, r.evidence]),
      ...sample.context.map((c) => c.howAddressed),
      ...sample.risks.map((r) => r.notes),
      ...sample.improvements.map((i) => i.notes),
      ...sample.requirements.map((r) => r.evidence),
      ...sample.training.map((t) => t.evidence),
    ].join(" ");
    const known = new Set([
      ...riskIds, ...incidentIds, ...improvementIds, ...assetIds,
      ...[sample.context, sample.audits, sample.training, sample.objectives]
        .flat()
        .map((r) => r.id),
    ]);
    const mentioned = texts.match(/\b(?:R|I|IN|A|C|AU|T|O)-\d{3}\b/g) ?? [];
    expect(mentioned.length).toBeGreaterThan(5);
    expect(mentioned.filter((id) => !known.has(id))).toEqual([]);
  });
});
