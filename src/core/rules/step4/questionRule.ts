/**
 * ARM step 4 as rules: each readiness question answered No is a warning, and an error once
 * Stage 2 is near. A question counts as one check, passed only when answered Yes.
 */
import { answerQuestions, QUESTIONS } from "../../readiness/questions";
import { stage2IsNear, STAGE2_ESCALATION_DAYS } from "../../readiness/thresholds";
import type { RuleIndex } from "../lookup";
import { sheetFinding } from "../helpers";
import type { Rule } from "../types";

const ISMS_KEYS = {
  settings: "settingRows", context: "context", requirements: "requirements", assets: "assets",
  risks: "risks", soa: "soa", improvements: "improvements", objectives: "objectives",
  audits: "audits", incidents: "incidents", training: "training",
} as const;

/** The step-4 rule of readiness question `number` (1 to 12). */
export function questionRule(number: number, id: string, clause: string): Rule<RuleIndex> {
  const question = QUESTIONS[number - 1];
  const rule: Rule<RuleIndex> = {
    id,
    step: "4",
    severity: "warning",
    clause,
    description: `Readiness question ${number}: ${question.question} ` +
      `(an error within ${STAGE2_ESCALATION_DAYS} days of Stage 2).`,
    fixable: false,
    check(ctx) {
      const { answer, reason } = answerQuestions(ctx)[number - 1];
      const failed = answer === "yes" ? 0 : 1;
      if (answer !== "no") return { findings: [], checked: 1, failed };
      const near = stage2IsNear(ctx.isms.settings.stage2, ctx.today);
      const reg = ctx.isms[ISMS_KEYS[question.register]];
      const finding = sheetFinding(rule, reg,
        `Readiness question ${number}, "${question.question}", is answered No: ${reason}`,
        { severity: near ? "error" : "warning" });
      return { findings: [finding], checked: 1, failed };
    },
  };
  return rule;
}
