// A SheetSpec comes from the add-in's own layout code, so anything Excel would reject or "repair"
// (a name that is not a valid Excel name, an inline list over 255 characters, a merge inside the
// table …) is a programming error: it throws before the workbook is touched.

import {
  inlineListProblem,
  isColor,
  isTableStyle,
  parseRange,
  specProblem,
  type ListValidation,
  type RangeRef,
  type SheetSpec,
  type SpecValue,
} from "../../sheet";

function fail(spec: SheetSpec, problem: string): never {
  throw new Error(`SheetSpec "${spec.name}": ${problem}`);
}

export function range(spec: SheetSpec, address: string): RangeRef {
  return parseRange(address) ?? fail(spec, `not an A1 range: "${address}"`);
}

/** "#RRGGBB" → ARGB "FFRRGGBB" as SpreadsheetML writes colours. */
export function argb(color: string): string {
  if (!isColor(color)) throw new Error(`not a #RRGGBB colour: "${color}"`);
  return `FF${color.slice(1).toUpperCase()}`;
}

/** Styles are applied cell by cell; a range this large is a layout bug, not a sheet. */
const MAX_STYLED_CELLS = 2_000_000;

/** The formula of an inline dropdown list: values separated by commas, quotes doubled. */
export function listFormula(validation: ListValidation): string {
  const problem = inlineListProblem(validation.values);
  if (problem !== null) throw new Error(problem);
  return `"${validation.values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

function isEmptyValue(value: SpecValue | undefined): boolean {
  return value === undefined || value.kind === "empty";
}

/** What of the workbook a spec must not clash with (Excel keeps tables and names in one namespace). */
export type NameSpace = {
  /** Table name (lower case) → its sheet, without the tables of the sheet being replaced. */
  tables: ReadonlyMap<string, string>;
  /** Workbook-scoped defined names (lower case), without those the spec itself declares again. */
  names: ReadonlySet<string>;
};

/** Throws for anything in the spec that Excel would reject, and for what clashes with this workbook. */
export function checkSpec(spec: SheetSpec, workbook: NameSpace): void {
  const problem = specProblem(spec);
  if (problem !== null) fail(spec, problem);
  for (const { range: address } of spec.styles) {
    const area = range(spec, address);
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_STYLED_CELLS) {
      fail(spec, `styled range ${address} is too large`);
    }
  }
  for (const { name } of spec.names) {
    const tableSheet = workbook.tables.get(name.toLowerCase());
    if (tableSheet !== undefined) fail(spec, `name "${name}" is a table on sheet "${tableSheet}"`);
  }
  const table = spec.table;
  if (table) {
    if (!isTableStyle(table.style)) throw new Error(`not a built-in table style: "${table.style}"`);
    const area = range(spec, table.range);
    const lower = table.name.toLowerCase();
    const tableSheet = workbook.tables.get(lower);
    if (tableSheet !== undefined) {
      fail(spec, `a table named "${table.name}" already exists on sheet "${tableSheet}"`);
    }
    if (workbook.names.has(lower)) {
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
