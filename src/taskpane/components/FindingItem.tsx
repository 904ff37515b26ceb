/** One finding: its severity, where it is and what to do; activating it selects the cell. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model/finding";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  // Baseline alignment puts the badge's word on the first line of the message beside it.
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  // The badge keeps its width so its word is never clipped; the same width for every severity
  // keeps the messages in one column.
  badge: { flexShrink: 0, minWidth: "4.5rem" },
  button: {
    flexGrow: 1, minWidth: 0, justifyContent: "flex-start", textAlign: "start",
    fontWeight: "normal",
  },
  where: { display: "block", color: tokens.colorNeutralForeground3 },
  text: { display: "block" },
  // As far from the badge as a button's text is, so every message starts in the same column.
  plain: { minWidth: 0, paddingInline: tokens.spacingHorizontalM },
});

/** Where a finding sits, in words: "Risks!F7 · R-006 · Owner". */
export function whereOf(f: Finding): string {
  return [f.cell ? `${f.sheet}!${f.cell}` : f.sheet, f.id, f.column].filter(Boolean).join(" · ");
}

/** A finding as a list item; findings about a whole sheet have no cell to select. */
export function FindingItem(props: { finding: Finding; onSelect: (f: Finding) => void }) {
  const { finding, onSelect } = props;
  const styles = useStyles();
  const body = (
    <span className={styles.plain}>
      <span className={styles.text}>{finding.message}</span>
      <Caption1 className={styles.where}>
        {whereOf(finding)}
        {finding.fixable ? " · can be fixed" : ""}
      </Caption1>
    </span>
  );
  return (
    <li className={styles.item}>
      <SeverityBadge severity={finding.severity} className={styles.badge} />
      {finding.cell ? (
        <Button
          appearance="subtle"
          className={styles.button}
          onClick={() => onSelect(finding)}
          title={`Go to ${finding.sheet}!${finding.cell}`}
        >
          {body}
        </Button>
      ) : (
        body
      )}
    </li>
  );
}
