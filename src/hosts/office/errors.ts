// Errors of the Office host as data: a stable code plus parameters. The task pane turns them into
// text with src/i18n/office-errors.ts; Excel's own messages are localised summaries that Microsoft
// says are not meant for end users ("Error handling with the application-specific JavaScript APIs").

export type OfficeErrorCode =
  /** Still in cell-edit mode after the retries. */
  | "cellEditMode"
  /** `replace: false` and a sheet of that name exists. */
  | "sheetExists"
  | "sheetNotFound"
  | "itemNotFound"
  /** The spec's table name is taken by a table on another sheet. */
  | "tableNameTaken"
  | "itemAlreadyExists"
  | "invalidArgument"
  /** RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded (Excel on the web, 5 MB). */
  | "payloadTooLarge"
  /** AccessDenied: protected sheet or workbook, or a read-only file. */
  | "accessDenied"
  /** This Excel lacks ExcelApi 1.4, the least the host needs. */
  | "excelTooOld"
  /** The SheetSpec is something Excel cannot hold (a layout bug, not user input). */
  | "invalidSpec"
  /** Writing failed and the temporary sheet could not be removed either. */
  | "cleanupFailed"
  | "generalException"
  | "unknown";

export type OfficeErrorParams = {
  /** What the add-in was doing: reading, writing, activating. */
  operation?: "read" | "write" | "activate";
  sheet?: string;
  name?: string;
  /** A sheet the user has to look at (e.g. a temporary sheet that could not be removed). */
  other?: string;
  /** Excel's code and message, for support; never shown as the main text. */
  excelCode?: string;
  detail?: string;
};

export class OfficeHostError extends Error {
  override readonly name = "OfficeHostError";
  readonly code: OfficeErrorCode;
  readonly params: OfficeErrorParams;

  constructor(code: OfficeErrorCode, params: OfficeErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}${params.detail === undefined ? "" : `: ${params.detail}`}`, options);
    this.code = code;
    this.params = params;
  }
}

/** The `code` of an OfficeExtension.Error (or anything shaped like one), else null. */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code: unknown = error.code;
  return typeof code === "string" ? code : null;
}

/** Excel on the web refused a request or response over its 5 MB limit. */
export function isPayloadError(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export function isCellEditModeError(error: unknown): boolean {
  return excelErrorCode(error) === "InvalidOperationInCellEditMode";
}

const FROM_EXCEL: Readonly<Record<string, OfficeErrorCode>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  ItemAlreadyExists: "itemAlreadyExists",
  ItemNotFound: "itemNotFound",
  InvalidArgument: "invalidArgument",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  AccessDenied: "accessDenied",
  GeneralException: "generalException",
};

/** Any error from an Excel.run → OfficeHostError; our own errors pass through unchanged. */
export function toOfficeHostError(error: unknown, params: OfficeErrorParams): OfficeHostError {
  if (error instanceof OfficeHostError) return error;
  const excelCode = excelErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const code = (excelCode === null ? undefined : FROM_EXCEL[excelCode]) ?? "unknown";
  return new OfficeHostError(
    code,
    { ...params, ...(excelCode === null ? {} : { excelCode }), detail },
    { cause: error },
  );
}
