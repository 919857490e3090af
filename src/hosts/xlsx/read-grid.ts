// exceljs worksheet → SheetGrid, as Excel shows the sheet through Office.js: the used range's
// values (dates as 1900-system serials, formulas as their cached results, errors as their text)
// with the cells' number formats, the hidden rows and the tables.

import { ValueType, type Cell, type Worksheet } from "exceljs";
import {
  gridFromCells,
  parseRange,
  type CellValue,
  type GridCell,
  type PlacedGridCell,
  type SheetGrid,
  type TableRef,
} from "../../sheet";
import { isRecord, tableModels } from "./exceljs-adapter";

const MS_PER_DAY = 86_400_000;
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

/** exceljs reads date cells as JS Dates in UTC; Excel holds them as serial day numbers. */
export function excelSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : (ms - EXCEL_DAY_ZERO) / MS_PER_DAY;
}

type Scalar = { value: CellValue; error?: true };

function richTextOf(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value.richText)) return null;
  return value.richText
    .map((run) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
    .join("");
}

/** A plain value, a formula's cached result, or the text of a rich-text / hyperlink value. */
function scalar(value: unknown): Scalar {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : null };
  if (typeof value === "string") return { value: value === "" ? null : value };
  if (typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: excelSerial(value) };
  if (!isRecord(value)) return { value: null };
  if (typeof value.error === "string") return { value: value.error, error: true };
  const rich = richTextOf(value);
  if (rich !== null) return scalar(rich);
  // Hyperlinks: { text, hyperlink }; the text itself may be rich text.
  if ("hyperlink" in value) return scalar(value.text);
  return { value: null };
}

function formatOf(cell: Cell): string {
  const format: unknown = cell.numFmt;
  return typeof format === "string" && format !== "" ? format : "General";
}

function valueOf(cell: Cell): Scalar {
  // Merged-away cells show nothing; a Merge cell without a master would throw on `.value`.
  if (cell.type === ValueType.Merge || cell.type === ValueType.Null) return { value: null };
  // `cell.result`, not `cell.value.result`: exceljs' value copy drops falsy results (0, false, "").
  if (cell.type === ValueType.Formula) return scalar(cell.result);
  return scalar(cell.value);
}

export function readCell(cell: Cell): GridCell {
  const { value, error } = valueOf(cell);
  const format = formatOf(cell);
  return error ? { value, format, error: true } : { value, format };
}

function tableRefs(worksheet: Worksheet): TableRef[] {
  const refs: TableRef[] = [];
  for (const table of tableModels(worksheet)) {
    const range = parseRange(table.tableRef);
    if (range) refs.push({ name: table.name, ...range, hasHeader: table.headerRow !== false });
  }
  return refs;
}

export function readGrid(worksheet: Worksheet): SheetGrid {
  // Cells with a value, by row and column: exceljs' rows are sparse, so is the grid.
  const found: PlacedGridCell[] = [];
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      const grid = readCell(cell);
      if (grid.value !== null) found.push({ row: rowNumber, column, cell: grid });
    });
  });
  const merges = worksheet.model.merges.flatMap((m) => parseRange(m) ?? []);
  const grid = gridFromCells(worksheet.name, found, {
    visible: worksheet.state === "visible",
    tables: tableRefs(worksheet),
    merges,
  });
  const hiddenRows: number[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) if (worksheet.findRow(r)?.hidden) hiddenRows.push(r);
  return { ...grid, hiddenRows };
}
