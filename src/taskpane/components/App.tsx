/** The pane's root: Fluent's provider with the theme that matches Office, around the body. */
import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";
import type { PaneServices } from "../services/types";
import { NoHost } from "./NoHost";
import { PaneBody } from "./PaneBody";

// The provider paints the theme's background: let it fill the pane, dark themes included.
const useStyles = makeStyles({ root: { minHeight: "100vh" } });

/** The app; with no services (no Excel host) it shows the outside-Excel message. */
export function App(props: { services: PaneServices | null; theme: Theme }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme} className={styles.root}>
      {props.services ? <PaneBody services={props.services} /> : <NoHost />}
    </FluentProvider>
  );
}
