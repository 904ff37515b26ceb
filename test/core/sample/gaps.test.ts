import { addMonths, serialOf } from "../../../src/core/model/dates";
import { TREATMENTS } from "../../../src/core/schema/lists";
import { SAMPLE_GAPS, sampleIsms } from "../../../src/core/sample";

const today = serialOf(2026, 12, 3);
const sample = sampleIsms(today);
const appetite = sample.settings.riskAppetite as number;
const stage1 = sample.settings.stage1 as number;
const stage2 = sample.settings.stage2 as number;

const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id);

// Each test finds every row with a gap of one kind, so a gap added or removed by mistake fails.
describe("the sample's deliberate gaps", () => {
  it("leaves exactly one asset without an owner: A-017", () => {
    expect(ids(sample.assets.filter((a) => !a.owner))).toEqual(["A-017"]);
  });

  it("leaves exactly one risk above appetite without treatment: R-011", () => {
    const gaps = sample.risks.filter((r) => (r.score ?? 0) > appetite && !r.treatment);
    expect(ids(gaps)).toEqual(["R-011"]);
  });

  it("retains one risk above appetite that no one has accepted: R-014", () => {
    const retained = sample.risks.filter(
      (r) => r.treatment === "Retain" && (r.residualScore ?? 0) > appetite,
    );
    expect(ids(retained.filter((r) => !r.acceptedBy || r.acceptedOn === null))).toEqual([
      "R-014",
    ]);
    const accepted = sample.risks.filter((r) => r.treatment === "Retain" && r.id !== "R-014");
    for (const r of accepted) expect([r.id, !!r.acceptedBy, r.acceptedOn !== null]).toEqual(
      [r.id, true, true],
    );
  });

  it("has one risk not reviewed for 14 months: R-015", () => {
    const overdue = sample.risks.filter((r) => (r.lastReviewed ?? 0) < addMonths(today, -12));
    expect(ids(overdue)).toEqual(["R-015"]);
    expect(overdue[0].lastReviewed).toBe(addMonths(today, -14));
  });

  it("writes one treatment as Mitigate, the synonym of Modify: R-016", () => {
    const other = sample.risks.filter(
      (r) => r.treatment && !(TREATMENTS as readonly string[]).includes(r.treatment),
    );
    expect(other.map((r) => [r.id, r.treatment])).toEqual([["R-016", "Mitigate"]]);
  });

  it("has one risk row with no ID, the last one", () => {
    const blank = sample.risks.filter((r) => !r.id);
    expect(blank).toHaveLength(1);
    expect(sample.risks[sample.risks.length - 1].id).toBe("");
    expect(blank[0].risk).not.toBe("");
  });

  it("excludes one control with no justification: 7.4", () => {
    const gaps = sample.soa.filter((r) => r.applicable === "No" && !r.justification);
    expect(gaps.map((r) => r.control)).toEqual(["7.4"]);
  });

  it("describes every applicable control but 5.7", () => {
    const gaps = sample.soa.filter((r) => r.applicable === "Yes" && !r.howImplemented);
    expect(gaps.map((r) => r.control)).toEqual(["5.7"]);
  });

  it("plans one Stage 1 improvement for after Stage 1: I-004", () => {
    const late = sample.improvements.filter(
      (i) =>
        i.status !== "Done" &&
        ((i.neededBy === "Stage 1" && (i.targetDate ?? 0) > stage1) ||
          (i.neededBy === "Stage 2" && (i.targetDate ?? 0) > stage2)),
    );
    expect(ids(late)).toEqual(["I-004"]);
  });

  it("has one open improvement past its target date: I-009", () => {
    const overdue = sample.improvements.filter(
      (i) => i.status !== "Done" && i.status !== "Deferred" && (i.targetDate ?? 0) < today,
    );
    expect(ids(overdue)).toEqual(["I-009"]);
  });

  it("has one improvement Done with no Done on: I-010", () => {
    const gaps = sample.improvements.filter((i) => i.status === "Done" && i.doneOn === null);
    expect(ids(gaps)).toEqual(["I-010"]);
  });

  it("defers past certification only with the deferral accepted where the risk is high", () => {
    const risks = new Map(sample.risks.map((r) => [r.id, r]));
    for (const i of sample.improvements.filter((i) => i.neededBy === "After certification")) {
      const high = i.related.some((ref) => (risks.get(ref)?.residualScore ?? 0) > appetite);
      if (high) expect([i.id, i.deferralAcceptedBy]).not.toEqual([i.id, ""]);
    }
  });

  it("lists each gap for the lead's rule check, pointing at a row that exists", () => {
    expect(SAMPLE_GAPS).toHaveLength(11);
    for (const gap of SAMPLE_GAPS) {
      const rows = sample[gap.register] as unknown as Record<string, unknown>[];
      const keyField = gap.register === "soa" ? "control" : "id";
      expect([gap.key, rows.filter((r) => r[keyField] === gap.key).length]).toEqual([gap.key, 1]);
    }
  });
});
