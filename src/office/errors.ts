/**
 * Errors from Excel (Office.js RichApi errors) turned into sentences a person in Excel can act
 * on. Details (code, location) go to the console; the sentence goes to the pane.
 */
import { CommandError } from "../core/commands/errors";

/** The parts of an OfficeExtension.Error this module reads. */
interface RichApiError {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: {
    readonly errorLocation?: unknown;
    readonly statement?: unknown;
    readonly message?: unknown;
  };
}

/** The error code of an Office.js error ("ItemNotFound"), or "" for any other error. */
export function excelErrorCode(err: unknown): string {
  if (typeof err !== "object" || err === null) return "";
  const code = (err as RichApiError).code;
  return typeof code === "string" ? code : "";
}

const SENTENCES: Readonly<Record<string, string>> = {
  ItemNotFound:
    "Excel could not find a sheet or table this command needs: someone may have renamed or " +
    "deleted it since the workbook was read. Run the command again.",
  ItemAlreadyExists:
    "A sheet or table of the same name already exists: someone may have added it since the " +
    "workbook was read. Run the command again.",
  AccessDenied:
    "A sheet this command changes is protected: unprotect it (Review > Unprotect Sheet) and " +
    "run the command again.",
  RequestPayloadSizeLimitExceeded:
    "The change was too large for Excel on the web to take in one request. Run the command " +
    "again; if it fails again, run it in Excel on the desktop or with the arm command line.",
  ResponsePayloadSizeLimitExceeded:
    "The registers are too large for Excel on the web to send in one response: run the " +
    "command in Excel on the desktop, or with the arm command line on a downloaded copy.",
  InvalidOperationInCellEditMode:
    "Excel is editing a cell: press Enter or Esc to leave the cell, then run the command again.",
  Conflict:
    "Someone else changed the workbook at the same moment. Run the command again.",
  InsertDeleteConflict:
    "Someone else inserted or deleted cells at the same moment. Run the command again.",
  ActivityLimitReached:
    "Excel is busy with too many requests. Wait a moment and run the command again.",
  RequestAborted:
    "Excel stopped the request before it finished. Run the command again.",
};

/**
 * One sentence, for a person in Excel, saying what went wrong and what to do. Office.js errors
 * are recognised by their code; any other error gives its own message.
 */
export function describeExcelError(err: unknown): string {
  const code = excelErrorCode(err);
  const known = SENTENCES[code];
  if (known) return known;
  const message = messageOf(err);
  // Excel's own message ends with a full stop; the sentence around it gives its own.
  const detail = message.replace(/\.\s*$/, "");
  if (code === "InvalidArgument" || code === "InvalidReference") {
    return `Excel refused part of the change as invalid (${detail}). Run the command again; ` +
      "if it fails again, check the sheet it names for merged cells or unusual content.";
  }
  if (code !== "") {
    return `Excel could not complete the command (${code}: ${detail}). Run the command again.`;
  }
  return message || "Excel could not complete the command. Run the command again.";
}

function messageOf(err: unknown): string {
  if (typeof err === "string") return err;
  if (typeof err !== "object" || err === null) return "";
  const message = (err as RichApiError).message;
  return typeof message === "string" ? message : "";
}

/**
 * A command that failed inside Excel: the sentence for the person, and what had been done. It
 * is a CommandError, so the commands pass its sentence on whole.
 */
export class OfficeCommandError extends CommandError {
  /** Lines of the parts that were written before the failure ("Created sheet Risks"). */
  readonly done: readonly string[];
  /** The Office.js error code behind it, "" if none. */
  readonly code: string;
  /** The error Excel raised, for the console. */
  readonly original: unknown;

  constructor(message: string, done: readonly string[], code: string, original?: unknown) {
    super(message, detailsOf(original));
    this.name = "OfficeCommandError";
    this.original = original;
    this.done = done;
    this.code = code;
  }
}

/** Excel's own account of an error (code, message, where, the statement), for the console. */
function detailsOf(err: unknown): string | undefined {
  if (err === undefined) return undefined;
  const info = (err as RichApiError | null)?.debugInfo;
  const where = typeof info?.errorLocation === "string" ? ` at ${info.errorLocation}` : "";
  const statement = typeof info?.statement === "string" ? ` (${info.statement})` : "";
  return `${excelErrorCode(err) || "Error"}${where}${statement}: ${messageOf(err)}`;
}
