import type { Isms } from "../../../src/core/model/isms";
import { answerQuestions, QUESTIONS } from "../../../src/core/readiness/questions";
import { day } from "../../support/isms";
import { readyIsms, readyParts, TODAY } from "./ready";

function ask(number: number, isms: Isms, today = TODAY) {
  const { answer, reason } = QUESTIONS[number - 1].answer({ isms, today: day(today) });
  return { answer, reason };
}

const base = readyParts();

describe("the twelve readiness questions", () => {
  it("answers Yes to all twelve for a workbook ready for Stage 2", () => {
    const isms = readyIsms();
    const answers = answerQuestions({ isms, today: day(TODAY) });
    expect(answers.map((a) => [a.number, a.answer])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, "yes"]));
    expect(answers[3]).toEqual({
      number: 4, question: "Risk register maintained?", answer: "yes",
      reason: "All 2 risks rated and reviewed within 12 months.",
    });
  });

  it("answers a workbook once per day and again for another day", () => {
    const isms = readyIsms();
    const first = answerQuestions({ isms, today: day(TODAY) });
    expect(answerQuestions({ isms, today: day(TODAY) })).toBe(first);
    const later = answerQuestions({ isms, today: day("2026-11-01") });
    expect(later[0].answer).toBe("not-yet");
    expect(first[0].answer).toBe("yes");
  });

  type Case = [string, number, Partial<ReturnType<typeof readyParts>>, string, string, string];
  const stage1Finding = (over: object) => ({
    id: "I-009", source: "Stage 1 audit", priority: "Critical", owner: "Ana Silva",
    neededBy: "Stage 2", targetDate: day("2026-12-20"), status: "Open", ...over,
  });
  const risk = (id: string, reviewed: string) => ({
    id, owner: "Ana Silva", likelihood: 2, impact: 2, score: 4, lastReviewed: day(reviewed),
  });

  const cases: Case[] = [
    ["Q1 not yet the day before Stage 1", 1, {}, "2026-11-01", "not-yet",
      "Stage 1 is on 2026-11-02, not yet held."],
    ["Q1 answered on the day of Stage 1", 1, {}, "2026-11-02", "yes",
      "1 critical or high Stage 1 finding logged, all Done."],
    ["Q1 not yet with no Stage 1 date", 1, { settings: { stage1: null } }, TODAY, "not-yet",
      "No Stage 1 audit date is set."],
    ["Q1 No with a Critical Stage 1 finding open", 1,
      { improvements: [...base.improvements!, stage1Finding({})] }, TODAY, "no",
      "I-009 from Stage 1 (Critical or High) not Done."],
    ["Q1 Partly with only a High one open", 1,
      { improvements: [stage1Finding({ priority: "High" })] }, TODAY, "partly",
      "I-009 from Stage 1 (High) not Done."],
    ["Q1 ignores open Medium findings", 1,
      { improvements: [stage1Finding({ priority: "Medium" })] }, TODAY, "yes",
      "0 critical or high Stage 1 findings logged, all Done."],

    ["Q2 Partly with a clause without evidence", 2,
      { requirements: [base.requirements![0], { clause: "9.2", status: "Done", evidence: "" }] },
      TODAY, "partly", "Clauses 9.2 not Done with Evidence."],
    ["Q2 No with an empty register", 2, { requirements: [] }, TODAY, "no",
      "The Requirements register is empty."],

    ["Q3 No when the only objective is not measured", 3,
      { objectives: [{ ...base.objectives![0], lastMeasured: null }] }, TODAY, "no",
      "O-001 not measured, or not On track or Met."],
    ["Q3 Partly when one objective is At risk", 3,
      { objectives: [base.objectives![0], { ...base.objectives![0], id: "O-002",
        status: "At risk" }] }, TODAY, "partly",
      "O-002 not measured, or not On track or Met."],

    ["Q4 Yes on the day a 12-month review interval ends", 4,
      { risks: [risk("R-001", "2025-12-03")] }, "2026-12-03", "yes",
      "The 1 risk rated and reviewed within 12 months."],
    ["Q4 Yes the day before it ends", 4,
      { risks: [risk("R-001", "2025-12-03")] }, "2026-12-02", "yes",
      "The 1 risk rated and reviewed within 12 months."],
    ["Q4 No the day after it ends", 4,
      { risks: [risk("R-001", "2025-12-03")] }, "2026-12-04", "no",
      "R-001 not reviewed within 12 months."],
    ["Q4 follows the review interval setting", 4,
      { settings: { reviewMonths: 6 }, risks: [risk("R-001", "2026-06-02")] }, TODAY, "no",
      "R-001 not reviewed within 6 months."],
    ["Q4 Partly naming five risks then the rest", 4,
      { risks: [risk("R-000", "2026-11-01"), ...[1, 2, 3, 4, 5, 6, 7].map(
        (n) => risk(`R-00${n}`, "2025-01-01"))] }, TODAY, "partly",
      "R-001, R-002, R-003, R-004, R-005 and 2 more not reviewed within 12 months."],
    ["Q4 names risks rated outside the scale", 4,
      { settings: { riskScale: 3 }, risks: [{ ...risk("R-001", "2026-11-01"), likelihood: 4 },
        { ...risk("", "2025-01-01"), impact: null }] }, TODAY, "no",
      "row 3 not reviewed within 12 months; R-001, row 3 not rated within the scale."],

    ["Q5 not yet when no awareness row is due", 5,
      { training: [{ id: "T-001", kind: "Awareness", requiredBy: day("2026-12-04"),
        status: "Planned" }] }, TODAY, "not-yet", "None of 1 awareness row is due."],
    ["Q5 No when a row due today is not Done", 5,
      { training: [{ id: "T-001", kind: "Awareness", requiredBy: day("2026-12-03"),
        status: "Planned" }] }, TODAY, "no", "T-001 due by today and not Done."],
    ["Q5 leaves waived rows out", 5,
      { training: [base.training![0], { id: "T-002", kind: "Awareness",
        requiredBy: day("2026-11-01"), status: "Waived" }] }, TODAY, "yes",
      "The 1 awareness row due by today is Done."],
    ["Q5 No with no awareness training", 5, { training: [] }, TODAY, "no",
      "No awareness training is recorded."],

    ["Q6 Yes while a competence row is due today", 6,
      { training: [{ id: "T-002", kind: "Competence", requiredBy: day("2026-12-03"),
        status: "Planned" }] }, TODAY, "yes",
      "No competence training is past its Required by date."],
    ["Q6 No the day after it is due", 6,
      { training: [{ id: "T-002", kind: "Competence", requiredBy: day("2026-12-02"),
        status: "Planned" }] }, TODAY, "no", "T-002 past Required by and not Done."],
    ["Q6 Partly when other competence rows are Done", 6,
      { training: [{ id: "T-002", kind: "Competence", requiredBy: day("2026-12-02"),
        status: "Planned" }, { id: "T-003", kind: "Competence", status: "Done" }] }, TODAY,
      "partly", "T-002 past Required by and not Done."],

    ["Q7 Yes for an internal audit on the go-live day", 7,
      { audits: [{ id: "AU-001", kind: "Internal audit", doneOn: day("2026-06-01"),
        status: "Done" }] }, TODAY, "yes", "AU-001 Done since go-live."],
    ["Q7 Partly for one the day before go-live", 7,
      { audits: [{ id: "AU-001", kind: "Internal audit", doneOn: day("2026-05-31"),
        status: "Done" }] }, TODAY, "partly",
      "AU-001 Done, but not since go-live (2026-06-01)."],
    ["Q7 Yes with no go-live date set", 7,
      { settings: { goLive: null }, audits: [{ id: "AU-001", kind: "Internal audit",
        doneOn: null, status: "Done" }] }, TODAY, "yes", "AU-001 Done."],
    ["Q7 No with only a planned audit", 7,
      { audits: [{ id: "AU-003", kind: "Internal audit", status: "Planned" }] }, TODAY, "no",
      "No internal audit is Done; AU-003 planned."],
    ["Q8 No when only an internal audit is Done", 8,
      { audits: [base.audits![0]] }, TODAY, "no", "No management review is Done."],

    ["Q9 Yes for an improvement due today", 9,
      { improvements: [{ ...base.improvements![1], targetDate: day("2026-12-03") }] }, TODAY,
      "yes", "The 1 improvement tracked, none overdue."],
    ["Q9 No for one due yesterday", 9,
      { improvements: [{ ...base.improvements![1], targetDate: day("2026-12-02") }] }, TODAY,
      "no", "I-002 overdue."],
    ["Q9 Partly for one without owner", 9,
      { improvements: [base.improvements![0], { ...base.improvements![1], owner: "" }] },
      TODAY, "partly", "I-002 without owner, target date or status."],
    ["Q9 No with no improvements", 9, { improvements: [] }, TODAY, "no",
      "No improvements are logged."],

    ["Q10 Partly when an applicable control lacks evidence", 10,
      { soa: [...base.soa!, { control: "5.3", applicable: "Yes", status: "Implemented" }] },
      TODAY, "partly", "Controls 5.3 not yet Implemented with Evidence."],
    ["Q10 No when no control is applicable", 10, { soa: [base.soa![1]] }, TODAY, "no",
      "No control is marked applicable in the SoA."],

    ["Q11 Yes with no incidents", 11, { incidents: [] }, TODAY, "yes",
      "No incidents are logged."],
    ["Q11 No for a Closed incident without a close date", 11,
      { incidents: [{ ...base.incidents![0], closedOn: null }] }, TODAY, "no",
      "IN-001 lack severity, status, a Closed on date or an improvement."],
    ["Q11 Partly for an open Critical incident with no improvement", 11,
      { incidents: [base.incidents![0], { id: "IN-002", severity: "Critical",
        status: "Investigating" }, { id: "IN-003", severity: "Low", status: "Open" }] },
      TODAY, "partly", "IN-002 lack severity, status, a Closed on date or an improvement."],

    ["Q12 Yes for a residual score exactly at appetite", 12,
      { risks: [{ id: "R-001", residualScore: 9 }], improvements: [] }, TODAY, "yes",
      "The 1 risk within appetite, accepted, or being improved."],
    ["Q12 No one point above appetite with nothing done", 12,
      { risks: [{ id: "R-001", residualScore: 10 }], improvements: [] }, TODAY, "no",
      "R-001 above appetite 9, not accepted, with no open improvement."],
    ["Q12 Yes when accepted by the risk owner on a date", 12,
      { risks: [{ id: "R-001", residualScore: 10, acceptedBy: "Ana Silva",
        acceptedOn: day("2026-10-01") }], improvements: [] }, TODAY, "yes",
      "The 1 risk within appetite, accepted, or being improved."],
    ["Q12 No when accepted with no date", 12,
      { risks: [{ id: "R-001", residualScore: 10, acceptedBy: "Ana Silva" }],
        improvements: [] }, TODAY, "no",
      "R-001 above appetite 9, not accepted, with no open improvement."],
    ["Q12 Partly when R-002's only improvement is Done", 12,
      { improvements: [{ ...base.improvements![1], status: "Done" }] }, TODAY, "partly",
      "R-002 above appetite 9, not accepted, with no open improvement."],
    ["Q12 counts an unrated risk as above appetite", 12,
      { risks: [{ id: "R-001" }], improvements: [] }, TODAY, "no",
      "R-001 above appetite 9, not accepted, with no open improvement."],
  ];

  it.each(cases)("%s", (_name, number, over, today, answer, reason) => {
    expect(ask(number, readyIsms(over), today)).toEqual({ answer, reason });
  });
});
