import fc from "fast-check";
import {
  cellAt,
  contentRows,
  EMPTY_CELL,
  gridFromCells,
  lastColumn,
  lastRow,
  rowCells,
  type GridCell,
} from "../../src/sheet";
import { readAccounts } from "../../src/workbook/read-accounts";
import { findMarketingSheet, readPositioning } from "../../src/workbook/read-marketing";
import { gridFromRows, shiftGrid } from "../support/grids";

const g = (value: GridCell["value"]): GridCell => ({ value, format: "General" });

describe("the sparse grid", () => {
  test("keeps only cells with a value; the used range surrounds them", () => {
    const grid = gridFromRows("S", [[null, null], [null, "b", null], [], ["a"]]);
    expect([grid.firstRow, grid.firstColumn, lastRow(grid), lastColumn(grid)]).toEqual([2, 1, 4, 2]);
    expect([...grid.rows.keys()]).toEqual([2, 4]);
    expect(cellAt(grid, 2, 2)).toEqual(g("b"));
    expect(cellAt(grid, 3, 1)).toBe(EMPTY_CELL);
  });

  test("an empty sheet has no rows and the range 1..0", () => {
    const grid = gridFromRows("Leer", []);
    expect(grid).toMatchObject({ firstRow: 1, firstColumn: 1, lastRow: 0, lastColumn: 0, merges: [] });
    expect([...contentRows(grid)]).toEqual([]);
  });

  test("cells given out of order come out by ascending row and column", () => {
    const grid = gridFromCells("S", [
      { row: 9, column: 3, cell: g("z") },
      { row: 2, column: 5, cell: g("y") },
      { row: 2, column: 1, cell: g("x") },
    ]);
    expect([...contentRows(grid)].map(([r, cells]) => [r, [...cells.keys()]])).toEqual([
      [2, [1, 5]],
      [9, [3]],
    ]);
    expect([...contentRows(grid, 3, 9)].map(([r]) => r)).toEqual([9]);
    expect([...rowCells(grid, 4)]).toEqual([]);
  });

  test("shiftGrid moves cells, hidden rows, tables and merges together", () => {
    const grid = gridFromRows("S", [["a", "b"]], {
      hiddenRows: [1],
      tables: [{ name: "T", top: 1, left: 1, bottom: 1, right: 2, hasHeader: true }],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    });
    const moved = shiftGrid(grid, 5, 3);
    expect(cellAt(moved, 5, 4)).toEqual(g("b"));
    expect(moved).toMatchObject({ firstRow: 5, firstColumn: 3, lastRow: 5, lastColumn: 4, hiddenRows: [5] });
    expect(moved.tables[0]).toMatchObject({ top: 5, left: 3, right: 4 });
    expect(moved.merges).toEqual([{ top: 5, left: 3, bottom: 5, right: 4 }]);
  });

  test("property: cellAt gives back every value placed, and the bounds hold all of them", () => {
    const placed = fc.array(
      fc.record({
        row: fc.integer({ min: 1, max: 1_048_576 }),
        column: fc.integer({ min: 1, max: 16_384 }),
        value: fc.oneof(fc.string({ minLength: 1 }), fc.integer()),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(placed, (cells) => {
        const grid = gridFromCells(
          "S",
          cells.map(({ row, column, value }) => ({ row, column, cell: g(value) })),
        );
        const last = new Map(cells.map((c) => [`${c.row}|${c.column}`, c]));
        for (const c of last.values()) {
          expect(cellAt(grid, c.row, c.column).value).toBe(c.value);
          expect(c.row >= grid.firstRow && c.row <= grid.lastRow).toBe(true);
          expect(c.column >= grid.firstColumn && c.column <= grid.lastColumn).toBe(true);
        }
        const rows = [...contentRows(grid)].map(([r]) => r);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
      }),
    );
  });
});

describe("one stray value in XFD1048576 costs nothing", () => {
  const rows = [
    ["Kundenportfolio"],
    ["Kunden-ID", "Kunde", "Umsatz", "Potenzial"],
    ["K-1", "Alpha", 100, 200],
    ["K-2", "Beta", 300, 900],
  ];
  const grid = gridFromCells("Kunden", [
    ...[...gridFromRows("Kunden", rows).rows].flatMap(([row, cells]) =>
      [...cells].map(([column, cell]) => ({ row, column, cell })),
    ),
    { row: 1_048_576, column: 16_384, cell: g("x") },
  ]);

  test("the accounts are read and the reading follows the cells that exist", () => {
    const started = performance.now();
    const { accounts } = readAccounts([grid]);
    expect(accounts.map((a) => a.id)).toEqual(["K-1", "K-2"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("marketing detection and reading do not walk the empty range", () => {
    const marketing = gridFromCells("Marketing", [
      { row: 1, column: 1, cell: g("Positionierung") },
      { row: 1, column: 2, cell: g("Premium") },
      { row: 1_048_576, column: 16_384, cell: g("x") },
    ]);
    expect(findMarketingSheet([grid, marketing])?.name).toBe("Marketing");
    expect(readPositioning(marketing).positioning.positioning).toBe("Premium");
  });
});
