/** Renders the pane over a fake services adapter, as the tests see it. */
import { configure, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { PaneServices } from "../../src/taskpane/services/types";

// Fluent's dialogs and focus management render slowly in jsdom on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's MessageBar needs one to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

/** Renders the app and returns a user-event session with it. */
export function renderPane(services: PaneServices | null) {
  const user = userEvent.setup();
  const view = render(<App services={services} theme={webLightTheme} />);
  return { user, ...view };
}
