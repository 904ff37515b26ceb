/** The twelve Stage 2 readiness questions with the product's answers and reasons. */
import {
  Badge, Body1, Caption1, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import type { QuestionAnswer, ReadinessAnswer } from "../services/types";
import { QUESTION_THRESHOLDS } from "../../core/readiness/thresholds";

const useStyles = makeStyles({
  list: {
    margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  reason: { display: "block", color: tokens.colorNeutralForeground3 },
  answer: { marginInlineStart: tokens.spacingHorizontalS },
  // Fluent's subtle tint is grey on the pane's own background, so the badge hardly shows:
  // dark text on a grey fill, with an outline that stands out from the pane.
  notYet: {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground4,
    borderTopColor: tokens.colorNeutralStrokeAccessible,
    borderRightColor: tokens.colorNeutralStrokeAccessible,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderLeftColor: tokens.colorNeutralStrokeAccessible,
  },
});

const LOOK = {
  yes: ["success", "Yes"],
  partly: ["warning", "Partly"],
  no: ["danger", "No"],
  "not-yet": ["subtle", "Not yet"],
} as const satisfies Record<ReadinessAnswer, readonly [string, string]>;

function wordingOf(n: number): string {
  return QUESTION_THRESHOLDS.find((t) => t.number === n)?.question ?? `Question ${n}`;
}

/** The questions in order; before a check they carry no answers. */
export function Questions({ questions }: { questions: readonly QuestionAnswer[] | null }) {
  const styles = useStyles();
  if (!questions || questions.length === 0) {
    return <Body1 as="p" block>Run a check to answer the readiness questions.</Body1>;
  }
  const sorted = [...questions].sort((a, b) => a.number - b.number);
  return (
    <ol className={styles.list} aria-label="Readiness questions">
      {sorted.map((q) => {
        const [color, word] = LOOK[q.answer] ?? LOOK["not-yet"];
        return (
          <li key={q.number} value={q.number}>
            <Body1>{q.question ?? wordingOf(q.number)}</Body1>
            <Badge
              className={mergeClasses(styles.answer, q.answer === "not-yet" && styles.notYet)}
              appearance="tint"
              color={color}
            >
              {word}
            </Badge>
            <Caption1 className={styles.reason}>{q.reason}</Caption1>
          </li>
        );
      })}
    </ol>
  );
}
