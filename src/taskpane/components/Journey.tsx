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

function leftText(check: PaneCheck, step: string): string {
  const own = check.findings.filter((f) => f.step === step);
  const errors = own.filter((f) => f.severity === "error").length;
  const warnings = own.filter((f) => f.severity === "warning").length;
  if (errors + warnings === 0) return "Nothing left to do here.";
  const parts = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? "error" : "errors"}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  return `Left: ${parts.join(", ")}.`;
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
