/** The ARM journey: each step's progress and what is left to do in it. */
import {
  Body1, Caption1, ProgressBar, Subtitle2, makeStyles, tokens,
} from "@fluentui/react-components";
import type { PaneCheck } from "../services/types";
import { ARM_STEPS } from "./steps";

const useStyles = makeStyles({
  list: {
    listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalM,
  },
  head: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  left: { display: "block", color: tokens.colorNeutralForeground3 },
});

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1", "1 and 4", "1, 4 and 9". */
function listed(numbers: readonly number[]): string {
  if (numbers.length < 2) return numbers.join("");
  return `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/**
 * What is left in one step, consistent with its percent: a step short of 100 % always names
 * something. Step 4 names the readiness questions not answered Yes, since Partly and Not yet
 * fail its checks without a finding; other steps count their findings, and the checks that
 * failed where no finding says why.
 */
export function leftText(check: PaneCheck, step: string): string {
  const own = check.findings.filter((f) => f.step === step);
  const progress = check.steps.find((s) => s.step === step);
  const parts: string[] = [];
  if (step === "4") {
    const open = check.questions.filter((q) => q.answer !== "yes").map((q) => q.number);
    open.sort((a, b) => a - b);
    if (open.length > 0) {
      const which = open.length === 1 ? "question" : "questions";
      parts.push(`${which} ${listed(open)} not yet answered Yes`);
    }
  }
  // Step 4's own findings are its questions answered No, already named above.
  const findings = step === "4" && parts.length > 0
    ? own.filter((f) => !f.rule.startsWith("readiness/")) : own;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const counts: string[] = [];
  if (errors) counts.push(count(errors, "error"));
  if (warnings) counts.push(count(warnings, "warning"));
  if (counts.length > 0) parts.push(counts.join(", "));
  if (parts.length === 0 && progress && progress.passed < progress.checked) {
    parts.push(`${progress.checked - progress.passed} of ${count(progress.checked, "check")} ` +
      "not passed yet");
  }
  if (parts.length === 0 && progress && progress.checked === 0) {
    return "Nothing to check yet: fill in this step's sheets.";
  }
  if (parts.length === 0) return "Nothing left to do here.";
  return `Left: ${parts.join("; ")}.`;
}

/** Shows the six steps; before the first check it says how to get the figures. */
export function Journey({ check }: { check: PaneCheck | null }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="journey-title">
      <Subtitle2 as="h2" block id="journey-title">Your ARM journey</Subtitle2>
      {!check && <Body1 as="p" block>Run a check to see how far each step has come.</Body1>}
      <ol className={styles.list}>
        {ARM_STEPS.map(({ step, title }) => {
          const progress = check?.steps.find((s) => s.step === step);
          const percent = progress ? Math.round(progress.percent) : 0;
          return (
            <li key={step}>
              <span className={styles.head}>
                <span id={`journey-step-${step}`}>{`Step ${step}: ${title}`}</span>
                <span>{progress ? `${percent}%` : "–"}</span>
              </span>
              <ProgressBar
                value={percent / 100}
                thickness="large"
                aria-labelledby={`journey-step-${step}`}
              />
              {check && <Caption1 className={styles.left}>{leftText(check, step)}</Caption1>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
