/** Findings grouped by ARM step, then by sheet, each group under its own heading. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model/finding";
import { SheetFindings } from "./SheetFindings";
import { ARM_STEPS } from "./steps";

const useStyles = makeStyles({
  group: {
    display: "grid", rowGap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalM,
  },
});

/** Groups findings by step (in ARM order), then by sheet (in order of first appearance). */
export function groupFindings(findings: readonly Finding[]): [string, [string, Finding[]][]][] {
  return ARM_STEPS.map(({ step }) => {
    const bySheet = new Map<string, Finding[]>();
    for (const f of findings.filter((x) => x.step === step)) {
      bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
    }
    return [step, [...bySheet]] as [string, [string, Finding[]][]];
  }).filter(([, sheets]) => sheets.length > 0);
}

/** The grouped findings; `onSelect` takes the user to a finding's cell. */
export function FindingGroups(props: {
  findings: readonly Finding[];
  onSelect: (f: Finding) => void;
}) {
  const styles = useStyles();
  return (
    <>
      {groupFindings(props.findings).map(([step, sheets]) => (
        <section key={step} aria-label={`Step ${step} findings`} className={styles.group}>
          <Subtitle2 as="h3" block>{`Step ${step}`}</Subtitle2>
          {sheets.map(([sheet, list]) => (
            <SheetFindings
              key={sheet}
              step={step}
              sheet={sheet}
              findings={list}
              onSelect={props.onSelect}
            />
          ))}
        </section>
      ))}
    </>
  );
}
