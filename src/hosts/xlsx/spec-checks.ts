// A SheetSpec comes from the add-in's own layout code, so anything Excel would reject or "repair"
// (a name that is not a valid Excel name, an inline list over 255 characters, a merge inside the
// table …) is a programming error: it throws before the workbook is touched.

import type { TableStyleProperties, Workbook, Worksheet } from "exceljs";
import { isIsoDate } from "../../domain/dates";
import { parseRange, type RangeRef } from "../../workbook/a1";
import type { ListValidation, SheetSpec, SpecValue } from "../../workbook/sheet-spec";
import { tableModels } from "./exceljs-adapter";

function fail(spec: SheetSpec, problem: string): never {
  throw new Error(`SheetSpec "${spec.name}": ${problem}`);
}

export function range(spec: SheetSpec, address: string): RangeRef {
  return parseRange(address) ?? fail(spec, `not an A1 range: "${address}"`);
}

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB". */
export function argb(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`not a #RRGGBB colour: "${color}"`);
  return `FF${color.slice(1).toUpperCase()}`;
}

export type TableTheme = NonNullable<TableStyleProperties["theme"]>;

/** Excel's built-in table styles (a custom style would need its definition in the workbook). */
export function isTableTheme(name: string): name is TableTheme {
  return /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(name);
}

/** Styles are applied cell by cell; a range this large is a layout bug, not a sheet. */
const MAX_STYLED_CELLS = 2_000_000;

const MAX_CELL_TEXT = 32_767;

/** Excel's limit for an inline list ("a,b,c") in a data validation. */
export const MAX_INLINE_LIST = 255;

/** The formula of an inline dropdown list: values separated by commas, quotes doubled. */
export function listFormula(validation: ListValidation): string {
  const inner = validation.values.map((v) => v.replace(/"/g, '""')).join(",");
  if (validation.values.some((v) => v.includes(","))) {
    throw new Error(`an inline list value cannot contain a comma: ${JSON.stringify(validation.values)}`);
  }
  if (inner.length > MAX_INLINE_LIST) {
    throw new Error(`inline list is ${inner.length} characters, Excel allows ${MAX_INLINE_LIST}`);
  }
  return `"${inner}"`;
}

/** "8:8", "8" or "$8:$9" → "8:8" / "8:9" as exceljs expects for printTitlesRow. */
export function printTitleRows(repeatRows: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(repeatRows.trim());
  if (!m?.[1]) throw new Error(`not a row range: "${repeatRows}"`);
  return `${m[1]}:${m[2] ?? m[1]}`;
}

const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^[Rr](\d*)([Cc](\d*))?$|^[Cc]\d*$/;

/** Excel's rules for defined names and table names. */
export function isValidExcelName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !A1_LIKE.test(name) &&
    !R1C1_LIKE.test(name)
  );
}

export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31) {
    throw new Error(`sheet name must have 1-31 characters: "${name}"`);
  }
  if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'") || name === "History") {
    throw new Error(`not a valid sheet name: "${name}"`);
  }
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function isEmptyValue(value: SpecValue | undefined): boolean {
  return value === undefined || value.kind === "empty";
}

/** Throws for anything in the spec that Excel would reject; `replacing` is the sheet it replaces. */
export function checkSpec(spec: SheetSpec, workbook: Workbook, replacing: Worksheet | undefined): void {
  checkSheetName(spec.name);
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value.kind === "number" && !Number.isFinite(value.value)) {
        fail(spec, `row ${r + 1} column ${c + 1}: ${value.value} is not a number Excel can hold`);
      }
      if (value.kind === "text" && value.text.length > MAX_CELL_TEXT) {
        fail(spec, `row ${r + 1} column ${c + 1}: text over Excel's ${MAX_CELL_TEXT} characters per cell`);
      }
      if (value.kind === "date" && !isIsoDate(value.iso)) {
        fail(spec, `row ${r + 1} column ${c + 1}: not an ISO date "${value.iso}"`);
      }
    });
  });
  for (const { style } of spec.styles) {
    const borders = [style.borderTop, style.borderBottom, style.borderLeft, style.borderRight];
    for (const color of [style.fill, style.fontColor, ...borders.map((b) => b?.color)]) {
      if (color !== undefined) argb(color);
    }
  }
  for (const { range: address } of spec.styles) {
    const area = range(spec, address);
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_STYLED_CELLS) {
      fail(spec, `styled range ${address} is too large`);
    }
  }
  if (spec.tabColor !== null) argb(spec.tabColor);
  if (spec.print.repeatRows !== null) {
    printTitleRows(spec.print.repeatRows);
    // exceljs writes the print-titles name as '<sheet>'!$8:$8 without doubling apostrophes.
    if (spec.name.includes("'")) fail(spec, "print titles need a sheet name without apostrophes");
  }
  if (spec.freeze && (spec.freeze.rows < 0 || spec.freeze.columns < 0)) fail(spec, "negative freeze");

  const merges = spec.merges.map((m) => range(spec, m));
  merges.forEach((m, i) => {
    if (m.top === m.bottom && m.left === m.right) fail(spec, `merge of a single cell: ${spec.merges[i]}`);
    if (merges.slice(0, i).some((other) => overlaps(m, other))) {
      fail(spec, `merges overlap at ${spec.merges[i]}`);
    }
  });

  // Excel keeps defined names and table names in one namespace.
  const tableNames = new Map<string, string>();
  for (const worksheet of workbook.worksheets) {
    if (worksheet === replacing) continue;
    for (const t of tableModels(worksheet)) tableNames.set(t.name.toLowerCase(), worksheet.name);
  }
  const ownNames = new Set(spec.names.map((n) => n.name.toLowerCase()));
  for (const { name, range: address } of spec.names) {
    if (!isValidExcelName(name)) fail(spec, `not a valid Excel name: "${name}"`);
    const tableSheet = tableNames.get(name.toLowerCase());
    if (tableSheet !== undefined) fail(spec, `name "${name}" is a table on sheet "${tableSheet}"`);
    range(spec, address);
  }

  for (const validation of spec.validations) {
    range(spec, validation.range);
    listFormula(validation);
    // Excel's limits for the error alert's title and text.
    if (validation.errorTitle.length > 32) fail(spec, `validation error title over 32 characters`);
    if (validation.errorMessage.length > 225) fail(spec, `validation error message over 225 characters`);
  }

  const table = spec.table;
  if (table) {
    const area = range(spec, table.range);
    if (!isValidExcelName(table.name)) fail(spec, `not a valid table name: "${table.name}"`);
    if (!isTableTheme(table.style)) fail(spec, `not a built-in table style: "${table.style}"`);
    const lower = table.name.toLowerCase();
    if (ownNames.has(lower)) fail(spec, `table name "${table.name}" is also a defined name`);
    const tableSheet = tableNames.get(lower);
    if (tableSheet !== undefined) {
      fail(spec, `a table named "${table.name}" already exists on sheet "${tableSheet}"`);
    }
    if (workbook.definedNames.model.some((n) => n.name.toLowerCase() === lower)) {
      fail(spec, `table name "${table.name}" is already a defined name in the workbook`);
    }
    if (merges.some((m) => overlaps(m, area))) fail(spec, "a merge overlaps the table");
    const header = spec.values[area.top - 1] ?? [];
    for (let c = area.left; c <= area.right; c++) {
      const cell = header[c - 1];
      if (cell?.kind === "text" && /[\t\r\n]/.test(cell.text)) {
        fail(spec, `table header "${cell.text}" contains a line break or tab`);
      }
    }
    if (area.top === area.bottom) {
      // A header-only table is corrupt in Excel; the host adds one empty row, which must be free.
      const below = spec.values[area.bottom] ?? [];
      for (let c = area.left; c <= area.right; c++) {
        if (!isEmptyValue(below[c - 1])) fail(spec, "header-only table has values right below it");
      }
    }
  }
}
