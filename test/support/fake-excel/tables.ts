// Table operations on the model. Facts: a table cannot overlap another table (Excel answers
// InvalidArgument, "A table cannot overlap a range that contains a PivotTable report, query results,
// protected cells or another table." — OfficeDev/office-js-docs#417, office-js#1199) nor merged cells
// (MergedRangeConflict — "Error handling with the application-specific JavaScript APIs"); without headers
// Excel generates a header row and shifts the data down (TableCollection.add docs); resize must keep the
// header row and overlap the old range (Table.resize docs); names are workbook-unique.

import { inGrid, intersect, overlaps, type Rect } from "./address";
import { applyHeaderNames, clearRange, shiftDown, writeContent } from "./cells";
import { officeError } from "./errors";
import { validateDefinedName, type SheetModel, type TableModel } from "./model";

function assertNoOverlap(sheet: SheetModel, rect: Rect, self: TableModel | null, location: string): void {
  if (sheet.tables().some((t) => t !== self && overlaps(t.rect, rect))) {
    throw officeError(
      "InvalidArgument",
      "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table.",
      location,
    );
  }
  if (sheet.merges.some((m) => overlaps(m, rect)))
    throw officeError("MergedRangeConflict", undefined, location);
}

export function addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean, location: string): TableModel {
  if (!inGrid(rect)) throw officeError("InvalidArgument", "the table range lies outside the grid", location);
  let tableRect = rect;
  if (!hasHeaders) tableRect = { ...rect, bottom: rect.bottom + 1 };
  else if (rect.top === rect.bottom) tableRect = { ...rect, bottom: rect.bottom + 1 };
  if (!inGrid(tableRect))
    throw officeError("InvalidArgument", "the table range lies outside the grid", location);
  assertNoOverlap(sheet, tableRect, null, location);
  if (!hasHeaders) shiftDown(sheet, rect.top, rect.left, rect.right, 1, location);
  const wb = sheet.workbook;
  const table: TableModel = {
    id: wb.nextTableId(),
    name: wb.defaultTableName(),
    sheet,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    columns: [],
    nextColumnId: 1,
    deleted: false,
  };
  wb.tables.push(table);
  applyHeaderNames(table);
  return table;
}

export function renameTable(table: TableModel, name: unknown, location: string): void {
  const valid = validateDefinedName(name, location);
  if (table.sheet.workbook.isNameTaken(valid, table)) {
    throw officeError(
      "ItemAlreadyExists",
      `the name '${valid}' is already used by a table or name`,
      location,
    );
  }
  table.name = valid;
}

export function resizeTable(table: TableModel, rect: Rect, location: string): void {
  if (rect.top !== table.rect.top || !overlaps(rect, table.rect)) {
    throw officeError(
      "InvalidArgument",
      "the new range must overlap the table and keep its header row in the same row",
      location,
    );
  }
  if (rect.bottom === rect.top && table.showHeaders) {
    throw officeError("InvalidArgument", "a table needs a data row", location);
  }
  assertNoOverlap(table.sheet, rect, table, location);
  const old = table.rect;
  table.rect = rect;
  const kept = intersect(old, rect);
  if (kept && rect.left !== old.left) {
    const shift = rect.left - old.left;
    table.columns = table.columns.slice(Math.max(0, shift));
  }
  table.columns = table.columns.slice(0, rect.right - rect.left + 1);
  if (table.showHeaders) applyHeaderNames(table);
}

function dataTop(table: TableModel): number {
  return table.rect.top + (table.showHeaders ? 1 : 0);
}
function dataBottom(table: TableModel): number {
  return table.rect.bottom - (table.showTotals ? 1 : 0);
}

/** TableRowCollection.add: inserts rows inside the table (cells below in its columns move down). */
export function addTableRows(table: TableModel, index: unknown, values: unknown, location: string): number {
  const width = table.rect.right - table.rect.left + 1;
  let rows: unknown[][];
  if (values === null || values === undefined) rows = [Array.from({ length: width }, () => null)];
  else if (Array.isArray(values) && values.every(Array.isArray)) rows = values as unknown[][];
  else rows = [Array.from({ length: width }, () => values)];
  if (rows.length === 0 || rows.some((r) => r.length !== width)) {
    throw officeError("InvalidArgument", `rows must have ${width} values`, location);
  }
  const existing = dataBottom(table) - dataTop(table) + 1;
  let at: number;
  if (index === null || index === undefined || index === -1) at = dataBottom(table) + 1;
  else if (typeof index === "number" && Number.isInteger(index) && index >= 0 && index <= existing) {
    at = dataTop(table) + index;
  } else
    throw officeError("InvalidArgument", `row index ${JSON.stringify(index)} is outside the table`, location);
  const sheet = table.sheet;
  const count = rows.length;
  for (const other of sheet.tables()) {
    if (other === table || other.rect.bottom < at) continue;
    const sharesColumns = other.rect.left <= table.rect.right && other.rect.right >= table.rect.left;
    const inside = other.rect.left >= table.rect.left && other.rect.right <= table.rect.right;
    if (sharesColumns && !inside) {
      throw officeError("InsertDeleteConflict", "the insert would move part of another table", location);
    }
    if (sharesColumns)
      other.rect = { ...other.rect, top: other.rect.top + count, bottom: other.rect.bottom + count };
  }
  shiftDown(sheet, at, table.rect.left, table.rect.right, count, location);
  table.rect = { ...table.rect, bottom: table.rect.bottom + count };
  writeContent(
    sheet,
    { top: at, left: table.rect.left, bottom: at + count - 1, right: table.rect.right },
    rows,
    location,
  );
  return at;
}

/** Table.delete: the table goes, and with it the contents and formats of its range. */
export function deleteTable(table: TableModel): void {
  clearRange(table.sheet, table.rect, "All");
  table.deleted = true;
  const list = table.sheet.workbook.tables;
  list.splice(list.indexOf(table), 1);
}

export function convertTableToRange(table: TableModel): void {
  table.deleted = true;
  const list = table.sheet.workbook.tables;
  list.splice(list.indexOf(table), 1);
}
