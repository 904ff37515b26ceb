import { CLAUSES, STEP_1A_CLAUSES } from "../../../src/core/catalogue";
import { serialOf } from "../../../src/core/model/dates";
import { specOf, type RegisterKey } from "../../../src/core/schema";
import { sampleIsms, type SampleIsms } from "../../../src/core/sample";

const sample = sampleIsms(serialOf(2026, 12, 3));
type Key = Exclude<keyof SampleIsms, "settings">;
const KEYS: Key[] = [
  "context", "requirements", "assets", "risks", "soa", "improvements", "objectives", "audits",
  "incidents", "training",
];

const rowsOf = (key: Key) => sample[key] as unknown as Record<string, unknown>[];

describe("the sample ISMS registers", () => {
  it("has about the number of rows a small organisation would keep in each register", () => {
    expect(sample.context.length).toBeGreaterThanOrEqual(10);
    expect(sample.requirements).toHaveLength(34);
    expect(sample.assets.length).toBeGreaterThanOrEqual(28);
    expect(sample.risks.length).toBeGreaterThanOrEqual(25);
    expect(sample.soa).toHaveLength(93);
    expect(sample.improvements.length).toBeGreaterThanOrEqual(15);
    expect(sample.objectives).toHaveLength(6);
    expect(sample.audits.length).toBeGreaterThanOrEqual(2);
    expect(sample.incidents).toHaveLength(5);
    expect(sample.training.length).toBeGreaterThanOrEqual(10);
  });

  it("lists every clause once, in order, with ARM step 1A or 1C as the method assigns", () => {
    expect(sample.requirements.map((r) => r.clause)).toEqual(CLAUSES.map((c) => c.id));
    for (const r of sample.requirements) {
      expect(r.step).toBe(STEP_1A_CLAUSES.has(r.clause) ? "1A" : "1C");
      expect(r.title).toBe(CLAUSES.find((c) => c.id === r.clause)?.title);
    }
  });

  it("has most requirements Done with evidence and some In progress", () => {
    const done = sample.requirements.filter((r) => r.status === "Done");
    const started = sample.requirements.filter((r) => r.status === "In progress");
    expect(done.length).toBeGreaterThan(25);
    expect(started.length).toBeGreaterThan(0);
    expect(done.length + started.length).toBe(34);
    for (const r of sample.requirements) {
      expect([r.clause, r.howWeMeetIt && r.evidence && r.owner ? "filled" : "empty"])
        .toEqual([r.clause, "filled"]);
    }
  });

  it("has the settings a certification project needs", () => {
    const s = sample.settings;
    expect(s.organisation).toBeTruthy();
    expect(String(s.scope).length).toBeGreaterThan(100);
    expect(s.standard).toBe("ISO/IEC 27001:2022");
    expect([s.riskScale, s.riskAppetite, s.reviewMonths]).toEqual([5, 9, 12]);
    expect(s.certificationBody).toBeTruthy();
    expect(typeof s.goLive).toBe("number");
  });

  it("names internal and external issues and interested parties with their needs", () => {
    const kinds = new Set(sample.context.map((c) => c.kind));
    expect(kinds).toEqual(new Set(["Internal issue", "External issue", "Interested party"]));
    for (const c of sample.context.filter((c) => c.kind === "Interested party")) {
      expect(c.needs).not.toBe("");
    }
  });

  it("gives every row an ID of its register's form, unique in the register", () => {
    for (const key of KEYS) {
      const spec = specOf(key as RegisterKey);
      if (!spec.idPrefix) continue;
      const ids = rowsOf(key).map((r) => r.id as string).filter((id) => id !== "");
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${spec.idPrefix}-\\d{3}$`));
    }
  });

  it("keeps choice values in their lists, except the treatment written Mitigate", () => {
    const outside: string[] = [];
    for (const key of KEYS) {
      for (const col of specOf(key as RegisterKey).columns) {
        if (!col.list) continue;
        for (const row of rowsOf(key)) {
          const values = col.type === "choices" ? (row[col.key] as string[]) : [row[col.key]];
          for (const v of values) {
            if (v === "" || v === null) continue;
            if (!col.list.includes(String(v))) outside.push(`${key}.${col.key}=${v}`);
          }
        }
      }
    }
    expect(outside).toEqual(["risks.treatment=Mitigate"]);
  });

  it("rates likelihood and impact within the 1-5 scale and computes the scores", () => {
    for (const r of sample.risks) {
      for (const v of [r.likelihood, r.impact]) expect(v).toBeGreaterThanOrEqual(1);
      for (const v of [r.likelihood, r.impact]) expect(v).toBeLessThanOrEqual(5);
      expect(r.score).toBe((r.likelihood ?? NaN) * (r.impact ?? NaN));
      if (r.residualLikelihood !== null) {
        expect(r.residualScore).toBe(r.residualLikelihood * (r.residualImpact ?? NaN));
        expect(r.residualScore).toBeLessThanOrEqual(r.score ?? 0);
      }
    }
  });

  it("uses every treatment of ISO/IEC 27005 somewhere", () => {
    const used = new Set(sample.risks.map((r) => r.treatment));
    for (const t of ["Modify", "Retain", "Avoid", "Share"]) expect(used).toContain(t);
  });

  it("classifies assets with the default labels and rates C, I and A from 1 to 3", () => {
    for (const a of sample.assets) {
      expect(["Public", "Internal", "Confidential", "Restricted"]).toContain(a.classification);
      for (const v of [a.confidentiality, a.integrity, a.availability]) {
        expect([1, 2, 3]).toContain(v);
      }
    }
    const types = new Set(sample.assets.map((a) => a.type));
    for (const t of ["Information", "Software", "Hardware", "Service", "People", "Site",
      "Supplier"]) {
      expect(types).toContain(t);
    }
  });

  it("has an internal audit done after go-live and a management review planned", () => {
    const goLive = sample.settings.goLive as number;
    const audit = sample.audits.find((a) => a.kind === "Internal audit" && a.status === "Done");
    expect(audit?.doneOn).toBeGreaterThan(goLive);
    const review = sample.audits.find((a) => a.kind === "Management review");
    expect(review?.status).toBe("Planned");
  });

  it("has both awareness and competence training", () => {
    const kinds = new Set(sample.training.map((t) => t.kind));
    expect(kinds).toEqual(new Set(["Awareness", "Competence"]));
  });

  it("makes a new copy on every call, so a caller may change it", () => {
    const one = sampleIsms(serialOf(2026, 12, 3));
    one.risks[0].risk = "changed";
    one.soa[0].risks.push("R-999");
    const two = sampleIsms(serialOf(2026, 12, 3));
    expect(two.risks[0].risk).not.toBe("changed");
    expect(two.soa[0].risks).not.toContain("R-999");
  });
});
