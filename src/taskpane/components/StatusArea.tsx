/** What is happening now: the running task's progress, the last outcome or the last failure. */
import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner,
  makeStyles, tokens,
} from "@fluentui/react-components";
import type { Busy, Notice } from "../state/usePane";

/** Lines of an outcome shown at most; create can report dozens. */
const SHOWN_LINES = 8;

const useStyles = makeStyles({
  // minmax(0, 1fr): a message bar wraps its lines instead of reaching past the pane's padding.
  area: { display: "grid", rowGap: tokens.spacingVerticalS, gridTemplateColumns: "minmax(0, 1fr)" },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Progress, success and error, announced to screen readers as they change. */
export function StatusArea(props: {
  busy: Busy | null;
  error: string | null;
  notice: Notice | null;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const { busy, error, notice } = props;
  const close = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" onClick={props.onDismiss} aria-label="Dismiss">
          ×
        </Button>
      }
    />
  );
  // One live region per message, never one inside another (a screen reader would read it twice):
  // progress and outcomes in a polite status region that is always there, so it announces what
  // appears in it; a failure as an alert, announced once when it appears.
  return (
    <div className={styles.area}>
      <div role="status" className={styles.area}>
        {busy && (
          <div>
            <Spinner size="tiny" label={busy.message} />
            {busy.fraction !== undefined && (
              <ProgressBar value={busy.fraction} aria-label={busy.label} />
            )}
          </div>
        )}
        {notice && (
          <MessageBar intent={notice.intent ?? "success"}>
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              <ul className={styles.lines}>
                {notice.lines.slice(0, SHOWN_LINES).map((l, i) => <li key={i}>{l}</li>)}
                {notice.lines.length > SHOWN_LINES && (
                  <li>{`…and ${notice.lines.length - SHOWN_LINES} more.`}</li>
                )}
              </ul>
            </MessageBarBody>
            {close}
          </MessageBar>
        )}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>That did not work</MessageBarTitle>
            {error}
          </MessageBarBody>
          {close}
        </MessageBar>
      )}
    </div>
  );
}
