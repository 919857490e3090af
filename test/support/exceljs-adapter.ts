// Test support: exceljs as an independent reader of the written files. Its typings are loose or wrong in a few places this host depends on: `load` is typed as
// taking a Node Buffer, `getTables()` as returning tuples, and `dataValidations`, `orderNo`,
// a table's model and a view's `tabSelected` are not typed at all. Every such access goes through
// this file and is narrowed with type guards, so the rest of the host sees honest types.

import { Workbook, type Cell, type Row, type WorkbookView, type Worksheet, type Xlsx } from "exceljs";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Loads .xlsx bytes; exceljs' own errors propagate (the caller classifies them). */
export async function loadBytes(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  // The one cast in the host: exceljs types `load` as taking a Node Buffer, but it hands the data
  // straight to JSZip, which takes any Uint8Array in Node and in the browser.
  await workbook.xlsx.load(bytes as unknown as Parameters<Xlsx["load"]>[0]);
  return workbook;
}

/** Serialises the workbook; exceljs returns a Buffer in Node and an ArrayBuffer-like in browsers. */
export async function saveBytes(workbook: Workbook): Promise<Uint8Array> {
  const out: unknown = await workbook.xlsx.writeBuffer();
  // Checked by shape, not instanceof: the bytes may come from another realm (a test's jsdom window).
  if (ArrayBuffer.isView(out)) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (Object.prototype.toString.call(out) === "[object ArrayBuffer]")
    return new Uint8Array(out as ArrayBuffer);
  throw new Error("exceljs returned no bytes from writeBuffer()");
}

export type TableColumnModel = { name: string; filterButton?: boolean };

/** The model exceljs keeps for a table, loaded or added; fields the host reads or repairs. */
export type TableModel = {
  name: string;
  /** Full range incl. header and totals row, e.g. "B2:D10". */
  tableRef: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  autoFilterRef?: string;
  columns: TableColumnModel[];
};

function isTableModel(value: unknown): value is TableModel {
  return (
    isRecord(value) &&
    typeof value.name === "string" &&
    typeof value.tableRef === "string" &&
    Array.isArray(value.columns) &&
    value.columns.every((c) => isRecord(c) && typeof c.name === "string")
  );
}

/** The tables on a sheet (exceljs' typings say tuples; at runtime they are Table objects). */
export function tableModels(worksheet: Worksheet): TableModel[] {
  const tables: readonly unknown[] = worksheet.getTables();
  const models: TableModel[] = [];
  for (const table of tables) {
    if (isRecord(table) && isTableModel(table.table)) models.push(table.table);
  }
  return models;
}

/** Data validations by address or range ("C9:C20"); exceljs writes this object as is. */
export function validationModel(worksheet: Worksheet): Record<string, unknown> {
  const validations: unknown = Reflect.get(worksheet, "dataValidations");
  if (isRecord(validations) && isRecord(validations.model)) return validations.model;
  throw new Error("exceljs worksheet has no dataValidations model");
}

export function replaceValidationModel(worksheet: Worksheet, model: Record<string, unknown>): void {
  const validations: unknown = Reflect.get(worksheet, "dataValidations");
  if (!isRecord(validations)) throw new Error("exceljs worksheet has no dataValidations model");
  validations.model = model;
}

/** A sheet's position in the tab order (exceljs sorts `workbook.worksheets` by it). */
export function orderNumber(worksheet: Worksheet): number {
  const order: unknown = Reflect.get(worksheet, "orderNo");
  return typeof order === "number" ? order : 0;
}

export function setOrderNumber(worksheet: Worksheet, order: number): void {
  Reflect.set(worksheet, "orderNo", order);
}

export const DEFAULT_WORKBOOK_VIEW: WorkbookView = {
  x: 0,
  y: 0,
  width: 12000,
  height: 24000,
  firstSheet: 0,
  activeTab: 0,
  visibility: "visible",
};

/** The workbook's window views; undefined (not []) after loading a file that has none. */
export function workbookViews(workbook: Workbook): WorkbookView[] {
  const views: unknown = workbook.views;
  return Array.isArray(views) ? views.filter(isRecord).map((v) => ({ ...DEFAULT_WORKBOOK_VIEW, ...v })) : [];
}

/** A sheet's views; undefined (not []) after loading a sheet that has none. */
export function hasSheetViews(worksheet: Worksheet): boolean {
  const views: unknown = worksheet.views;
  return Array.isArray(views) && views.length > 0;
}

/** `tabSelected` is written by exceljs' sheet view but missing from its typings. */
export function setTabSelected(view: object, selected: boolean): void {
  Reflect.set(view, "tabSelected", selected);
}

/** Whether a row has row-level formatting (exceljs' Row.style is untyped). */
export function hasRowStyle(row: Row): boolean {
  const style: unknown = Reflect.get(row, "style");
  return isRecord(style) && Object.keys(style).length > 0;
}

/** Removes a formula's cached result (the cell keeps its formula; Excel recalculates on open). */
export function dropFormulaResult(cell: Cell): void {
  const value: unknown = cell.value;
  if (!isRecord(value)) return;
  const { result: _dropped, ...formula } = value;
  Reflect.set(cell, "value", formula);
}
