// A SheetSpec comes from the add-in's own layout code, so anything Excel would reject or "repair"
// (a name that is not a valid Excel name, an inline list over 255 characters, a merge inside the
// table …) is a programming error: it throws before the workbook is touched.

import type { TableStyleProperties, Workbook, Worksheet } from "exceljs";
import {
  inlineListProblem,
  isColor,
  isTableStyle,
  parseRange,
  rowSpan,
  specProblem,
  type ListValidation,
  type RangeRef,
  type SheetSpec,
  type SpecValue,
} from "../../sheet";
import { tableModels } from "./exceljs-adapter";

function fail(spec: SheetSpec, problem: string): never {
  throw new Error(`SheetSpec "${spec.name}": ${problem}`);
}

export function range(spec: SheetSpec, address: string): RangeRef {
  return parseRange(address) ?? fail(spec, `not an A1 range: "${address}"`);
}

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB". */
export function argb(color: string): string {
  if (!isColor(color)) throw new Error(`not a #RRGGBB colour: "${color}"`);
  return `FF${color.slice(1).toUpperCase()}`;
}

export type TableTheme = NonNullable<TableStyleProperties["theme"]>;

export function isTableTheme(name: string): name is TableTheme {
  return isTableStyle(name);
}

/** Styles are applied cell by cell; a range this large is a layout bug, not a sheet. */
const MAX_STYLED_CELLS = 2_000_000;

/** The formula of an inline dropdown list: values separated by commas, quotes doubled. */
export function listFormula(validation: ListValidation): string {
  const problem = inlineListProblem(validation.values);
  if (problem !== null) throw new Error(problem);
  return `"${validation.values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

/** "8:8", "8" or "$8:$9" → "8:8" / "8:9" as exceljs expects for printTitlesRow. */
export function printTitleRows(repeatRows: string): string {
  const span = rowSpan(repeatRows);
  if (!span) throw new Error(`not a row range: "${repeatRows}"`);
  return `${String(span.first)}:${String(span.last)}`;
}

function isEmptyValue(value: SpecValue | undefined): boolean {
  return value === undefined || value.kind === "empty";
}

/**
 * Throws for anything in the spec that Excel would reject (the shared rules), and for what clashes
 * with this workbook; `replacing` is the sheet the spec replaces.
 */
export function checkSpec(spec: SheetSpec, workbook: Workbook, replacing: Worksheet | undefined): void {
  const problem = specProblem(spec);
  if (problem !== null) fail(spec, problem);
  for (const { range: address } of spec.styles) {
    const area = range(spec, address);
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_STYLED_CELLS) {
      fail(spec, `styled range ${address} is too large`);
    }
  }
  // exceljs writes the print-titles name as '<sheet>'!$8:$8 without doubling apostrophes.
  if (spec.print.repeatRows !== null && spec.name.includes("'")) {
    fail(spec, "print titles need a sheet name without apostrophes");
  }

  // Excel keeps defined names and table names in one namespace, across the workbook.
  const tableNames = new Map<string, string>();
  for (const worksheet of workbook.worksheets) {
    if (worksheet === replacing) continue;
    for (const t of tableModels(worksheet)) tableNames.set(t.name.toLowerCase(), worksheet.name);
  }
  for (const { name } of spec.names) {
    const tableSheet = tableNames.get(name.toLowerCase());
    if (tableSheet !== undefined) fail(spec, `name "${name}" is a table on sheet "${tableSheet}"`);
  }
  const table = spec.table;
  if (table) {
    const area = range(spec, table.range);
    const lower = table.name.toLowerCase();
    const tableSheet = tableNames.get(lower);
    if (tableSheet !== undefined) {
      fail(spec, `a table named "${table.name}" already exists on sheet "${tableSheet}"`);
    }
    if (workbook.definedNames.model.some((n) => n.name.toLowerCase() === lower)) {
      fail(spec, `table name "${table.name}" is already a defined name in the workbook`);
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
