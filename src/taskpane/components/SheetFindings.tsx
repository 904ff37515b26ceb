/** The findings of one sheet within a step: the first few, and the rest on request. */
import { useState } from "react";
import { Body1Strong, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model/finding";
import { FindingItem } from "./FindingItem";

/** How many findings of a sheet show before "Show more". */
export const FIRST_FEW = 5;

const useStyles = makeStyles({
  list: {
    listStyleType: "none", margin: 0, padding: 0, display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
});

/** One sheet's findings under a heading naming the sheet and how many there are. */
export function SheetFindings(props: {
  step: string;
  sheet: string;
  findings: readonly Finding[];
  onSelect: (f: Finding) => void;
}) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const { step, sheet, findings } = props;
  const shown = all ? findings : findings.slice(0, FIRST_FEW);
  const more = findings.length - shown.length;
  return (
    <section aria-label={`Step ${step}, sheet ${sheet}`}>
      <Body1Strong as="h4" block>{`${sheet} (${findings.length})`}</Body1Strong>
      <ul className={styles.list}>
        {shown.map((f, i) => (
          <FindingItem key={`${f.rule}-${f.cell}-${i}`} finding={f} onSelect={props.onSelect} />
        ))}
      </ul>
      {more > 0 && (
        <Button appearance="transparent" size="small" onClick={() => setAll(true)}>
          {`Show ${more} more on ${sheet}`}
        </Button>
      )}
    </section>
  );
}
