/** The check result as text for a person at a terminal: findings, steps, the twelve answers. */
import type { CheckResult } from "../core/check";

const ANSWERS: Readonly<Record<string, string>> = {
  yes: "Yes", partly: "Partly", no: "No", "not-yet": "Not yet",
};

/** "3 errors, 5 warnings, 0 info". */
export function countsLine(result: CheckResult): string {
  const { errors, warnings, info } = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${info} info`;
}

/** Step progress and the twelve readiness answers, one line each. */
export function readinessLines(result: CheckResult): string[] {
  const lines = ["ARM step progress:"];
  for (const s of result.readiness.steps) {
    const bar = "#".repeat(Math.round(s.percent / 10)).padEnd(10, ".");
    lines.push(`  ${s.step.padEnd(3)} ${bar} ${String(s.percent).padStart(3)}%` +
      `  (${s.passed} of ${s.checked} checks passed)`);
  }
  lines.push("", "Stage 2 readiness questions:");
  for (const q of result.readiness.questions) {
    const answer = ANSWERS[q.answer] ?? q.answer;
    lines.push(`  ${String(q.number).padStart(2)}. ${q.question}`);
    lines.push(`      ${answer}${q.reason ? `: ${q.reason}` : ""}`);
  }
  return lines;
}

/** Every finding, errors first, located as "Sheet!Cell". */
export function findingLines(result: CheckResult): string[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return sorted.map((f) => {
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet || "Workbook";
    return `  ${f.severity.padEnd(7)} ${where.padEnd(18)} ${f.message}` +
      `${f.fixable ? " (fixable)" : ""}`;
  });
}

/** The whole human report of `arm validate`. */
export function checkReport(result: CheckResult): string {
  const lines = [
    `${result.file}: ${result.standard}, checked as of ${result.today}`,
    countsLine(result),
  ];
  if (result.findings.length > 0) lines.push("", "Findings:", ...findingLines(result));
  lines.push("", ...readinessLines(result));
  return lines.join("\n");
}
