/**
 * Shows the ribbon check's summary in a dialog, and never loses it when the host refuses one:
 * a summary dialog of ours still open (error 12007) is closed and the new one opened; any
 * other refusal logs the reason, keeps the summary for the task pane to show, and opens the
 * pane where the host can. Excel has no notification bar for add-ins (Office's
 * notificationMessages belong to Outlook's mail items), hence the pane.
 */
import { keepSummary, type SummaryStorage } from "./summary";

/** What asking for a dialog gave: the dialog, or the host's error code and message. */
export type Opened =
  | { readonly dialog: Pick<Office.Dialog, "close"> }
  | { readonly code: number; readonly message: string };

/** The parts of Office the summary needs, so tests can stand in for them. */
export interface SummaryHost {
  /** Opens the dialog at `url`; resolves with the dialog or why there is none, never rejects. */
  open(url: string): Promise<Opened>;
  /** Opens the task pane, where the host can (a shared runtime); absent otherwise. */
  readonly showTaskpane?: () => Promise<void>;
  /** Where the summary waits for the pane. */
  readonly storage: SummaryStorage | null;
  wait(ms: number): Promise<void>;
}

/** How the summary reached the user. */
export type Shown = "dialog" | "kept";

/** Office's code for "a dialog is already open from this window". */
export const DIALOG_ALREADY_OPEN = 12007;

/** Office closes a dialog asynchronously: a new one opened at once can still be refused. */
const CLOSE_GRACE_MS = 500;

/** The summary dialog this function file opened last, while its runtime lives. */
let shown: Pick<Office.Dialog, "close"> | null = null;

/** Shows `text` (carried in `url`) in a dialog, or keeps it for the pane when none can open. */
export async function showSummary(text: string, url: string, host: SummaryHost): Promise<Shown> {
  let opened = await host.open(url);
  if ("code" in opened && opened.code === DIALOG_ALREADY_OPEN && shown) {
    // The last summary is still on screen: the new one replaces it.
    try {
      shown.close();
    } catch (error) {
      console.warn("Could not close the previous summary dialog", error);
    }
    shown = null;
    await host.wait(CLOSE_GRACE_MS);
    opened = await host.open(url);
  }
  if ("dialog" in opened) {
    shown = opened.dialog;
    return "dialog";
  }

  console.warn(`No dialog for the check's summary (${opened.code}: ${opened.message}). ${text}`);
  if (!keepSummary(text, host.storage)) console.error(`The check's summary: ${text}`);
  if (host.showTaskpane) {
    await host.showTaskpane().catch((error: unknown) =>
      console.warn("Could not open the task pane for the summary", error));
  }
  return "kept";
}

/** Forgets the dialog opened last; for tests, which run several checks in one runtime. */
export function forgetShownDialog(): void {
  shown = null;
}
