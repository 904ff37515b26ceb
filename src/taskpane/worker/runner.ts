/**
 * Runs the shared commands for the pane: in the command worker where the browser allows one,
 * doing the worker's workbook reads and writes here with Office.js; in this thread otherwise
 * (a host without workers, or one whose policy refuses it), with the same results.
 */
import { CommandError } from "../../core/commands/errors";
import type { WorkbookGateway } from "../../core/gateway";
import type { ProgressReporter } from "../services/types";
import type { FromWorker, ToWorker, WorkerCommand, WorkerFailure } from "./protocol";

/** Runs one command with its options, reporting progress, and resolves with its result. */
export type CommandRunner = (
  command: WorkerCommand,
  options: Record<string, unknown>,
  onProgress: ProgressReporter,
) => Promise<unknown>;

/** The commands as the pane runs them without a worker. */
export type LocalCommands = Record<
  WorkerCommand,
  (gw: WorkbookGateway, options: never) => Promise<unknown>
>;

/** What the runner needs: a fresh gateway per command, the commands, and a way to start. */
export interface RunnerDeps {
  readonly gateway: () => Promise<WorkbookGateway>;
  readonly local: () => Promise<LocalCommands>;
  /** Starts the worker; null where the host has none. May throw (a refusing policy). */
  readonly spawn: (() => Promise<Worker>) | null;
}

interface Job {
  /** The job's own gateway, made at its first read, so a read and its write share it. */
  gateway?: Promise<WorkbookGateway>;
  readonly onProgress: ProgressReporter;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

function failureOf(error: unknown): WorkerFailure {
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof Error ? error.stack : undefined;
  // Errors of the gateway are worded for a person already (Excel's, described).
  return { message, details, worded: true };
}

function errorOf(failure: WorkerFailure): Error {
  return failure.worded ? new CommandError(failure.message, failure.details)
    : new Error(failure.message);
}

/** The pane's command runner. */
export function commandRunner(deps: RunnerDeps): CommandRunner {
  const jobs = new Map<number, Job>();
  let worker: Promise<Worker | null> | null = null;
  let next = 0;

  const answer = (w: Worker, message: ToWorker) => w.postMessage(message);

  async function serve(w: Worker, message: FromWorker): Promise<void> {
    const job = jobs.get(message.job);
    if (!job) return;
    switch (message.kind) {
      case "progress":
        job.onProgress(message.message, message.fraction);
        return;
      case "done":
        jobs.delete(message.job);
        job.resolve(message.result);
        return;
      case "failed":
        jobs.delete(message.job);
        job.reject(errorOf(message.failure));
        return;
      case "read":
      case "apply":
        try {
          job.gateway ??= deps.gateway();
          const gw = await job.gateway;
          if (message.kind === "read") {
            const raw = await gw.read(message.request);
            answer(w, { kind: "read-done", call: message.call, raw });
          } else {
            const report = await gw.apply(message.plan);
            answer(w, { kind: "apply-done", call: message.call, report });
          }
        } catch (error) {
          answer(w, { kind: "gateway-failed", call: message.call, failure: failureOf(error) });
        }
    }
  }

  async function start(): Promise<Worker | null> {
    if (!deps.spawn) return null;
    try {
      const w = await deps.spawn();
      w.addEventListener("message", (event: MessageEvent<FromWorker>) => {
        void serve(w, event.data);
      });
      w.addEventListener("error", (event) => {
        console.error("The command worker failed", event);
        for (const [id, job] of jobs) {
          jobs.delete(id);
          job.reject(new CommandError("The command stopped unexpectedly: try again."));
        }
      });
      return w;
    } catch (error) {
      console.warn("No command worker: commands run in the pane's thread.", error);
      return null;
    }
  }

  return async (command, options, onProgress) => {
    worker ??= start();
    const w = await worker;
    if (!w) {
      const local = await deps.local();
      const gw = await deps.gateway();
      return local[command](gw, { ...options, onProgress } as never);
    }
    const job = ++next;
    return new Promise((resolve, reject) => {
      jobs.set(job, { onProgress, resolve, reject });
      answer(w, { kind: "run", job, command, options });
    });
  };
}
