/** The everyday actions: check, fix, rebuild the dashboard, export the auditor pack. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What the bar can ask for. */
export interface ActionHandlers {
  onCheck(): void;
  onFix(): void;
  onDashboard(): void;
  onExport(): void;
}

/** The buttons; all are disabled while a task runs, so two writes never overlap. */
export function ActionBar(props: ActionHandlers & { disabled: boolean }) {
  const styles = useStyles();
  const { disabled } = props;
  return (
    <div role="group" aria-label="Actions" className={styles.bar}>
      <Button appearance="primary" disabled={disabled} onClick={props.onCheck}>
        Check
      </Button>
      <Button disabled={disabled} onClick={props.onFix}>
        Fix what can be fixed…
      </Button>
      <Button disabled={disabled} onClick={props.onDashboard}>
        Rebuild dashboard
      </Button>
      <Button disabled={disabled} onClick={props.onExport}>
        Export auditor pack
      </Button>
    </div>
  );
}
