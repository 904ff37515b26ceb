/** What is happening now: the running task's progress, the last outcome or the last failure. */
import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner,
  makeStyles, tokens,
} from "@fluentui/react-components";
import type { Busy, Notice } from "../state/usePane";

/** Lines of an outcome shown at most; create can report dozens. */
const SHOWN_LINES = 8;

const useStyles = makeStyles({
  area: { display: "grid", rowGap: tokens.spacingVerticalS },
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
  return (
    <div className={styles.area} aria-live="polite">
      {busy && (
        <div role="status">
          <Spinner size="tiny" label={busy.message} />
          {busy.fraction !== undefined && (
            <ProgressBar value={busy.fraction} aria-label={busy.label} />
          )}
        </div>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>That did not work</MessageBarTitle>
            {error}
          </MessageBarBody>
          {close}
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
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
  );
}
