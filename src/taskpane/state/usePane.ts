/** The pane's state and actions: one task at a time, its progress, its outcome or its error. */
import { useCallback, useRef, useState } from "react";
import type { Edition } from "../../core/catalogue/types";
import type { FixOutcome } from "../../core/commands/types";
import type {
  PaneCheck, PaneServices, PaneSettings, SettingConflict,
} from "../services/types";
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
  /** "warning" when part of the task was not done; success otherwise. */
  readonly intent?: "success" | "warning";
}

/** Everything the pane shows and every action it offers. */
export interface Pane {
  readonly busy: Busy | null;
  readonly error: string | null;
  readonly notice: Notice | null;
  readonly check: PaneCheck | null;
  readonly fixPreview: FixOutcome | null;
  /** True when the preview shown replaces one that the workbook's changes made stale. */
  readonly fixPreviewRenewed: boolean;
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
  /** Shows a notice that came from elsewhere (the ribbon's check), unless a task is running. */
  notify(notice: Notice): void;
  dismiss(): void;
}

const shown = (value: string) => (value === "" ? "(blank)" : value);

/** A setting both the user and a co-author changed, in one sentence for the user. */
export function conflictLine(c: SettingConflict): string {
  return `${c.setting} was not saved: it was changed in the workbook to ${shown(c.workbook)} ` +
    `while you changed it to ${shown(c.yours)}. The form now shows the workbook's value; ` +
    "enter yours again and save to replace it.";
}

/** Holds the pane's state over a services adapter (the real workbook or a test's fake). */
export function usePane(services: PaneServices): Pane {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [check, setCheck] = useState<PaneCheck | null>(null);
  const [fixPreview, setFixPreview] = useState<FixOutcome | null>(null);
  const [fixPreviewRenewed, setFixPreviewRenewed] = useState(false);
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
    busy, error, notice, check, fixPreview, fixPreviewRenewed, settings,
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
        setFixPreviewRenewed(false);
        if (preview.changes.length === 0) {
          setNotice({ title: "Nothing to fix", lines: ["No finding can be fixed automatically."] });
        } else setFixPreview(preview);
      }),
    confirmFix: () =>
      run("Fixing", async () => {
        if (!fixPreview) return;
        setFixPreview(null);
        const out = await services.fix(fixPreview.changes, progress("Fixing"));
        if (!out.applied && out.changes.length > 0) {
          // The cells listed are no longer the ones fixing would change: show the new list.
          setFixPreviewRenewed(true);
          setFixPreview(out);
          return;
        }
        await refresh("Checking again");
        if (out.applied) setNotice({ title: "Fixes applied", lines: out.done });
        else {
          setNotice({
            title: "Nothing was fixed", intent: "warning",
            lines: ["The workbook changed since the preview, and nothing is left to fix now."],
          });
        }
      }),
    cancelFix: () => {
      setFixPreview(null);
      setFixPreviewRenewed(false);
    },
    rebuildDashboard: () =>
      run("Rebuilding the dashboard", async () => {
        const out = await services.rebuildDashboard(progress("Rebuilding the dashboard"));
        // The Dashboard shows a fresh check: the pane's journey and findings follow it.
        await refresh("Checking");
        setNotice({ title: "The Dashboard is rebuilt", lines: [...out.done, ...out.skipped] });
      }),
    exportPack: () =>
      run("Exporting the auditor pack", async () => {
        const out = await services.exportPack(progress("Exporting"));
        const where = out.opened ? "opened in a new workbook" : `downloaded as ${out.fileName}`;
        const lines = out.note ? [out.note] : [`The pack was ${where}.`];
        setNotice({ title: "The auditor pack is ready", lines });
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
        const loaded = settings ?? next;
        const saved = await services.writeSettings(next, loaded);
        setSettings(saved.settings);
        if (saved.conflicts.length === 0) {
          setNotice({ title: "Settings saved", lines: saved.lines });
          return;
        }
        setNotice({
          title: "Some settings were not saved", intent: "warning",
          lines: [...saved.conflicts.map(conflictLine), ...saved.lines],
        });
      }),
    selectCell: async (sheet, cell) => {
      try {
        await services.selectCell(sheet, cell);
      } catch (e) {
        console.error(e);
        setError(messageOf(e));
      }
    },
    notify: (next) => {
      if (!running.current) setNotice(next);
    },
    dismiss: () => {
      setError(null);
      setNotice(null);
    },
  };
}
