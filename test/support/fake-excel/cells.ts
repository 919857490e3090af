// Cell-level operations on the model, run inside context.sync(): writing 2-D values / formulas / number
// formats (Excel accepts a matching 2-D array or one scalar for the whole range; `null` elements leave
// a cell unchanged, a `null` property is invalid, "" clears — "Blank and null values in Excel add-ins"),
// reading values (formulas evaluated), formats, merges, clearing.

import { cellCount, intersect, MAX_COLUMNS, MAX_ROWS, splitSheet, type Rect } from "./address";
import { coerceInput, isTextFormat, type ScalarValue } from "./coerce";
import { NotModelledError, officeError } from "./errors";
import type { Evaluated } from "./formula";
import {
  DEFAULT_STYLE,
  internStyle,
  isDefaultFormat,
  isEmptyContent,
  SheetModel,
  type CellModel,
  type CellStyle,
  type TableModel,
} from "./model";

/** Cell-by-cell writes above this size are refused: the fake stores cells one by one. */
const MAX_MODELLED_WRITE = 2_000_000;

export type Matrix = (ScalarValue | null)[][];

/**
 * The cells a write must visit. Huge ranges (whole sheets, columns) are only modelled for writes that
 * leave an empty default cell unchanged (clearing, resetting): those visit the stored cells only.
 */
function visitCells(
  sheet: SheetModel,
  rect: Rect,
  noOpOnDefault: boolean,
  location: string,
  visit: (row: number, column: number) => void,
): void {
  if (cellCount(rect) <= MAX_MODELLED_WRITE) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
    return;
  }
  if (!noOpOnDefault) {
    throw new NotModelledError(`${location} on ${cellCount(rect)} cells is beyond what the fake models`);
  }
  const stored: [number, number][] = [];
  sheet.forEachStored(rect, (_cell, r, c) => stored.push([r, c]));
  for (const [r, c] of stored) visit(r, c);
}

/**
 * Validates a written 2-D array (or scalar) against the range size. Returns a function giving the
 * element for a cell offset, `null` meaning "leave unchanged".
 */
export function matrixAccessor(
  input: unknown,
  rect: Rect,
  location: string,
): (rowOffset: number, columnOffset: number) => ScalarValue | null {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const checkElement = (v: unknown): ScalarValue | null => {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    throw officeError("InvalidArgument", `unsupported element ${JSON.stringify(v)}`, location);
  };
  if (input === null || input === undefined) {
    throw officeError("InvalidArgument", "null is not a valid input for the property", location);
  }
  if (!Array.isArray(input)) {
    const single = checkElement(input);
    return () => single;
  }
  if (input.length !== rows || !input.every((row) => Array.isArray(row) && row.length === columns)) {
    const shape = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${shape} for ${rows}×${columns}).`,
      location,
    );
  }
  const matrix = input as unknown[][];
  for (const row of matrix) for (const v of row) checkElement(v);
  return (r, c) => checkElement(matrix[r]?.[c] ?? null);
}

/** Applies `values` or `formulas` input: coercion per target cell, merges keep only their top-left value. */
export function writeContent(sheet: SheetModel, rect: Rect, input: unknown, location: string): void {
  const at = matrixAccessor(input, rect, location);
  visitCells(sheet, rect, input === "", location, (r, c) => {
    const v = at(r - rect.top, c - rect.left);
    if (v === null || sheet.isMergedAway(r, c)) return;
    const cell = sheet.editCell(r, c);
    const coerced = coerceInput(v, cell.numberFormat, location);
    cell.value = coerced.value;
    cell.formula = coerced.formula;
    cell.error = coerced.error;
    if (coerced.autoFormat !== null && cell.numberFormat === "General")
      cell.numberFormat = coerced.autoFormat;
    sheet.tidy(r, c);
  });
  normalizeTableHeaders(sheet, rect);
  sheet.contentChanged(rect);
}

export function writeNumberFormat(sheet: SheetModel, rect: Rect, input: unknown, location: string): void {
  const at = matrixAccessor(input, rect, location);
  visitCells(sheet, rect, input === "" || input === "General", location, (r, c) => {
    const v = at(r - rect.top, c - rect.left);
    if (v === null) return;
    if (typeof v !== "string")
      throw officeError("InvalidArgument", "a number format must be a string", location);
    const cell = sheet.editCell(r, c);
    cell.numberFormat = v === "" ? "General" : v;
    sheet.tidy(r, c);
  });
}

/** The value of a cell as Range.values reports it (formulas evaluated on read). */
export function evaluatedCell(sheet: SheetModel, row: number, column: number): Evaluated {
  return sheet.evaluated(row, column);
}

export function mapCells<T>(
  sheet: SheetModel,
  rect: Rect,
  pick: (cell: Readonly<CellModel>, row: number, column: number) => T,
): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(pick(sheet.getCell(r, c), r, c));
    out.push(line);
  }
  return out;
}

/** A format property over a range: the common value, or null when cells differ (Excel's rule). */
export function uniform<T>(sheet: SheetModel, rect: Rect, pick: (cell: Readonly<CellModel>) => T): T | null {
  const values: T[] = [];
  sheet.forEachStored(rect, (cell) => {
    values.push(pick(cell));
  });
  if (sheet.countStored(rect) < cellCount(rect)) {
    values.push(
      pick({ value: "", formula: null, error: false, numberFormat: "General", style: DEFAULT_STYLE }),
    );
  }
  const first = values[0];
  if (first === undefined) return null;
  const json = JSON.stringify(first);
  return values.every((v) => JSON.stringify(v) === json) ? first : null;
}

/** Replaces the style of every cell in the range (also the cells that are still default). */
export function restyle(
  sheet: SheetModel,
  rect: Rect,
  change: (s: CellStyle) => CellStyle,
  location: string,
): void {
  // Cells share style objects (internStyle): each distinct style is changed once per call.
  const changed = new Map<CellStyle, CellStyle>();
  const next = (style: CellStyle): CellStyle => {
    let result = changed.get(style);
    if (!result) {
      result = internStyle(change(style));
      changed.set(style, result);
    }
    return result;
  };
  const resets = next(DEFAULT_STYLE) === DEFAULT_STYLE;
  const cells = sheet.cells;
  visitCells(sheet, rect, resets, location, (r, c) => {
    // One lookup per cell: this runs for every cell a format touches.
    const key = SheetModel.cellKey(r, c);
    const cell = cells.get(key);
    if (!cell) {
      const style = next(DEFAULT_STYLE);
      if (style !== DEFAULT_STYLE) cells.set(key, { ...sheet.getCell(r, c), style });
      return;
    }
    cell.style = next(cell.style);
    if (isEmptyContent(cell) && isDefaultFormat(cell)) cells.delete(key);
  });
}

export type ClearApplyTo =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearRange(sheet: SheetModel, rect: Rect, applyTo: ClearApplyTo): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const touched: [number, number][] = [];
  sheet.forEachStored(rect, (cell, r, c) => {
    if (contents) {
      cell.value = "";
      cell.formula = null;
      cell.error = false;
    }
    if (formats) {
      cell.numberFormat = "General";
      cell.style = DEFAULT_STYLE;
    }
    touched.push([r, c]);
  });
  for (const [r, c] of touched) sheet.tidy(r, c);
  if (formats) {
    sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => intersect(cf.rect, rect) === null);
  }
  if (contents) {
    normalizeTableHeaders(sheet, rect);
    sheet.contentChanged(rect);
  }
}

/** Merges (across: one merge per row). Only the top-left value of each merged area is kept. */
export function mergeRange(sheet: SheetModel, rect: Rect, across: boolean, location: string): void {
  if (sheet.tables().some((t) => intersect(t.rect, rect) !== null)) {
    throw officeError("InvalidOperation", "cells in a table cannot be merged", location);
  }
  const areas: Rect[] = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        ...rect,
        top: rect.top + i,
        bottom: rect.top + i,
      }))
    : [rect];
  sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.forEachStored(area, (cell, r, c) => {
      if (r === area.top && c === area.left) return;
      cell.value = "";
      cell.formula = null;
      cell.error = false;
    });
    sheet.merges.push(area);
  }
}

export function unmergeRange(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => intersect(m, rect) === null);
}

/**
 * Table header cells always hold unique, non-blank text: Excel converts what is written there and
 * names blanks "Column1", duplicates "Name2". Keeps table.columns in step with the header row.
 */
export function normalizeTableHeaders(sheet: SheetModel, touched: Rect): void {
  for (const table of sheet.tables()) {
    if (!table.showHeaders) continue;
    const header: Rect = { ...table.rect, bottom: table.rect.top };
    if (intersect(header, touched) === null) continue;
    applyHeaderNames(table);
  }
}

export function applyHeaderNames(table: TableModel): void {
  const sheet = table.sheet;
  const row = table.rect.top;
  const used = new Set<string>();
  const names: string[] = [];
  for (let c = table.rect.left; c <= table.rect.right; c++) {
    const cell = sheet.getCell(row, c);
    let base = cell.formula ?? (typeof cell.value === "string" ? cell.value : String(cell.value));
    if (cell.value === "" && cell.formula === null) base = "";
    const index = c - table.rect.left + 1;
    let name = base.trim() === "" ? `Column${index}` : base;
    if (used.has(name.toLowerCase())) {
      let n = 2;
      while (used.has(`${name}${n}`.toLowerCase())) n++;
      name = `${name}${n}`;
    }
    used.add(name.toLowerCase());
    names.push(name);
    const edit = sheet.editCell(row, c);
    edit.value = name;
    edit.formula = null;
    edit.error = false;
  }
  const old = table.columns;
  table.columns = names.map((name, i) => {
    const existing = old[i];
    if (existing) {
      existing.name = name;
      return existing;
    }
    return { id: table.nextColumnId++, name };
  });
}

/** Moves cells (and their validations) in columns left..right from `fromRow` down by `count` rows. */
export function shiftDown(
  sheet: SheetModel,
  fromRow: number,
  left: number,
  right: number,
  count: number,
  location: string,
): void {
  const band: Rect = { top: fromRow, left, bottom: MAX_ROWS, right };
  const moved: [number, number, CellModel][] = [];
  sheet.forEachStored(band, (cell, r, c) => moved.push([r, c, cell]));
  if (moved.some(([r]) => r + count > MAX_ROWS)) {
    throw officeError("InsertDeleteConflict", "cells would be pushed off the sheet", location);
  }
  for (const [r, c] of moved) sheet.cells.delete(SheetModel.cellKey(r, c));
  for (const [r, c, cell] of moved) sheet.cells.set(SheetModel.cellKey(r + count, c), cell);
  const validations = [...sheet.validations].filter(([key]) => {
    const [r = 0, c = 0] = key.split(",").map(Number);
    return r >= fromRow && c >= left && c <= right;
  });
  for (const [key] of validations) sheet.validations.delete(key);
  for (const [key, v] of validations) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    sheet.validations.set(SheetModel.key(r + count, c), v);
  }
}

export function requireInGrid(rect: Rect, location: string): Rect {
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) {
    throw officeError("InvalidArgument", "the range lies outside the worksheet grid", location);
  }
  if (rect.top > rect.bottom || rect.left > rect.right) {
    throw officeError("InvalidArgument", "the range has no cells", location);
  }
  return rect;
}

export function isTextCell(sheet: SheetModel, row: number, column: number): boolean {
  return isTextFormat(sheet.getCell(row, column).numberFormat);
}

/** Resolves "Sheet2!A1:B2" or "A1:B2" (relative to `sheet`) to a sheet and rectangle, or null. */
export function sheetOf(sheet: SheetModel, reference: string): { sheet: SheetModel; address: string } | null {
  const { sheet: name, address } = splitSheet(reference);
  const target = name === null ? sheet : sheet.workbook.findSheet(name);
  return target ? { sheet: target, address } : null;
}
