// The exceljs host: the workbook port over .xlsx bytes, for the `kam` CLI and the workbench.

export { openXlsx, newXlsx, type XlsxWorkbook } from "./xlsx-workbook";
export { XlsxOpenError, type XlsxOpenFailure } from "./open-error";
export type { UnkeptKind, UnkeptPart } from "./unkept-parts";
