/** Shows every cell that fixing will change, before anything changes, and asks to confirm. */
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle,
  makeStyles, tokens,
} from "@fluentui/react-components";
import type { FixOutcome } from "../../core/commands/types";
import type { CellValue } from "../../core/model/finding";
import { isoOf } from "../../core/model/dates";

const useStyles = makeStyles({
  list: { maxHeight: "50vh", overflowY: "auto", paddingInlineStart: tokens.spacingHorizontalL },
  renewed: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
});

/** A cell value as a person reads it. */
export function shownValue(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === "") return "(blank)";
  if (typeof v === "object") return "formula" in v ? v.formula : isoOf(v.date);
  return String(v);
}

/**
 * The confirmation dialog; open while there is a preview. `renewed` says the workbook changed
 * while an earlier list was open, so nothing was written and this is the list as it is now.
 */
export function FixPreview(props: {
  preview: FixOutcome | null;
  renewed?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const changes = props.preview?.changes ?? [];
  return (
    <Dialog open={props.preview !== null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-describedby={props.renewed ? "fix-renewed fix-summary" : "fix-summary"}>
        <DialogBody>
          <DialogTitle>Fix what can be fixed</DialogTitle>
          <DialogContent>
            {props.renewed && (
              <p id="fix-renewed" className={styles.renewed}>
                The workbook changed while the list was open, so nothing was written. This is
                what fixing would change now.
              </p>
            )}
            <p id="fix-summary">
              {changes.length === 1 ? "This cell will change:"
                : `These ${changes.length} cells will change:`}
            </p>
            <ul className={styles.list} aria-label="Changes">
              {changes.map((c, i) => (
                <li key={`${c.sheet}!${c.cell}-${i}`}>
                  {`${c.sheet}!${c.cell}: ${shownValue(c.before ?? null)}`}
                  {` → ${shownValue(c.value)}`}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {changes.length === 1 ? "Apply 1 change" : `Apply ${changes.length} changes`}
            </Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
