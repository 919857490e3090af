// A sheet as the hosts hand it over: the used range's values and number formats, exactly as
// Excel holds them (numbers and dates as numbers, dates as serials with a date format).

export type CellValue = string | number | boolean | null;

export type GridCell = {
  value: CellValue;
  /** Excel number format code ("General", "0.0%", "dd.mm.yyyy", "@" …). */
  format: string;
  /** True when the cell holds an Excel error (#N/A, #DIV/0! …); `value` is then its text. */
  error?: boolean;
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

export type SheetGrid = {
  name: string;
  visible: boolean;
  /** Row and column (1-based) of `cells[0][0]`: the used range need not start at A1. */
  firstRow: number;
  firstColumn: number;
  /** Rectangular: every row has the same length. */
  cells: readonly (readonly GridCell[])[];
  /** 1-based row numbers of hidden rows within the used range. */
  hiddenRows: readonly number[];
  tables: readonly TableRef[];
};

export const EMPTY_CELL: GridCell = { value: null, format: "General" };

/** The cell at an Excel row/column (1-based), or an empty cell outside the used range. */
export function cellAt(grid: SheetGrid, row: number, column: number): GridCell {
  return grid.cells[row - grid.firstRow]?.[column - grid.firstColumn] ?? EMPTY_CELL;
}

export function lastRow(grid: SheetGrid): number {
  return grid.firstRow + grid.cells.length - 1;
}

export function lastColumn(grid: SheetGrid): number {
  return grid.firstColumn + (grid.cells[0]?.length ?? 0) - 1;
}

export function isBlank(cell: GridCell): boolean {
  return cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
}

/** Builds a grid from plain rows starting at A1 (tests, fixtures). */
export function gridFromRows(
  name: string,
  rows: readonly (readonly (CellValue | GridCell)[])[],
  extra: Partial<Omit<SheetGrid, "name" | "cells">> = {},
): SheetGrid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const cells = rows.map((r) =>
    Array.from({ length: width }, (_, i): GridCell => {
      const v = r[i];
      if (v === undefined || v === null) return EMPTY_CELL;
      if (typeof v === "object") return v;
      return { value: v, format: "General" };
    }),
  );
  return { name, visible: true, firstRow: 1, firstColumn: 1, cells, hiddenRows: [], tables: [], ...extra };
}
