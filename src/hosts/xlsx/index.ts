// The exceljs host: the workbook port over .xlsx bytes, for the `kam` CLI and the workbench.

export { openXlsx, newXlsx, type XlsxWorkbook } from "./xlsx-workbook";
// The workbench's preview reads the saved bytes with exceljs too (fills, fonts, merges, tables).
export { loadBytes, tableModels } from "./exceljs-adapter";
