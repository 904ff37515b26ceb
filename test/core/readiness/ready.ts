/**
 * A small workbook ready for Stage 2 on 2026-12-03: every readiness question answers Yes.
 * Tests take it and change one thing to move one answer.
 */
import { buildIsms, day, type IsmsParts } from "../../support/isms";

/** The day the ready workbook is judged on. */
export const TODAY = "2026-12-03";

/** The parts of a workbook where every question answers Yes on TODAY. */
export function readyParts(): IsmsParts {
  return {
    settings: {
      goLive: day("2026-06-01"), stage1: day("2026-11-02"), stage2: day("2027-01-11"),
    },
    requirements: [
      { clause: "4.1", step: "1A", status: "Done", evidence: "Context paper v2" },
      { clause: "9.2", step: "1C", status: "Done", evidence: "Audit report AU-001" },
    ],
    risks: [
      {
        id: "R-001", owner: "Ana Silva", likelihood: 4, impact: 4, score: 16,
        residualLikelihood: 2, residualImpact: 3, residualScore: 6,
        lastReviewed: day("2026-06-15"),
      },
      {
        id: "R-002", owner: "Ben Okafor", likelihood: 3, impact: 4, score: 12,
        residualLikelihood: 3, residualImpact: 4, residualScore: 12,
        lastReviewed: day("2026-09-01"),
      },
    ],
    soa: [
      { control: "5.1", applicable: "Yes", status: "Implemented", evidence: "Policy v3" },
      { control: "5.2", applicable: "No", status: "Not applicable", justification: "None." },
    ],
    improvements: [
      {
        id: "I-001", source: "Stage 1 audit", priority: "High", owner: "Ana Silva",
        neededBy: "Stage 2", targetDate: day("2026-11-20"), status: "Done",
        doneOn: day("2026-11-19"), related: ["R-001"],
      },
      {
        id: "I-002", source: "Gap analysis", priority: "Medium", owner: "Ben Okafor",
        neededBy: "Stage 2", targetDate: day("2026-12-20"), status: "In progress",
        related: ["R-002"],
      },
    ],
    objectives: [
      {
        id: "O-001", objective: "Patch quickly", measure: "Days to patch", target: "14",
        owner: "Dev Patel", lastMeasured: day("2026-11-30"), status: "On track",
      },
    ],
    audits: [
      { id: "AU-001", kind: "Internal audit", doneOn: day("2026-09-15"), status: "Done" },
      { id: "AU-002", kind: "Management review", doneOn: day("2026-10-10"), status: "Done" },
    ],
    incidents: [
      {
        id: "IN-001", reportedOn: day("2026-07-20"), severity: "High", status: "Closed",
        closedOn: day("2026-08-01"),
      },
    ],
    training: [
      { id: "T-001", kind: "Awareness", requiredBy: day("2026-09-30"), status: "Done" },
      { id: "T-002", kind: "Competence", requiredBy: day("2027-02-01"), status: "Planned" },
    ],
  };
}

/** The ready workbook with some parts replaced. */
export function readyIsms(over: Partial<IsmsParts> = {}) {
  const parts = readyParts();
  return buildIsms({ ...parts, ...over, settings: { ...parts.settings, ...over.settings } });
}
