// The port's error vocabulary: every host (Excel, .xlsx files, test fakes) throws a PortError with
// one of these codes, so callers and the contract suite can tell failures apart and users get one
// message per failure from the de/en catalogue (src/i18n/port-errors.ts), whichever host failed.

export type PortErrorCode =
  /** There is no sheet of that name (any more). */
  | "sheetNotFound"
  /** writeSheet without `replace` and a sheet of that name exists. */
  | "sheetExists"
  /** A table or defined name the write needs is used elsewhere in the workbook. */
  | "nameTaken"
  /** The sheet is hidden (it cannot be activated). */
  | "sheetHidden"
  /** Protected sheet or workbook, or a read-only document. */
  | "accessDenied"
  /** More than the host can take in one go (Excel on the web: 5 MB per request). */
  | "tooLarge"
  /** Excel stayed in cell-edit mode through every retry. */
  | "hostBusy"
  /** The host lacks a requirement set the operation needs (`requirement` says which). */
  | "hostTooOld"
  /** The bytes are not a workbook the host can open (`reason` says why). */
  | "unreadableFile"
  /** The host reads this kind of file but cannot write into it (`format` says which). */
  | "unsupportedFormat"
  /** The host rejected an argument (a bug in what the add-in sent). */
  | "rejected"
  /** Something the add-in expected in the workbook is gone. */
  | "itemNotFound"
  /**
   * A failed write could not be undone completely: a temporary sheet left behind, or a sheet updated
   * in place that could not be put back (`other` names the sheet to look at).
   */
  | "cleanupFailed"
  /** A SheetSpec the host cannot hold (a layout bug, not user input). */
  | "invalidSpec"
  /** A cell the write was about to change was changed by someone else meanwhile (nothing written). */
  | "changedMeanwhile"
  /** A sheet would have been rebuilt (deleted) while others may be editing the workbook. */
  | "collaborating"
  /** Anything else the host reported (`hostCode` carries its own code when it has one). */
  | "hostFailed";

export const PORT_ERROR_CODES = [
  "sheetNotFound",
  "sheetExists",
  "nameTaken",
  "sheetHidden",
  "accessDenied",
  "tooLarge",
  "hostBusy",
  "hostTooOld",
  "unreadableFile",
  "unsupportedFormat",
  "rejected",
  "itemNotFound",
  "cleanupFailed",
  "invalidSpec",
  "changedMeanwhile",
  "collaborating",
  "hostFailed",
] as const satisfies readonly PortErrorCode[];

/** Why bytes could not be opened as a workbook. */
export type UnreadableReason =
  | "empty"
  | "textFile"
  | "notZip"
  | "legacyXls"
  | "encrypted"
  | "openDocument"
  | "binaryXlsb"
  | "noWorkbook"
  | "damaged"
  | "oversized";

/**
 * Files a host reads but cannot write into: Strict Open XML, or SpreadsheetML under a namespace
 * prefix (the .xlsx host's writer adds transitional, unprefixed parts and elements).
 */
export type UnsupportedFormat = "strictOoxml" | "prefixedXml";

export type PortErrorParams = {
  /** What the caller was doing. */
  operation?: "read" | "write" | "activate" | "open";
  sheet?: string;
  /** A table or defined name. */
  name?: string;
  /** Another sheet the user has to look at (the one using a name; a left-over temporary sheet). */
  other?: string;
  /** A requirement set the host lacks, e.g. "ExcelApi 1.4". */
  requirement?: string;
  reason?: UnreadableReason;
  format?: UnsupportedFormat;
  /** The host's own error code, for support (never the main text). */
  hostCode?: string;
  /** The host's own message, for support (never the main text). */
  detail?: string;
};

export class PortError extends Error {
  override readonly name = "PortError";
  readonly code: PortErrorCode;
  readonly params: PortErrorParams;

  constructor(code: PortErrorCode, params: PortErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}${params.detail === undefined ? "" : `: ${params.detail}`}`, options);
    this.code = code;
    this.params = params;
  }
}

export function isPortError(error: unknown): error is PortError {
  return error instanceof PortError;
}
