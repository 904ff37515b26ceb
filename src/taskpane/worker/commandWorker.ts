/**
 * The command worker: runs the shared commands off the pane's thread, so checking a large
 * workbook never freezes the pane. Its workbook gateway forwards every read and write to the
 * pane, which carries them out with Office.js.
 */
import { CommandError, isCommandError } from "../../core/commands";
import type { ApplyReport, ReadRequest, WorkbookGateway } from "../../core/gateway";
import type { RawWorkbook } from "../../core/model/grid";
import type { WorkbookPlan } from "../../core/plan/types";
import { PANE_COMMANDS } from "./paneCommands";
import type { FromWorker, ToWorker, WorkerFailure } from "./protocol";

interface Scope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as Scope;
const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
let calls = 0;

/** An Error rebuilt from a failure the pane reported, keeping its wording. */
function rebuilt(failure: WorkerFailure): Error {
  return failure.worded ? new CommandError(failure.message, failure.details)
    : new Error(failure.message);
}

/** A gateway whose reads and writes are done by the pane for one job. */
function paneGateway(job: number): WorkbookGateway {
  const ask = <T>(message: (call: number) => FromWorker) =>
    new Promise<T>((resolve, reject) => {
      const call = ++calls;
      pending.set(call, { resolve: resolve as (v: never) => void, reject });
      scope.postMessage(message(call));
    });
  return {
    read: (request?: ReadRequest) =>
      ask<RawWorkbook>((call) => ({ kind: "read", job, call, request })),
    apply: (plan: WorkbookPlan) =>
      ask<ApplyReport>((call) => ({ kind: "apply", job, call, plan })),
  };
}

function failureOf(error: unknown): WorkerFailure {
  if (isCommandError(error)) {
    return { message: error.message, details: error.details, worded: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message, details: error instanceof Error ? error.stack : undefined, worded: false };
}

async function run(message: Extract<ToWorker, { kind: "run" }>): Promise<void> {
  const { job } = message;
  const onProgress = (text: string, fraction?: number) =>
    scope.postMessage({ kind: "progress", job, message: text, fraction });
  const options = { ...message.options, onProgress } as never;
  try {
    const result = await PANE_COMMANDS[message.command](paneGateway(job), options);
    scope.postMessage({ kind: "done", job, result });
  } catch (error) {
    scope.postMessage({ kind: "failed", job, failure: failureOf(error) });
  }
}

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.kind === "run") {
    void run(message);
    return;
  }
  const waiting = pending.get(message.call);
  if (!waiting) return;
  pending.delete(message.call);
  if (message.kind === "read-done") waiting.resolve(message.raw as never);
  else if (message.kind === "apply-done") waiting.resolve(message.report as never);
  else waiting.reject(rebuilt(message.failure));
});
