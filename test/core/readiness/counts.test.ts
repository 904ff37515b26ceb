import fc from "fast-check";
import { COUNT_DEFINITIONS, computeCounts } from "../../../src/core/readiness/counts";
import { buildIsms, day } from "../../support/isms";

const TODAY = day("2026-12-03");

function definition(key: string) {
  const def = COUNT_DEFINITIONS.find((d) => d.key === key);
  if (!def) throw new Error(`no count ${key}`);
  return def;
}

const small = buildIsms({
  risks: [
    { id: "R-001", likelihood: 3, impact: 4, residualLikelihood: 1, residualImpact: 2 },
    { id: "R-002", likelihood: 3, impact: 4, residualLikelihood: 1, residualImpact: 2 },
    { id: "R-003", likelihood: 4, impact: 3, residualLikelihood: null, residualImpact: 2 },
    { id: "R-004", likelihood: NaN, impact: 4 },
    { id: "R-005", likelihood: 3.5, impact: 4 },
  ],
  soa: [
    { control: "5.1", applicable: "Yes", status: "Implemented", justification: "Policy" },
    { control: "5.2", applicable: "yes", status: "partially implemented", justification: "" },
    { control: "5.3", applicable: "No", status: "Not applicable", justification: "" },
    { control: "5.4", applicable: "No", status: "Not applicable", justification: "None" },
    { control: "5.5", applicable: "", status: "Planned", justification: "" },
    { control: "", applicable: "Yes", status: "Not started", justification: "" },
  ],
  improvements: [
    { id: "I-001", neededBy: "Stage 1", status: "Open", targetDate: day("2026-12-02") },
    { id: "I-002", neededBy: "Stage 1", status: "open", targetDate: day("2026-12-03") },
    { id: "I-003", neededBy: "Stage 2", status: "Done", targetDate: day("2026-01-01") },
    { id: "I-004", neededBy: "After certification", status: "", targetDate: day("2026-11-01") },
    { id: "I-005", neededBy: "Stage 2", status: "DONE", targetDate: day("2026-01-01") },
    { id: "I-006", neededBy: "Stage 2", status: "Deferred", targetDate: NaN },
  ],
});

describe("the Dashboard counts", () => {
  it("counts the heat map, the SoA and the improvements of a small workbook", () => {
    const counts = computeCounts(small, TODAY);
    const nonZero = Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
    expect(nonZero).toEqual({
      "heatmap.inherent.3.4": 2,
      "heatmap.inherent.4.3": 1,
      "heatmap.residual.1.2": 2,
      "soa.applicable": 3,
      "soa.excluded": 2,
      "soa.implemented": 1,
      "soa.partiallyImplemented": 1,
      "soa.planned": 1,
      "soa.notStarted": 1,
      "soa.missingJustification": 3,
      "improvements.Stage 1.Open": 2,
      "improvements.Stage 2.Done": 2,
      "improvements.Stage 2.Deferred": 1,
      "improvements.overdue": 2,
    });
    expect(Object.keys(counts)).toHaveLength(COUNT_DEFINITIONS.length);
  });

  it("has a unique key for every count: 50 heat-map cells, 7 SoA figures, 13 improvements", () => {
    const keys = COUNT_DEFINITIONS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith("heatmap."))).toHaveLength(50);
    expect(keys.filter((k) => k.startsWith("soa."))).toHaveLength(7);
    expect(keys.filter((k) => k.startsWith("improvements."))).toHaveLength(13);
  });

  it("writes each count as a formula over whole table columns", () => {
    expect(definition("heatmap.inherent.3.4").formula("$B$4"))
      .toBe("=COUNTIFS(Risks[Likelihood],3,Risks[Impact],4)");
    expect(definition("heatmap.residual.2.5").formula("$B$4"))
      .toBe("=COUNTIFS(Risks[Residual likelihood],2,Risks[Residual impact],5)");
    expect(definition("soa.applicable").formula("$B$4")).toBe('=COUNTIFS(SoA[Applicable],"Yes")');
    expect(definition("soa.partiallyImplemented").formula("$B$4"))
      .toBe('=COUNTIFS(SoA[Status],"Partially implemented")');
    expect(definition("soa.missingJustification").formula("$B$4"))
      .toBe("=SUMPRODUCT((LEN(TRIM(SoA[Control]))>0)*(LEN(TRIM(SoA[Justification]))=0))");
    expect(definition("improvements.After certification.In progress").formula("$B$4"))
      .toBe('=COUNTIFS(Improvements[Needed by],"After certification",' +
        'Improvements[Status],"In progress")');
    expect(definition("improvements.overdue").formula("Dashboard!$C$2"))
      .toBe('=COUNTIFS(Improvements[Status],"<>Done",' +
        'Improvements[Target date],"<"&Dashboard!$C$2)');
  });

  it("never reads the clock in a formula nor refers to this row", () => {
    for (const def of COUNT_DEFINITIONS) {
      const f = def.formula("$B$4");
      expect(f).not.toMatch(/TODAY\(\)|NOW\(\)|#This Row/i);
      expect(f.startsWith("=")).toBe(true);
    }
  });

  it("computes in one pass exactly what each definition computes on its own", () => {
    const text = fc.constantFrom("", "Yes", "yes", "No", "Implemented", "Planned", "Done",
      "done", "Open", "In progress", "Deferred", "Stage 1", "stage 2", "After certification",
      "Not started", "Partially implemented", "x");
    const rating = fc.oneof(fc.constantFrom(null, NaN, 2.5, 0, 6), fc.integer({ min: 1, max: 5 }));
    const date = fc.oneof(fc.constant(null), fc.integer({ min: TODAY - 5, max: TODAY + 5 }));
    const risk = fc.record({ likelihood: rating, impact: rating, residualLikelihood: rating,
      residualImpact: rating });
    const soa = fc.record({ control: fc.constantFrom("", "5.1"), applicable: text, status: text,
      justification: fc.constantFrom("", "Because") });
    const imp = fc.record({ neededBy: text, status: text, targetDate: date });
    fc.assert(fc.property(fc.array(risk, { maxLength: 12 }), fc.array(soa, { maxLength: 12 }),
      fc.array(imp, { maxLength: 12 }), (risks, soaRows, improvements) => {
        const isms = buildIsms({ risks, soa: soaRows, improvements });
        const counts = computeCounts(isms, TODAY);
        for (const def of COUNT_DEFINITIONS) {
          expect([def.key, counts[def.key]]).toEqual([def.key, def.compute(isms, TODAY)]);
        }
      }), { numRuns: 200 });
  });
});
