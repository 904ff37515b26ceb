/**
 * The ribbon's function file. "Check" runs the check on the open workbook and shows its summary
 * in a small dialog; it writes nothing to the workbook. The same page, opened as that dialog,
 * shows the summary it was given.
 */
import { check } from "../core/commands";
import { todaySerial } from "../core/model/dates";
import { OfficeWorkbook, describeExcelError } from "../office";
import { summaryOfHash, summaryText, summaryUrl } from "./summary";

function showDialog(text: string): Promise<void> {
  return new Promise((resolve) => {
    const url = summaryUrl(window.location.href, text);
    const size = { height: 25, width: 30, displayInIframe: true };
    try {
      Office.context.ui.displayDialogAsync(url, size, () => resolve());
    } catch (error) {
      // No dialog on this host: the summary goes to the console rather than nowhere.
      console.warn(text, error);
      resolve();
    }
  });
}

/** Runs the check; event.completed() is called whatever happens, so Excel never waits on it. */
async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await check(new OfficeWorkbook(), { today: todaySerial(new Date()) });
    await showDialog(summaryText(result.summary));
  } catch (error) {
    console.error(error);
    await showDialog(`The check could not run: ${describeExcelError(error)}`);
  } finally {
    event.completed();
  }
}

function showSummary(text: string): void {
  const p = document.createElement("p");
  p.textContent = text;
  p.style.font = "14px 'Segoe UI', sans-serif";
  document.body.replaceChildren(p);
}

const asked = summaryOfHash(window.location.hash);
if (asked !== null) {
  showSummary(asked);
} else {
  void Office.onReady(() => Office.actions.associate("runCheck", runCheck));
}
