/**
 * The pane's command runner with a command worker, here a pair of in-process message ports that
 * clone every message as a browser would, and with no worker at all.
 */
import type { CheckResult } from "../../../src/core/check";
import * as commands from "../../../src/core/commands";
import type { FixOutcome } from "../../../src/core/commands/types";
import type { WorkbookGateway } from "../../../src/core/gateway";
import { serialOf } from "../../../src/core/model/dates";
import type { FromWorker, ToWorker } from "../../../src/taskpane/worker/protocol";
import { commandRunner, type LocalCommands } from "../../../src/taskpane/worker/runner";
import {
  PANE_COMMANDS, type FixAsPreviewedOutcome, type PackFile,
} from "../../../src/taskpane/worker/paneCommands";
import { MemoryGateway } from "../../core/commands/memoryGateway";

const today = serialOf(2026, 12, 3);
const local = async () => PANE_COMMANDS as unknown as LocalCommands;

type Listener = (event: { data: unknown }) => void;

/** Loads the worker module against a fake worker scope; returns the pane's side as a Worker. */
async function fakeWorker(): Promise<Worker> {
  const toPane: Listener[] = [];
  const toWorker: Listener[] = [];
  const deliver = (listeners: Listener[], data: unknown) =>
    setTimeout(() => listeners.forEach((l) => l({ data: structuredClone(data) })), 0);
  const scope = {
    postMessage: (data: FromWorker) => deliver(toPane, data),
    addEventListener: (_: string, l: Listener) => toWorker.push(l),
  };
  (globalThis as unknown as { self: unknown }).self = scope;
  await jest.isolateModulesAsync(async () => {
    await import("../../../src/taskpane/worker/commandWorker");
  });
  return {
    postMessage: (data: ToWorker) => deliver(toWorker, data),
    addEventListener: (type: string, l: Listener) => {
      if (type === "message") toPane.push(l);
    },
  } as unknown as Worker;
}

describe("running the commands in the command worker", () => {
  it("creates and checks the workbook as the pane's thread would, reporting progress", async () => {
    const book = new MemoryGateway();
    const progress: string[] = [];
    const run = commandRunner({
      gateway: async () => book, local, spawn: fakeWorker,
    });

    await run("createOrUpgrade", { today, edition: "2022", sample: true }, (m) => progress.push(m));
    const viaWorker = (await run("check", { today }, () => undefined)) as CheckResult;
    const direct = await commands.check(book, { today });

    expect(viaWorker).toEqual(direct);
    expect(viaWorker.summary.errors).toBeGreaterThan(0);
    expect(book.applies).toBe(1);
    expect(progress.length).toBeGreaterThan(1);
  });

  it("gives a failed read back as a worded failure, the workbook untouched", async () => {
    const failing: WorkbookGateway = {
      read: async () => {
        throw new Error("The sheet Risks was deleted by a co-author: check again.");
      },
      apply: async () => {
        throw new Error("not reached");
      },
    };
    const run = commandRunner({ gateway: async () => failing, local, spawn: fakeWorker });
    const outcome = run("check", { today }, () => undefined);
    await expect(outcome).rejects.toBeInstanceOf(commands.CommandError);
    await expect(outcome).rejects.toThrow(/deleted by a co-author/);
  });
});

describe("fixing as previewed, in the command worker", () => {
  /** A workbook with one risk whose ID was cleared: one fixable finding. */
  async function bookWithAFix() {
    const book = new MemoryGateway();
    const run = commandRunner({ gateway: async () => book, local, spawn: fakeWorker });
    await run("createOrUpgrade", { today, edition: "2022", sample: true }, () => undefined);
    const preview = (await run("previewFix", { today }, () => undefined)) as FixOutcome;
    return { book, run, preview };
  }

  it("writes the previewed changes when the workbook is as it was", async () => {
    const { book, run, preview } = await bookWithAFix();
    const applies = book.applies;
    const out = (await run("fixAsPreviewed", { today, previewed: preview.changes },
      () => undefined)) as FixAsPreviewedOutcome;
    expect(out.applied).toBe(true);
    expect(out.changes).toEqual(preview.changes);
    expect(book.applies).toBe(applies + 1);
  });

  it("writes nothing when the workbook changed since the preview, and gives the new list",
    async () => {
      const { book, run, preview } = await bookWithAFix();
      expect(preview.changes.length).toBeGreaterThan(0);
      const applies = book.applies;
      // A co-author fixes the first listed cell their own way while the preview is open.
      const [first] = preview.changes;
      book.book.apply({ sheets: [{
        name: first.sheet, create: false, blocks: [{ address: first.cell, cells: [["R-900"]] }],
      }] });
      const before = book.everything();
      const out = (await run("fixAsPreviewed", { today, previewed: preview.changes },
        () => undefined)) as FixAsPreviewedOutcome;
      expect(out.applied).toBe(false);
      expect(out.changes).not.toEqual(preview.changes);
      expect(book.everything()).toEqual(before);
      expect(out.done).toEqual(["The workbook changed since the preview, so nothing was written."]);
      expect(book.applies).toBe(applies);
    });
});

describe("the auditor pack as a file, written in the command worker", () => {
  it("gives the bytes of an .xlsx file and the organisation", async () => {
    const book = new MemoryGateway();
    const run = commandRunner({ gateway: async () => book, local, spawn: fakeWorker });
    await run("createOrUpgrade", { today, edition: "2022", sample: true }, () => undefined);
    const progress: string[] = [];
    const pack = (await run("exportPackFile", { today }, (m) => progress.push(m))) as PackFile;
    expect(Buffer.from(pack.bytes.subarray(0, 2)).toString()).toBe("PK");
    expect(pack.organisation).toBe("Quillmere Software Ltd");
    expect(progress).toContain("Writing the auditor pack");
  });
});

describe("running the commands without a worker", () => {
  it("runs them in this thread where the host refuses a worker", async () => {
    const book = new MemoryGateway();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const run = commandRunner({
      gateway: async () => book, local,
      spawn: async () => {
        throw new Error("Refused to create a worker");
      },
    });
    const outcome = (await run("createOrUpgrade", {
      today, edition: "2013", sample: false,
    }, () => undefined)) as commands.CommandOutcome;
    expect(outcome.command).toBe("create");
    expect(book.applies).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
