/** The pane's state and actions: one task at a time, its progress, its outcome or its error. */
import { useCallback, useRef, useState } from "react";
import type { Edition } from "../../core/catalogue/types";
import type { FixOutcome } from "../../core/commands/types";
import type { PaneCheck, PaneServices, PaneSettings } from "../services/types";
import { messageOf } from "./messageOf";

/** The task running now: what it is and the last progress it reported. */
export interface Busy {
  readonly label: string;
  readonly message: string;
  readonly fraction?: number;
}

/** What the last task said: a title and the lines of what it did. */
export interface Notice {
  readonly title: string;
  readonly lines: readonly string[];
}

/** Everything the pane shows and every action it offers. */
export interface Pane {
  readonly busy: Busy | null;
  readonly error: string | null;
  readonly notice: Notice | null;
  readonly check: PaneCheck | null;
  readonly fixPreview: FixOutcome | null;
  readonly settings: PaneSettings | null;
  createOrUpgrade(edition: Edition, sample: boolean): Promise<void>;
  runCheck(): Promise<void>;
  previewFix(): Promise<void>;
  confirmFix(): Promise<void>;
  cancelFix(): void;
  rebuildDashboard(): Promise<void>;
  exportPack(): Promise<void>;
  loadSettings(): Promise<void>;
  saveSettings(next: PaneSettings): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  dismiss(): void;
}

/** Holds the pane's state over a services adapter (the real workbook or a test's fake). */
export function usePane(services: PaneServices): Pane {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [check, setCheck] = useState<PaneCheck | null>(null);
  const [fixPreview, setFixPreview] = useState<FixOutcome | null>(null);
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  const running = useRef(false);

  // Runs one task; a second click while one runs is ignored, so writes never overlap.
  const run = useCallback(async (label: string, task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setError(null);
    setNotice(null);
    setBusy({ label, message: label });
    try {
      await task();
    } catch (e) {
      console.error(e);
      setError(messageOf(e));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const progress = useCallback(
    (label: string) => (message: string, fraction?: number) =>
      setBusy({ label, message, fraction }),
    [],
  );

  const refresh = async (label: string) => {
    setCheck(await services.check(progress(label)));
  };

  return {
    busy, error, notice, check, fixPreview, settings,
    createOrUpgrade: (edition, sample) =>
      run("Creating or upgrading the ISMS sheets", async () => {
        const out = await services.createOrUpgrade({ edition, sample }, progress("Creating"));
        setSettings(await services.readSettings());
        await refresh("Checking");
        setNotice({ title: "The ISMS sheets are ready", lines: [...out.done, ...out.skipped] });
      }),
    runCheck: () => run("Checking the workbook", () => refresh("Checking")),
    previewFix: () =>
      run("Working out what fixing changes", async () => {
        const preview = await services.previewFix(progress("Preparing"));
        if (preview.changes.length === 0) {
          setNotice({ title: "Nothing to fix", lines: ["No finding can be fixed automatically."] });
        } else setFixPreview(preview);
      }),
    confirmFix: () =>
      run("Fixing", async () => {
        setFixPreview(null);
        const out = await services.fix(progress("Fixing"));
        await refresh("Checking again");
        setNotice({ title: "Fixes applied", lines: out.done });
      }),
    cancelFix: () => setFixPreview(null),
    rebuildDashboard: () =>
      run("Rebuilding the dashboard", async () => {
        const out = await services.rebuildDashboard(progress("Rebuilding the dashboard"));
        setNotice({ title: "The Dashboard is rebuilt", lines: [...out.done, ...out.skipped] });
      }),
    exportPack: () =>
      run("Exporting the auditor pack", async () => {
        const out = await services.exportPack(progress("Exporting"));
        const where = out.opened ? "opened in a new workbook" : `downloaded as ${out.fileName}`;
        setNotice({ title: "The auditor pack is ready", lines: [`The pack was ${where}.`] });
      }),
    // A background read: it does not hold up the actions, and only a failure is shown.
    loadSettings: async () => {
      try {
        setSettings(await services.readSettings());
      } catch (e) {
        console.error(e);
        setError(messageOf(e));
      }
    },
    saveSettings: (next) =>
      run("Saving the settings", async () => {
        const lines = await services.writeSettings(next);
        setSettings(next);
        setNotice({ title: "Settings saved", lines });
      }),
    selectCell: async (sheet, cell) => {
      try {
        await services.selectCell(sheet, cell);
      } catch (e) {
        console.error(e);
        setError(messageOf(e));
      }
    },
    dismiss: () => {
      setError(null);
      setNotice(null);
    },
  };
}
