/** The whole pane: status, actions, the ARM journey, findings, questions and settings. */
import { useEffect } from "react";
import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { KEPT_SUMMARY_KEY, storageOf, takeSummary } from "../../commands/summary";
import type { PaneServices } from "../services/types";
import { usePane } from "../state/usePane";
import { ActionBar } from "./ActionBar";
import { FindingsSection } from "./FindingsSection";
import { FixPreview } from "./FixPreview";
import { Journey } from "./Journey";
import { MoreSections } from "./MoreSections";
import { StatusArea } from "./StatusArea";

const useStyles = makeStyles({
  main: {
    display: "grid", rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM,
    maxWidth: "48rem",
    // One column no wider than the pane: long content wraps instead of widening the grid.
    gridTemplateColumns: "minmax(0, 1fr)",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The pane over a services adapter. */
export function PaneBody({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const pane = usePane(services);
  const busy = pane.busy !== null;
  // Settings are read once on opening; later writes update them in place.
  useEffect(() => void pane.loadSettings(), []);
  // A ribbon check whose summary no dialog could show left it for the pane: show it on opening,
  // and when it arrives while the pane is open.
  useEffect(() => {
    const show = () => {
      const text = takeSummary(storageOf());
      if (text) pane.notify({ title: "Check from the ribbon", lines: [text] });
    };
    show();
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEPT_SUMMARY_KEY && e.newValue) show();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);
  return (
    <main className={styles.main}>
      <header>
        <Subtitle1 as="h1" block>ISO/IEC 27001 with ARM</Subtitle1>
        <Caption1 as="p" block className={styles.muted}>
          Assured Results Method: build, check and get your ISMS ready for certification.
        </Caption1>
      </header>
      <StatusArea
        busy={pane.busy}
        error={pane.error}
        notice={pane.notice}
        onDismiss={pane.dismiss}
      />
      <ActionBar
        disabled={busy}
        onCheck={() => void pane.runCheck()}
        onFix={() => void pane.previewFix()}
        onDashboard={() => void pane.rebuildDashboard()}
        onExport={() => void pane.exportPack()}
      />
      <Journey check={pane.check} />
      <FindingsSection check={pane.check} onSelect={(f) => void pane.selectCell(f.sheet, f.cell)} />
      <MoreSections
        pane={pane}
        busy={busy}
        openCreate={pane.check === null}
      />
      <FixPreview
        preview={pane.fixPreview}
        renewed={pane.fixPreviewRenewed}
        onConfirm={() => void pane.confirmFix()}
        onCancel={pane.cancelFix}
      />
    </main>
  );
}
