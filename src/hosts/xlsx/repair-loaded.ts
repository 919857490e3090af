// Guards against exceljs round-trip bugs, applied once right after a workbook is loaded, so that
// saving it again does not damage sheets the add-in never touches:
// - tables written by Excel omit headerRowCount (default 1); exceljs reads that as "no header" and
//   would write headerRowCount="0", which Excel repairs by dropping the table;
// - exceljs writes every table column's filter button as hidden unless it read an explicit
//   filterColumn for it (Excel writes none), and writes an autoFilter without a ref when the table
//   had none;
// - a formula whose cached result is an error or text in a date-formatted cell becomes an Invalid
//   Date and would be written as <v>NaN</v>, a corrupt cell;
// - a row without cells is dropped on save unless it has a height, so an empty hidden or formatted
//   row would come back visible and plain; it gets the sheet's default height;
// - sheet-local built-in names (_xlnm._FilterDatabase) lose their sheet scope in exceljs and would
//   come back as a global name; Excel rebuilds them from the sheet's filter;
// - a data validation on a whole column is expanded to a million per-cell entries, which makes
//   saving slow; `foldValidations` folds them back into their range right before saving.

import { ValueType, type Workbook, type Worksheet } from "exceljs";
import { cellAddress, parseRange, type RangeRef } from "../../sheet";
import {
  dropFormulaResult,
  hasRowStyle,
  isRecord,
  replaceValidationModel,
  tableModels,
  validationModel,
  type TableModel,
} from "./exceljs-adapter";
import { isBuiltInName, removeNames } from "./defined-names";
import { readCell } from "./read-grid";

export function repairLoadedWorkbook(workbook: Workbook): void {
  removeNames(workbook, isBuiltInName);
  for (const worksheet of workbook.worksheets) {
    for (const table of tableModels(worksheet)) repairTable(worksheet, table);
    dropInvalidDateResults(worksheet);
    keepEmptyRows(worksheet);
  }
}

function keepEmptyRows(worksheet: Worksheet): void {
  const height = worksheet.properties.defaultRowHeight || 15;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (!row || row.height) continue;
    const formatted = row.hidden || hasRowStyle(row);
    if (formatted && row.model === null) row.height = height;
  }
}

/** Excel keeps header cells equal to the column names, so matching cells mean a header row. */
function headerMatches(worksheet: Worksheet, range: RangeRef, table: TableModel): boolean {
  return table.columns.every((column, i) => {
    const cell = worksheet.findCell(range.top, range.left + i);
    const value = cell ? readCell(cell).value : null;
    return value !== null && String(value) === column.name;
  });
}

function repairTable(worksheet: Worksheet, table: TableModel): void {
  const range = parseRange(table.tableRef);
  if (!range) return;
  if (table.headerRow !== true) table.headerRow = headerMatches(worksheet, range, table);
  // exceljs assigns filterColumn settings by list position, not by column id, so they are only
  // trustworthy when every column had one (a file exceljs wrote); otherwise show all buttons.
  if (!table.columns.every((c) => typeof c.filterButton === "boolean")) {
    for (const column of table.columns) column.filterButton = true;
  }
  if (table.headerRow && table.autoFilterRef === undefined) {
    const bottom = table.totalsRow ? range.bottom - 1 : range.bottom;
    table.autoFilterRef = `${cellAddress(range.top, range.left)}:${cellAddress(bottom, range.right)}`;
  }
}

type Box = { top: number; left: number; bottom: number; right: number; cells: number };

/** "AB12" → [row, column]; hand-rolled because it runs once per validated cell (up to millions). */
function decodeCell(address: string): [number, number] | null {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i === address.length) return null;
  const row = Number(address.slice(i));
  return Number.isInteger(row) && row > 0 ? [row, column] : null;
}

/** Folds per-cell validation entries back into ranges: exceljs then saves them much faster. */
export function foldValidations(worksheet: Worksheet): void {
  const model = validationModel(worksheet);
  // exceljs expands each <dataValidation sqref> into one entry per cell, all sharing one object.
  const boxes = new Map<object, Box>();
  for (const address in model) {
    const validation = model[address];
    const cell = isRecord(validation) ? decodeCell(address) : null;
    if (!cell || !isRecord(validation)) continue;
    const [row, column] = cell;
    const box = boxes.get(validation);
    if (!box) {
      boxes.set(validation, { top: row, left: column, bottom: row, right: column, cells: 1 });
      continue;
    }
    box.top = Math.min(box.top, row);
    box.left = Math.min(box.left, column);
    box.bottom = Math.max(box.bottom, row);
    box.right = Math.max(box.right, column);
    box.cells++;
  }
  const rangeOf = new Map<object, string>();
  for (const [validation, box] of boxes) {
    const rectangle = (box.bottom - box.top + 1) * (box.right - box.left + 1) === box.cells;
    if (box.cells > 1 && rectangle) {
      rangeOf.set(validation, `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`);
    }
  }
  if (rangeOf.size === 0) return;
  const folded: Record<string, unknown> = {};
  for (const address in model) {
    const validation = model[address];
    if (!isRecord(validation) || !rangeOf.has(validation)) folded[address] = validation;
  }
  for (const [validation, range] of rangeOf) folded[range] = validation;
  replaceValidationModel(worksheet, folded);
}

function dropInvalidDateResults(worksheet: Worksheet): void {
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.type !== ValueType.Formula) return;
      const result: unknown = cell.result;
      if (result instanceof Date && Number.isNaN(result.getTime())) dropFormulaResult(cell);
    });
  });
}
