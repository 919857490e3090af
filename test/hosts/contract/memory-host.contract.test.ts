// The WorkbookPort contract for the in-memory workbook the planner tests use: it must behave like
// the real hosts, or tests written against it prove nothing about them.

import { gridFromCells, parseRange, type GridCell, type PlacedGridCell } from "../../../src/sheet";
import { memoryWorkbook } from "../../workbook/memory-workbook";
import {
  describeWorkbookPortContract,
  type ContractCell,
  type ContractSheet,
} from "./workbook-port.contract";

function gridCell(cell: ContractCell): GridCell {
  if (typeof cell === "object" && cell !== null) return cell;
  return { value: cell, format: "General" };
}

function gridOf(sheet: ContractSheet) {
  const top = sheet.firstRow ?? 1;
  const left = sheet.firstColumn ?? 1;
  const cells: PlacedGridCell[] = sheet.rows.flatMap((row, i) =>
    row.map((cell, j) => ({ row: top + i, column: left + j, cell: gridCell(cell) })),
  );
  return gridFromCells(sheet.name, cells, {
    visible: sheet.visible !== false,
    hiddenRows: sheet.hiddenRows ?? [],
    tables: (sheet.tables ?? []).map(({ name, range }) => {
      const area = parseRange(range);
      if (!area) throw new Error(`bad table range ${range}`);
      return { name, ...area, hasHeader: true };
    }),
  });
}

describeWorkbookPortContract("in-memory workbook (test support)", (initial) => {
  const names = initial.sheets.flatMap((s) =>
    (s.names ?? []).map(({ name, range }) => ({ name, sheet: s.name, address: range })),
  );
  const port = memoryWorkbook(initial.sheets.map(gridOf), names);
  return Promise.resolve({ port, readBack: () => Promise.resolve(port) });
});
