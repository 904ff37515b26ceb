/**
 * Errors of the in-memory Excel, shaped like OfficeExtension.Error (name, code, message,
 * debugInfo) so the executor's error handling meets what Excel really throws.
 */

/** The error codes the in-memory Excel raises, as Excel spells them. */
export const FakeErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

/** An error as OfficeExtension.Error presents it: a RichApi error with code and debug info. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;
  /** The context.trace() messages of the failed batch that ran before the error. */
  traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Builds the error Excel raises for a request that broke a rule at `location` ("Range.values"). */
export function excelError(
  code: FakeErrorCodeValue,
  message: string,
  location = "",
): FakeOfficeError {
  return new FakeOfficeError(code, message, location);
}

/** The error for reading a property that no load() and sync() brought to the client. */
export function notLoaded(owner: string, property: string): FakeOfficeError {
  return excelError(
    FakeErrorCode.propertyNotLoaded,
    `The property '${property}' of ${owner} was read before it was loaded and synced: ` +
      "call load() on it, then context.sync(), before reading it.",
    `${owner}.${property}`,
  );
}
