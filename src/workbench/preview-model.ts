// The grid preview's model, built from the .xlsx bytes the xlsx host saves. Reading the saved file
// (rather than the port, which gives values and number formats only) shows exactly what a download
// would contain: fills, fonts, alignment, merges and the written tables. Only the workbench loads
// this module (and exceljs with it), lazily.

import type { Cell, Worksheet } from "exceljs";
import type { Language } from "../domain/plan";
import { loadBytes, tableModels } from "../hosts/xlsx";
import { parseRange, type RangeRef } from "../sheet";
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
  wrap: false,
  colSpan: 1,
  rowSpan: 1,
};

/** "FFRRGGBB" → "#RRGGBB"; theme and indexed colours are not resolved (null). */
function argbColor(color: { argb: string }): string | null {
  const argb = color.argb;
  if (!/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A cell's value as shown: a formula's cached result, rich text joined, an error's code. */
function plainValue(value: unknown): PreviewValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (!isRecord(value)) return null;
  if ("result" in value || "formula" in value || "sharedFormula" in value) return plainValue(value.result);
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((part: unknown) => (isRecord(part) && typeof part.text === "string" ? part.text : ""))
      .join("");
  }
  if (typeof value.error === "string") return value.error;
  if (typeof value.text === "string") return value.text;
  return null;
}

/** exceljs types fill, font and alignment as always present; a cell without a style lacks them. */
function part(cell: Cell, key: "fill" | "font" | "alignment"): Record<string, unknown> {
  const value: unknown = Reflect.get(cell, key);
  return isRecord(value) ? value : {};
}

function colorOf(value: unknown): string | null {
  return isRecord(value) && typeof value.argb === "string" ? argbColor({ argb: value.argb }) : null;
}

function previewCell(cell: Cell, language: Language): PreviewCell {
  const value = plainValue(cell.value);
  const fill = part(cell, "fill");
  const font = part(cell, "font");
  const alignment = part(cell, "alignment");
  const horizontal = alignment.horizontal;
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
    text: formatCellValue(value, cell.numFmt, language),
    align,
    bold: font.bold === true,
    italic: font.italic === true,
    fill: fill.type === "pattern" && fill.pattern === "solid" ? colorOf(fill.fgColor) : null,
    color: colorOf(font.color),
    wrap: alignment.wrapText === true,
    colSpan: 1,
    rowSpan: 1,
  };
}

function sheetPreview(worksheet: Worksheet, language: Language): PreviewSheet {
  const usedRows = worksheet.actualRowCount > 0 ? worksheet.rowCount : 0;
  const usedColumns = worksheet.actualColumnCount > 0 ? worksheet.columnCount : 0;
  const rows = Math.min(usedRows, PREVIEW_LIMITS.rows);
  const columns = Math.min(usedColumns, PREVIEW_LIMITS.columns);
  const cells: PreviewCell[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: PreviewCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = worksheet.getCell(r, c);
      row.push(previewCell(cell, language));
    }
    cells.push(row);
  }
  for (const merge of worksheet.model.merges) {
    const area = parseRange(merge);
    if (!area || area.top > rows || area.left > columns) continue;
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
    const width = worksheet.getColumn(i + 1).width;
    // Excel's width unit is characters of the default font: about 7 px each plus padding.
    if (typeof width === "number" && width > 0) return Math.round(width * 7 + 5);
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
  const tables = tableModels(worksheet).flatMap((t): PreviewTable[] => {
    const area = parseRange(t.tableRef);
    return area ? [{ name: t.name, range: t.tableRef, area }] : [];
  });
  return {
    name: worksheet.name,
    visible: worksheet.state === "visible",
    rows,
    columns,
    cells,
    columnWidths,
    tables,
    truncated: usedRows > rows || usedColumns > columns,
  };
}

export type WorkbookPreview = { sheets: readonly PreviewSheet[]; activeSheet: string | null };

export async function previewOf(bytes: Uint8Array, language: Language): Promise<WorkbookPreview> {
  const workbook = await loadBytes(bytes);
  // Very hidden sheets (the add-in's settings) do not show in Excel, so not here either.
  const sheets = workbook.worksheets
    .filter((ws) => ws.state !== "veryHidden")
    .map((ws) => sheetPreview(ws, language));
  // exceljs leaves `views` undefined for a workbook that has none, despite its typings.
  const views: unknown = Reflect.get(workbook, "views");
  const first: unknown = Array.isArray(views) ? views[0] : undefined;
  const activeTab = isRecord(first) ? first.activeTab : undefined;
  const active = typeof activeTab === "number" ? workbook.worksheets[activeTab]?.name : undefined;
  return { sheets, activeSheet: active ?? null };
}
