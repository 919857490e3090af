// The contract between the planner and its hosts: the workbook port and its errors, the grids a
// host reads, the SheetSpecs it writes, A1 addresses and Excel's sheet rules. Hosts import only this.

export * from "./port";
export * from "./port-error";
export * from "./grid";
export * from "./sheet-spec";
export * from "./a1";
export * from "./spec-rules";
export { withKeptCells } from "./kept-cells";
export { dayNumber, excelSerialFromIso, isoFromExcelSerial } from "../domain/dates";
