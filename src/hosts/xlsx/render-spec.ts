// SheetSpec → exceljs worksheet: typed values, styles in order, widths and heights, merges, freeze
// panes, one table, list validations, defined names, print setup and tab colour. The spec has been
// checked (spec-checks.ts) before the worksheet is created.

import type { Alignment, Borders, Cell, Font, Workbook, Worksheet } from "exceljs";
import {
  cellAddress,
  dayNumber,
  EMPTY,
  rangeAddress,
  type Border,
  type CellStyle,
  type RangeRef,
  type SheetSpec,
  type SpecValue,
  type TableSpec,
} from "../../sheet";

import { validationModel } from "./exceljs-adapter";
import { declareName } from "./defined-names";
import { argb, isTableTheme, listFormula, printTitleRows, range } from "./spec-checks";

const MS_PER_DAY = 86_400_000;
/** Keeps a text cell text when a user edits it in Excel or LibreOffice. */
export const TEXT_FORMAT = "@";
/** Used for a date cell no style gives a number format: unambiguous in every language. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";
/** The workbook's default font, so a cell made bold keeps the usual face and size. */
const BASE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };

/**
 * Excel's escaping of cell text (ST_Xstring), which exceljs does not do: a literal "_x0041_" must
 * be written "_x005F_x0041_" or it reads back as "A", and control characters other than tab and
 * line feed are written as "_x000D_" (exceljs would drop them; a raw CR would become a LF).
 */
export function escapeCellText(text: string): string {
  const literal = text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`);
  let escaped = "";
  for (const ch of literal) {
    const code = ch.charCodeAt(0);
    const control = (code < 32 && code !== 9 && code !== 10) || code === 0xfffe || code === 0xffff;
    escaped += control ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return escaped;
}

type Written = string | number | boolean | Date | { formula: string; result?: number | string } | null;

/** The exceljs value of a spec value: text is a plain string, which exceljs never reads as a formula. */
export function excelValue(value: SpecValue): Written {
  switch (value.kind) {
    case "text":
      return value.text === "" ? null : escapeCellText(value.text);
    case "number":
      return value.value;
    case "date": {
      const day = dayNumber(value.iso);
      if (day === null) throw new Error(`not a calendar date: "${value.iso}"`);
      return new Date(day * MS_PER_DAY);
    }
    case "boolean":
      return value.value;
    case "formula": {
      const formula = value.formula.replace(/^=/, "");
      return value.result === undefined || value.result === null
        ? { formula }
        : { formula, result: value.result };
    }
    case "empty":
      return null;
  }
}

function eachCell(worksheet: Worksheet, area: RangeRef, visit: (cell: Cell) => void): void {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) visit(worksheet.getCell(r, c));
  }
}

function excelBorder(border: Border): Borders["top"] {
  return { style: border.style, color: { argb: argb(border.color) } };
}

function applyStyle(cell: Cell, style: CellStyle): void {
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  // New objects every time: exceljs cells may share style objects, so never mutate one in place.
  if (Object.keys(font).length > 0) cell.font = { ...BASE_FONT, ...cell.font, ...font };
  if (style.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  const alignment: Partial<Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  // exceljs (like the file format) calls vertical centring "middle".
  if (style.vertical !== undefined) {
    alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
  }
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (Object.keys(alignment).length > 0) cell.alignment = { ...cell.alignment, ...alignment };
  const border: Partial<Borders> = {};
  if (style.borderTop) border.top = excelBorder(style.borderTop);
  if (style.borderBottom) border.bottom = excelBorder(style.borderBottom);
  if (style.borderLeft) border.left = excelBorder(style.borderLeft);
  if (style.borderRight) border.right = excelBorder(style.borderRight);
  if (Object.keys(border).length > 0) cell.border = { ...cell.border, ...border };
}

/** Excel needs unique, non-empty column names equal to the header cells' text. */
function columnNames(spec: SheetSpec, area: RangeRef): string[] {
  const header = spec.values[area.top - 1] ?? [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const cell = header[c - 1] ?? EMPTY;
    const own = cell.kind === "text" ? cell.text.trim() : cell.kind === "number" ? String(cell.value) : "";
    let name = own === "" ? `Column${c - area.left + 1}` : own;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${own || "Column"}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * exceljs' addTable writes its header and rows into the cells; it gets exactly the values the
 * cells already hold, so values, styles and number formats stay as rendered.
 */
function renderTable(worksheet: Worksheet, spec: SheetSpec, table: TableSpec): void {
  const area = range(spec, table.range);
  const theme = table.style;
  if (!isTableTheme(theme)) throw new Error(`not a built-in table style: "${theme}"`);
  const rows: Written[][] = [];
  for (let r = area.top + 1; r <= area.bottom; r++) {
    const line = spec.values[r - 1] ?? [];
    const row: Written[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(excelValue(line[c - 1] ?? EMPTY));
    rows.push(row);
  }
  // A table of only a header row is corrupt in Excel; like Excel, give it one empty data row.
  if (rows.length === 0) rows.push(Array.from({ length: area.right - area.left + 1 }, () => null));
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(area.top, area.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme,
      showRowStripes: table.showBandedRows,
      showColumnStripes: false,
      showFirstColumn: false,
      showLastColumn: false,
    },
    columns: columnNames(spec, area).map((name) => ({ name, filterButton: true })),
    rows,
  });
}

export function renderSpec(workbook: Workbook, worksheet: Worksheet, spec: SheetSpec): void {
  const textCells: Cell[] = [];
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value.kind === "empty") return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = excelValue(value);
      if (value.kind === "text") textCells.push(cell);
      if (value.kind === "date") cell.numFmt = DEFAULT_DATE_FORMAT;
    });
  });
  if (spec.table) renderTable(worksheet, spec, spec.table);

  for (const { range: address, style } of spec.styles) {
    eachCell(worksheet, range(spec, address), (cell) => {
      applyStyle(cell, style);
    });
  }
  // Text stays text, whatever number format a style gave its range.
  for (const cell of textCells) cell.numFmt = TEXT_FORMAT;

  spec.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const { row, height } of spec.rowHeights) worksheet.getRow(row).height = height;
  // Without style copying: each cell of a merged area keeps the borders the spec gave it.
  for (const merge of spec.merges) worksheet.mergeCellsWithoutStyle(rangeAddress(range(spec, merge)));

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    worksheet.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  }

  const validations = validationModel(worksheet);
  for (const validation of spec.validations) {
    // exceljs looks validation ranges up by their normalised form ("C9:C20") when saving.
    validations[rangeAddress(range(spec, validation.range))] = {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(validation)],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: validation.errorTitle,
      error: validation.errorMessage,
    };
  }

  for (const { name, range: address } of spec.names) {
    declareName(workbook, name, spec.name, range(spec, address));
  }

  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: spec.print.landscape ? "landscape" : "portrait",
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: spec.print.fitToWidth ? 0 : 1,
    ...(spec.print.repeatRows === null ? {} : { printTitlesRow: printTitleRows(spec.print.repeatRows) }),
  };
  if (spec.tabColor !== null) worksheet.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.visibility) worksheet.state = spec.visibility;
}
