// Grids built by hand for tests, fixtures and benchmarks: plain rows from A1, or a grid moved
// elsewhere on its sheet. Hosts build grids with gridFromCells (src/sheet/grid.ts).

import {
  gridFromCells,
  type CellValue,
  type GridCell,
  type PlacedGridCell,
  type SheetGrid,
} from "../../src/sheet";

/** Builds a grid from plain rows starting at A1; null and undefined are empty. */
export function gridFromRows(
  name: string,
  rows: readonly (readonly (CellValue | GridCell | undefined)[])[],
  extra: Partial<
    Omit<SheetGrid, "name" | "rows" | "firstRow" | "firstColumn" | "lastRow" | "lastColumn">
  > = {},
): SheetGrid {
  function* placed(): Generator<PlacedGridCell> {
    for (const [r, line] of rows.entries()) {
      for (const [c, v] of line.entries()) {
        if (v === undefined || v === null) continue;
        yield {
          row: r + 1,
          column: c + 1,
          cell: typeof v === "object" ? v : { value: v, format: "General" },
        };
      }
    }
  }
  return gridFromCells(name, placed(), extra);
}

/** The same grid moved so that A1 lands on (firstRow, firstColumn). */
export function shiftGrid(grid: SheetGrid, firstRow: number, firstColumn: number): SheetGrid {
  const dr = firstRow - 1;
  const dc = firstColumn - 1;
  function* placed(): Generator<PlacedGridCell> {
    for (const [row, line] of grid.rows) {
      for (const [column, cell] of line) yield { row: row + dr, column: column + dc, cell };
    }
  }
  const { name, visible, hiddenRows, tables, merges } = grid;
  return gridFromCells(name, placed(), {
    visible,
    hiddenRows: hiddenRows.map((r) => r + dr),
    tables: tables.map((t) => ({
      ...t,
      top: t.top + dr,
      bottom: t.bottom + dr,
      left: t.left + dc,
      right: t.right + dc,
    })),
    merges: merges.map((m) => ({
      top: m.top + dr,
      bottom: m.bottom + dr,
      left: m.left + dc,
      right: m.right + dc,
    })),
  });
}
