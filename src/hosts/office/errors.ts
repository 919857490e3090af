// Excel's errors → the port's coded errors (src/sheet/port-error.ts). Excel's own messages are
// localised summaries that Microsoft says are not meant for end users ("Error handling with the
// application-specific JavaScript APIs"); its code travels in `hostCode` for support.

import { PortError, type PortErrorCode, type PortErrorParams } from "../../sheet";

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

const FROM_EXCEL: Readonly<Record<string, PortErrorCode>> = {
  InvalidOperationInCellEditMode: "hostBusy",
  ItemAlreadyExists: "nameTaken",
  ItemNotFound: "itemNotFound",
  InvalidArgument: "rejected",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  AccessDenied: "accessDenied",
};

/** Any error from an Excel.run → PortError; the port's own errors pass through unchanged. */
export function toPortError(error: unknown, params: PortErrorParams): PortError {
  if (error instanceof PortError) return error;
  const excelCode = excelErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const code = (excelCode === null ? undefined : FROM_EXCEL[excelCode]) ?? "hostFailed";
  return new PortError(
    code,
    { ...params, ...(excelCode === null ? {} : { hostCode: excelCode }), detail },
    { cause: error },
  );
}
