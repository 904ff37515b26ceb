/** The task pane's entry: wait for Excel, then render the pane (or say it is not in Excel). */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { waitForExcel } from "./officeReady";
import { createOfficeServices } from "./services/officeServices";
import { themeFor } from "./theme";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const inExcel = await waitForExcel();
  const theme = themeFor(inExcel ? Office.context?.officeTheme : undefined);
  root.render(<App services={inExcel ? createOfficeServices() : null} theme={theme} />);
}

void start();
