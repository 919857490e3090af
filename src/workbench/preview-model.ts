// The grid preview's model, read from the package the xlsx host holds (rather than through the
// port, which gives values and number formats only), so it shows exactly what a download would
// contain: fills, fonts, alignment, merges and the written tables.

import type { Language } from "../domain/plan";
import { isDateFormat, type CellLook, type SheetLook, type XlsxWorkbook } from "../hosts/xlsx";
import { cellAt, rangeAddress, type GridCell, type RangeRef } from "../sheet";
import { formatCellValue, type PreviewValue } from "./format-cell";

export type PreviewCell = {
  text: string;
  /** Numbers and dates align right unless the cell says otherwise. */
  align: "left" | "center" | "right";
  bold: boolean;
  italic: boolean;
  /** "#RRGGBB" or null. */
  fill: string | null;
  color: string | null;
  /** As the cell's style says; Excel's default is the bottom. */
  vertical: "top" | "center" | "bottom";
  wrap: boolean;
  /** Columns and rows a merged cell spans; 0 for cells hidden under a merge. */
  colSpan: number;
  rowSpan: number;
};

export type PreviewTable = { name: string; range: string; area: RangeRef };

export type PreviewSheet = {
  name: string;
  visible: boolean;
  rows: number;
  columns: number;
  /** rows × columns, row-major, 0-based (row 1 is cells[0]). */
  cells: readonly (readonly PreviewCell[])[];
  /** Widths in pixels. */
  columnWidths: readonly number[];
  tables: readonly PreviewTable[];
  /** True when the sheet is larger than the preview shows. */
  truncated: boolean;
};

export const PREVIEW_LIMITS = { rows: 300, columns: 40 } as const;

/** Pixels of Excel's default column (8.43 characters) and the widest column the preview fits itself. */
const DEFAULT_WIDTH = 64;
const MAX_AUTO_WIDTH = 320;

const EMPTY: PreviewCell = {
  text: "",
  align: "left",
  bold: false,
  italic: false,
  fill: null,
  color: null,
  vertical: "bottom",
  wrap: false,
  colSpan: 1,
  rowSpan: 1,
};

const MS_PER_DAY = 86_400_000;
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

/** A cell's value as the formatter takes it: date serials with a date format as dates. */
function previewValue(value: GridCell["value"], format: string): PreviewValue {
  if (typeof value === "number" && isDateFormat(format)) return new Date(EXCEL_DAY_ZERO + value * MS_PER_DAY);
  return value;
}

function previewCell(cell: GridCell, look: CellLook | undefined, language: Language): PreviewCell {
  const value = previewValue(cell.value, cell.format);
  const horizontal = look?.horizontal ?? null;
  const align =
    horizontal === "center" || horizontal === "centerContinuous"
      ? "center"
      : horizontal === "right"
        ? "right"
        : horizontal === "left"
          ? "left"
          : typeof value === "number" || value instanceof Date
            ? "right"
            : "left";
  return {
    text: formatCellValue(value, cell.format, language),
    align,
    bold: look?.bold ?? false,
    italic: look?.italic ?? false,
    fill: look?.fill ?? null,
    color: look?.color ?? null,
    vertical: look?.vertical ?? "bottom",
    wrap: look?.wrap ?? false,
    colSpan: 1,
    rowSpan: 1,
  };
}

function sheetPreview({ grid, looks, columnWidths: widths }: SheetLook, language: Language): PreviewSheet {
  // The preview starts at A1, as Excel shows a sheet.
  const usedRows = grid.lastRow;
  const usedColumns = grid.lastColumn;
  const rows = Math.min(usedRows, PREVIEW_LIMITS.rows);
  const columns = Math.min(usedColumns, PREVIEW_LIMITS.columns);
  const cells: PreviewCell[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: PreviewCell[] = [];
    for (let c = 1; c <= columns; c++)
      row.push(previewCell(cellAt(grid, r, c), looks.get(r)?.get(c), language));
    cells.push(row);
  }
  for (const area of grid.merges) {
    if (area.top > rows || area.left > columns) continue;
    for (let r = area.top; r <= Math.min(area.bottom, rows); r++) {
      for (let c = area.left; c <= Math.min(area.right, columns); c++) {
        const row = cells[r - 1];
        const target = row?.[c - 1];
        if (!row || !target) continue;
        const master = r === area.top && c === area.left;
        row[c - 1] = master
          ? {
              ...target,
              colSpan: Math.min(area.right, columns) - area.left + 1,
              rowSpan: Math.min(area.bottom, rows) - area.top + 1,
            }
          : { ...EMPTY, colSpan: 0, rowSpan: 0 };
      }
    }
  }
  const columnWidths = Array.from({ length: columns }, (_, i) => {
    const width = widths.get(i + 1);
    // Excel's width unit is characters of the default font: about 7 px each plus padding.
    if (width !== undefined && width > 0) return Math.round(width * 7 + 5);
    // No width in the file (Excel's default 8.43 would cut most texts): fit the column's longest
    // single-cell text, within bounds, so the preview stays readable.
    const longest = Math.max(
      0,
      ...cells.map((row) => {
        const cell = row[i];
        return cell && cell.colSpan === 1 && !cell.wrap ? cell.text.length : 0;
      }),
    );
    return Math.min(MAX_AUTO_WIDTH, Math.max(DEFAULT_WIDTH, Math.round(longest * 7 + 12)));
  });
  const tables = grid.tables.map((t): PreviewTable => {
    const area = { top: t.top, left: t.left, bottom: t.bottom, right: t.right };
    return { name: t.name, range: rangeAddress(area), area };
  });
  return {
    name: grid.name,
    visible: grid.visible,
    rows,
    columns,
    cells,
    columnWidths,
    tables,
    truncated: usedRows > rows || usedColumns > columns,
  };
}

export type WorkbookPreview = { sheets: readonly PreviewSheet[]; activeSheet: string | null };

/** The preview of the workbook as it stands in the xlsx host (what a download would contain). */
export async function previewOf(xlsx: XlsxWorkbook, language: Language): Promise<WorkbookPreview> {
  const look = await xlsx.look(PREVIEW_LIMITS);
  return { sheets: look.sheets.map((s) => sheetPreview(s, language)), activeSheet: look.activeSheet };
}
