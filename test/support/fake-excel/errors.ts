// Errors the engine raises: a `code` from Excel.ErrorCodes, a `message` and the location
// ("Range.values", "WorksheetCollection.getItem"). Messages follow Microsoft's "Error handling with the
// application-specific JavaScript APIs" table and the office.js resource strings.

export type FakeErrorCode =
  | "AccessDenied"
  | "ActivityLimitReached"
  | "ApiNotFound"
  | "Conflict"
  | "GeneralException"
  | "InsertDeleteConflict"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestAborted"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

const MESSAGES: Record<FakeErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ActivityLimitReached: "Activity limit has been reached.",
  Conflict: "Request could not be processed because of a conflict.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestAborted: "The request was aborted during run time.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/**
 * An error Excel raises while running a request: its code, message and where it happened
 * ("Range.values"). The wire host answers it the way Excel does (`Error: { Code, Message, Location,
 * ActionIndex }`), and Office.js turns that into the OfficeExtension.Error the add-in sees.
 */
export class ExcelError extends Error {
  override readonly name = "ExcelError";
  readonly code: FakeErrorCode;
  readonly location: string | undefined;

  constructor(code: FakeErrorCode, message: string, location?: string) {
    super(message);
    this.code = code;
    this.location = location;
  }
}

export function officeError(code: FakeErrorCode, detail?: string, location?: string): ExcelError {
  const base = MESSAGES[code].replace("{0}", detail ?? "");
  const message = detail !== undefined && !MESSAGES[code].includes("{0}") ? `${base} (${detail})` : base;
  return new ExcelError(code, message, location);
}

export function isExcelError(value: unknown): value is ExcelError {
  return value instanceof ExcelError;
}

/**
 * Thrown when code touches a member of the Excel API that the fake does not model. Deliberately not an
 * OfficeExtension.Error: it is a gap in the test double, not Excel behaviour, and must never be caught as one.
 */
export class NotModelledError extends Error {
  override readonly name = "NotModelledError";
}
