// The .xlsx host: the workbook port over .xlsx bytes, for the `kam` CLI and the workbench.

export {
  openXlsx,
  newXlsx,
  type OpenOptions,
  type SheetLook,
  type WorkbookExtension,
  type WorkbookLook,
  type XlsxWorkbook,
} from "./xlsx-workbook";
export type { CellLook } from "./styles-part";
export { isDateFormat } from "./sheet-reader";
export { fflateCodec, zlibCodec, type Codec, type ZlibLike } from "./codec";
