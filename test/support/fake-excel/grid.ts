// toGrid: a SheetGrid (src/workbook/grid.ts) of a sheet's used range, read straight from the model, so
// contract tests can compare what the Office host and the xlsx host produce for the same workbook.

import {
  gridFromCells,
  type CellValue,
  type PlacedGridCell,
  type SheetGrid,
  type TableRef,
} from "../../../src/sheet";
import { evaluatedCell } from "./cells";
import type { WorkbookModel } from "./model";

export type ToGridOptions = {
  /** Like getUsedRange(valuesOnly): ignore cells that only carry formatting. Default false. */
  valuesOnly?: boolean;
};

export function toGrid(workbook: WorkbookModel, name: string, options: ToGridOptions = {}): SheetGrid {
  const sheet = workbook.sheet(name);
  const tables: TableRef[] = sheet.tables().map((t) => ({
    name: t.name,
    top: t.rect.top,
    left: t.rect.left,
    bottom: t.rect.bottom,
    right: t.rect.right,
    hasHeader: t.showHeaders,
  }));
  const used = sheet.usedRect(options.valuesOnly ?? false);
  const merges = sheet.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  const base = { visible: sheet.visibility === "Visible", tables, merges };
  if (!used) return gridFromCells(sheet.name, [], base);
  const cells: PlacedGridCell[] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    for (let c = used.left; c <= used.right; c++) {
      const cell = sheet.getCell(r, c);
      const { value, error } = evaluatedCell(sheet, r, c);
      const v: CellValue = value === "" ? null : value;
      if (v === null) continue;
      cells.push({
        row: r,
        column: c,
        cell: error
          ? { value: v, format: cell.numberFormat, error: true }
          : { value: v, format: cell.numberFormat },
      });
    }
  }
  const hiddenRows = sheet.hiddenRowNumbers().filter((r) => r >= used.top && r <= used.bottom);
  const grid = gridFromCells(sheet.name, cells, { ...base, hiddenRows });
  // The used range as Excel reports it, even where formatted or "" cells widen it.
  return {
    ...grid,
    firstRow: used.top,
    firstColumn: used.left,
    lastRow: used.bottom,
    lastColumn: used.right,
  };
}
