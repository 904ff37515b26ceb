/** Shown when the pane is opened outside Excel: it says so instead of breaking. */
import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  box: { padding: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalS },
});

/** The message for a browser with no Office host. */
export function NoHost() {
  const styles = useStyles();
  return (
    <main className={styles.box}>
      <Subtitle1 as="h1" block>Open this add-in inside Excel</Subtitle1>
      <Body1 as="p" block>
        ARM for Excel works on the workbook you have open in Excel (desktop or on the web). It
        could not find Excel here. Open a workbook in Excel, then choose ARM on the Home tab.
      </Body1>
    </main>
  );
}
