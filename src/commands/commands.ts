/**
 * The ribbon's function file. "Check" runs the check on the open workbook and shows its summary
 * in a small dialog; it writes nothing to the workbook. The same page, opened as that dialog,
 * shows the summary it was given.
 */
import { check } from "../core/commands";
import { todaySerial } from "../core/model/dates";
import { OfficeWorkbook, describeExcelError } from "../office";
import { storageOf, summaryOfHash, summaryText, summaryUrl } from "./summary";
import { showSummary, type Opened, type SummaryHost } from "./summaryDialog";

/** Past this, a dialog that has not answered counts as refused, so the button never hangs. */
const DIALOG_ANSWER_MS = 10_000;

/** Office's dialog API as the summary uses it. */
function officeHost(): SummaryHost {
  const open = (url: string) => new Promise<Opened>((resolve) => {
    const timer = setTimeout(
      () => resolve({ code: 0, message: "Office did not answer the dialog request" }),
      DIALOG_ANSWER_MS,
    );
    const done = (opened: Opened) => {
      clearTimeout(timer);
      resolve(opened);
    };
    try {
      const size = { height: 25, width: 30, displayInIframe: true };
      Office.context.ui.displayDialogAsync(url, size, (result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) done({ dialog: result.value });
        else done({ code: result.error?.code ?? 0, message: result.error?.message ?? "" });
      });
    } catch (error) {
      done({ code: 0, message: error instanceof Error ? error.message : String(error) });
    }
  });
  // Only a shared runtime can open the pane from the function file.
  const canShowPane = Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") === true;
  return {
    open,
    ...(canShowPane ? { showTaskpane: () => Office.addin.showAsTaskpane() } : {}),
    storage: storageOf(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** Runs the check; event.completed() is called once the summary is shown or kept, whatever. */
async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  let text: string;
  try {
    const result = await check(new OfficeWorkbook(), { today: todaySerial(new Date()) });
    text = summaryText(result.summary);
  } catch (error) {
    console.error(error);
    text = `The check could not run: ${describeExcelError(error)}`;
  }
  try {
    await showSummary(text, summaryUrl(window.location.href, text), officeHost());
  } catch (error) {
    console.error(`The check's summary: ${text}`, error);
  } finally {
    event.completed();
  }
}

function showSummaryHere(text: string): void {
  const p = document.createElement("p");
  p.textContent = text;
  p.style.font = "14px 'Segoe UI', sans-serif";
  document.body.replaceChildren(p);
}

const asked = summaryOfHash(window.location.hash);
if (asked !== null) {
  showSummaryHere(asked);
} else {
  void Office.onReady(() => Office.actions.associate("runCheck", runCheck));
}
