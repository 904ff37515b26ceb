/**
 * The twelve Stage 2 readiness questions of ARM step 4, each answered from the registers by the
 * bars of thresholds.ts, with a one-line reason that names the rows to look at.
 */
import type { Isms } from "../model/isms";
import type { RegisterKey } from "../schema/types";
import { conducted } from "./answers/audits";
import { improvementsTracked, stage1FindingsClosed } from "./answers/improvements";
import { controlsEvidenced, incidentsManaged } from "./answers/operations";
import { objectivesMet, processEvidence } from "./answers/processes";
import { riskProfileAcceptable, riskRegisterMaintained } from "./answers/risks";
import { awarenessDeployed, competenceGapsClosing } from "./answers/training";
import type { Verdict } from "./answers/types";
import { QUESTION_THRESHOLDS } from "./thresholds";

/** A question's answer: yes, partly, no, or not yet (too early to say). */
export type Answer = "yes" | "partly" | "no" | "not-yet";

/** What the readiness model says to one question. */
export interface QuestionAnswer {
  readonly number: number;
  readonly question: string;
  readonly answer: Answer;
  /** One line naming the rows to look at. */
  readonly reason: string;
}

/** What a question is answered from: the workbook and today (an Excel serial day). */
export interface QuestionContext {
  readonly isms: Isms;
  readonly today: number;
}

type Ctx = QuestionContext;

/** One readiness question: its number, its wording, the register it looks at, its answer. */
export interface Question {
  readonly number: number;
  readonly question: string;
  /** The register a finding about this question points at. */
  readonly register: RegisterKey;
  answer(ctx: Ctx): QuestionAnswer;
}

/** Each question's register and answer, in question order (the wording is in thresholds.ts). */
const ANSWERS: readonly [RegisterKey, (ctx: Ctx) => Verdict][] = [
  ["improvements", stage1FindingsClosed],
  ["requirements", processEvidence],
  ["objectives", objectivesMet],
  ["risks", riskRegisterMaintained],
  ["training", awarenessDeployed],
  ["training", competenceGapsClosing],
  ["audits", conducted("Internal audit")],
  ["audits", conducted("Management review")],
  ["improvements", improvementsTracked],
  ["soa", controlsEvidenced],
  ["incidents", incidentsManaged],
  ["risks", riskProfileAcceptable],
];

/** The twelve questions, numbered 1 to 12 in the order of RULES.md. */
export const QUESTIONS: readonly Question[] = QUESTION_THRESHOLDS.map((t, i) => {
  const [register, verdict] = ANSWERS[i];
  return {
    number: t.number,
    question: t.question,
    register,
    answer: (ctx: Ctx) => ({ number: t.number, question: t.question, ...verdict(ctx) }),
  };
});

// The step-4 rules and the readiness result ask the same questions of the same workbook:
// answer once per workbook and day. A typed workbook is never changed once read.
const answered = new WeakMap<Isms, { today: number; answers: readonly QuestionAnswer[] }>();

/** The answers to all twelve questions for a workbook on a day (computed once per pair). */
export function answerQuestions(ctx: Ctx): readonly QuestionAnswer[] {
  const hit = answered.get(ctx.isms);
  if (hit && hit.today === ctx.today) return hit.answers;
  const answers = QUESTIONS.map((q) => q.answer(ctx));
  answered.set(ctx.isms, { today: ctx.today, answers });
  return answers;
}
