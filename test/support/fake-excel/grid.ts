// toGrid: a SheetGrid (src/workbook/grid.ts) of a sheet's used range, read straight from the model, so
// contract tests can compare what the Office host and the xlsx host produce for the same workbook.

import type { CellValue, GridCell, SheetGrid, TableRef } from "../../../src/sheet";
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
  const base = { name: sheet.name, visible: sheet.visibility === "Visible", tables };
  if (!used) return { ...base, firstRow: 1, firstColumn: 1, cells: [], hiddenRows: [] };
  const cells: GridCell[][] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    const line: GridCell[] = [];
    for (let c = used.left; c <= used.right; c++) {
      const cell = sheet.getCell(r, c);
      const { value, error } = evaluatedCell(sheet, r, c);
      const v: CellValue = value === "" ? null : value;
      line.push(
        error
          ? { value: v, format: cell.numberFormat, error: true }
          : { value: v, format: cell.numberFormat },
      );
    }
    cells.push(line);
  }
  const hiddenRows = sheet.hiddenRowNumbers().filter((r) => r >= used.top && r <= used.bottom);
  return { ...base, firstRow: used.top, firstColumn: used.left, cells, hiddenRows };
}
