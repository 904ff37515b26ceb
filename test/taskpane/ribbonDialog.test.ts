/** @jest-environment jsdom */
import { installFakeExcel, type FakeExcelHandle } from "../support/fakeExcel";
import {
  KEPT_SUMMARY_KEY, keepSummary, storageOf, takeSummary,
} from "../../src/commands/summary";
import {
  DIALOG_ALREADY_OPEN, forgetShownDialog, showSummary, type Opened, type SummaryHost,
} from "../../src/commands/summaryDialog";

/** A host whose dialog requests are answered in turn by `answers`. */
function host(answers: Opened[], extra: Partial<SummaryHost> = {}) {
  const asked: string[] = [];
  const fake: SummaryHost = {
    open: jest.fn(async (url: string) => {
      asked.push(url);
      return answers.shift() ?? { code: 0, message: "no more answers" };
    }),
    storage: window.localStorage,
    wait: jest.fn(async () => undefined),
    ...extra,
  };
  return { fake, asked };
}

const refused = (code: number, message = "refused") => ({ code, message });

describe("the ribbon check's summary dialog", () => {
  beforeEach(() => {
    forgetShownDialog();
    window.localStorage.clear();
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it("shows the summary in a dialog when the host opens one", async () => {
    const { fake } = host([{ dialog: { close: jest.fn() } }]);
    await expect(showSummary("Check done.", "u#summary=x", fake)).resolves.toBe("dialog");
    expect(window.localStorage.getItem(KEPT_SUMMARY_KEY)).toBeNull();
  });

  it("replaces its own summary dialog still open (12007) instead of losing the new one",
    async () => {
      const first = { close: jest.fn() };
      await showSummary("First.", "u1", host([{ dialog: first }]).fake);
      const second = { dialog: { close: jest.fn() } };
      const { fake, asked } = host([refused(DIALOG_ALREADY_OPEN), second]);
      await expect(showSummary("Second.", "u2", fake)).resolves.toBe("dialog");
      expect(first.close).toHaveBeenCalledTimes(1);
      expect(fake.wait).toHaveBeenCalledTimes(1);
      expect(asked).toEqual(["u2", "u2"]);
    });

  it("keeps a refused summary for the task pane, logs why and opens the pane where it can",
    async () => {
      const showTaskpane = jest.fn(async () => undefined);
      const { fake } = host([refused(12009, "The user chose to ignore the dialog box.")],
        { showTaskpane });
      await expect(showSummary("Check done: 2 errors.", "u", fake)).resolves.toBe("kept");
      expect(takeSummary(storageOf())).toBe("Check done: 2 errors.");
      expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/12009.*2 errors/));
      expect(showTaskpane).toHaveBeenCalledTimes(1);
    });

  it("hands a kept summary to the pane once, and not once it is an hour old", () => {
    const at = new Date("2026-12-03T10:00:00Z");
    keepSummary("Check done.", window.localStorage, at);
    expect(takeSummary(window.localStorage, new Date("2026-12-03T10:30:00Z"))).toBe("Check done.");
    expect(takeSummary(window.localStorage, new Date("2026-12-03T10:30:00Z"))).toBeNull();
    keepSummary("Check done.", window.localStorage, at);
    expect(takeSummary(window.localStorage, new Date("2026-12-03T11:30:00Z"))).toBeNull();
  });
});

describe("the ribbon's Check button", () => {
  let excel: FakeExcelHandle;
  afterEach(() => {
    excel.uninstall();
    jest.restoreAllMocks();
  });

  /** Loads the function file over the in-memory Excel; resolves to its runCheck action. */
  async function ribbon(display: (url: string, o: unknown, cb: (r: unknown) => void) => void) {
    excel = installFakeExcel({ sheets: ["Sheet1"] });
    const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
    let action: ((event: { completed: () => void }) => Promise<void>) | undefined;
    Object.assign(office, {
      onReady: (ready: () => void) => Promise.resolve(ready()),
      actions: { associate: (_: string, f: typeof action) => (action = f) },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    });
    (office.context as Record<string, unknown>).ui = { displayDialogAsync: jest.fn(display) };
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    return action!;
  }

  it("keeps the summary and completes when Office refuses the dialog", async () => {
    window.localStorage.clear();
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const runCheck = await ribbon((_, __, cb) =>
      cb({ status: "failed", error: { code: 12007, message: "A dialog box is already opened." } }));
    const event = { completed: jest.fn() };
    await runCheck(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(takeSummary(storageOf())).toMatch(/^Check done: \d+ errors?/);
  });
});
