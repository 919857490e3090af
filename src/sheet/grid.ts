// A sheet as the hosts hand it over: the used range's values and number formats, exactly as
// Excel holds them (numbers and dates as numbers, dates as serials with a date format).
//
// Sparse: only the cells that hold a value are kept, by row and column, so the cost of a sheet
// follows the cells that exist. One stray value in XFD1048576 widens the used range, not the memory.

import type { RangeRef } from "./a1";

export type CellValue = string | number | boolean | null;

export type GridCell = {
  value: CellValue;
  /** Excel number format code ("General", "0.0%", "dd.mm.yyyy", "@" …). */
  format: string;
  /** True when the cell holds an Excel error (#N/A, #DIV/0! …); `value` is then its text. */
  error?: boolean;
  /**
   * A formula the file holds no result for (never calculated: some generators write formulas
   * without values); `value` is then "" and this is the formula, so a reader can say so.
   */
  formula?: string;
};

export type TableRef = {
  name: string;
  /** 1-based, inclusive, as Excel shows them; the header row is `top`. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  hasHeader: boolean;
};

/** The cells of one row that hold a value, by column (1-based), in ascending column order. */
export type GridRow = ReadonlyMap<number, GridCell>;

export type SheetGrid = {
  name: string;
  visible: boolean;
  /**
   * The used range (1-based, inclusive): the smallest rectangle around every cell with a value.
   * A sheet without values has firstRow = firstColumn = 1 and lastRow = lastColumn = 0.
   */
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
  /**
   * The cells that hold a value (never `value: null`), by row in ascending order; rows without
   * values are absent. Use cellAt for one cell and contentRows to walk the rows that exist.
   */
  rows: ReadonlyMap<number, GridRow>;
  /** 1-based row numbers of hidden rows within the used range, ascending. */
  hiddenRows: readonly number[];
  tables: readonly TableRef[];
  /** Merged areas; the value of a merged area stands in its top-left cell only. */
  merges: readonly RangeRef[];
};

export const EMPTY_CELL: GridCell = { value: null, format: "General" };

const NO_CELLS: GridRow = new Map();

/** The cell at an Excel row/column (1-based), or an empty cell where no value is. */
export function cellAt(grid: SheetGrid, row: number, column: number): GridCell {
  return grid.rows.get(row)?.get(column) ?? EMPTY_CELL;
}

/** The cells of a row that hold a value (ascending columns); empty for a row without values. */
export function rowCells(grid: SheetGrid, row: number): GridRow {
  return grid.rows.get(row) ?? NO_CELLS;
}

export function lastRow(grid: SheetGrid): number {
  return grid.lastRow;
}

export function lastColumn(grid: SheetGrid): number {
  return grid.lastColumn;
}

/**
 * The rows that hold values, ascending, optionally only those from `from` to `to` (inclusive).
 * Loops over a sheet's rows use this instead of counting up to lastRow, which may be a million.
 */
export function* contentRows(
  grid: SheetGrid,
  from = 1,
  to = Number.POSITIVE_INFINITY,
): Generator<[row: number, cells: GridRow]> {
  for (const entry of grid.rows) {
    if (entry[0] > to) return;
    if (entry[0] >= from) yield entry;
  }
}

export function isBlank(cell: GridCell): boolean {
  return cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
}

export type PlacedGridCell = { row: number; column: number; cell: GridCell };

/**
 * A grid from its cells in any order (hosts, fixtures): cells without a value are dropped, rows and
 * columns sorted, the used range computed. A later cell at the same place replaces an earlier one.
 */
export function gridFromCells(
  name: string,
  cells: Iterable<PlacedGridCell>,
  extra: Partial<
    Omit<SheetGrid, "name" | "rows" | "firstRow" | "firstColumn" | "lastRow" | "lastColumn">
  > = {},
): SheetGrid {
  const byRow = new Map<number, Map<number, GridCell>>();
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  let sorted = true;
  let previous: { row: number; column: number } | null = null;
  for (const { row, column, cell } of cells) {
    if (cell.value === null) continue;
    let line = byRow.get(row);
    if (!line) {
      line = new Map();
      byRow.set(row, line);
    }
    line.set(column, cell);
    if (previous && (row < previous.row || (row === previous.row && column <= previous.column)))
      sorted = false;
    previous = { row, column };
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  }
  const rows = sorted ? byRow : sortRows(byRow);
  const base = { name, visible: true, hiddenRows: [], tables: [], merges: [], ...extra, rows };
  if (top === Infinity) return { ...base, firstRow: 1, firstColumn: 1, lastRow: 0, lastColumn: 0 };
  return { ...base, firstRow: top, firstColumn: left, lastRow: bottom, lastColumn: right };
}

function sortRows(byRow: ReadonlyMap<number, ReadonlyMap<number, GridCell>>): Map<number, GridRow> {
  const rows = new Map<number, GridRow>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = byRow.get(r) ?? NO_CELLS;
    rows.set(r, new Map([...line].sort((a, b) => a[0] - b[0])));
  }
  return rows;
}
