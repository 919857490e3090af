// A small grid as rows × columns over its used range, for tests that compare whole sheets.

import { cellAt, type GridCell, type SheetGrid } from "../../src/sheet";

/** Every cell of the used range, row-major (empty cells as EMPTY_CELL); [] for an empty sheet. */
export function denseCells(grid: SheetGrid): GridCell[][] {
  const rows: GridCell[][] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    const line: GridCell[] = [];
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) line.push(cellAt(grid, r, c));
    rows.push(line);
  }
  return rows;
}
