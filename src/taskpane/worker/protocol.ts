/**
 * The messages between the pane and its command worker. The worker runs the commands (reading
 * the registers, the rules, the plans) off the pane's thread; Office.js lives on the pane's
 * thread only, so the worker asks the pane for each read and each write of the workbook.
 */
import type { ApplyReport, ReadRequest } from "../../core/gateway";
import type { RawWorkbook } from "../../core/model/grid";
import type { WorkbookPlan } from "../../core/plan/types";

/** The commands the worker runs, by their name in PANE_COMMANDS (paneCommands.ts). */
export type WorkerCommand =
  | "createOrUpgrade"
  | "check"
  | "previewFix"
  | "fixAsPreviewed"
  | "rebuildDashboard"
  | "exportPackFile";

/** A failure carried across threads: the message for the person and the details for the log. */
export interface WorkerFailure {
  readonly message: string;
  readonly details?: string;
  /** True when it was a worded failure of the commands (CommandError), not a bug. */
  readonly worded: boolean;
}

/** From the pane to the worker. */
export type ToWorker =
  | { readonly kind: "run"; readonly job: number; readonly command: WorkerCommand;
      readonly options: Record<string, unknown> }
  | { readonly kind: "read-done"; readonly call: number; readonly raw: RawWorkbook }
  | { readonly kind: "apply-done"; readonly call: number; readonly report: ApplyReport }
  | { readonly kind: "gateway-failed"; readonly call: number; readonly failure: WorkerFailure };

/** From the worker to the pane. */
export type FromWorker =
  | { readonly kind: "read"; readonly job: number; readonly call: number;
      readonly request?: ReadRequest }
  | { readonly kind: "apply"; readonly job: number; readonly call: number;
      readonly plan: WorkbookPlan }
  | { readonly kind: "progress"; readonly job: number; readonly message: string;
      readonly fraction?: number }
  | { readonly kind: "done"; readonly job: number; readonly result: unknown }
  | { readonly kind: "failed"; readonly job: number; readonly failure: WorkerFailure };
