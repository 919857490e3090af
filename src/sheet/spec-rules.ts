// What Excel itself refuses in a sheet, checked on a SheetSpec before any host touches a workbook.
// Specs come from the add-in's own layouts, so a problem here is a layout bug; both hosts report it
// before writing anything (and add the checks that need the workbook at hand).

import { isIsoDate } from "../domain/dates";
import { parseRange, type RangeRef } from "./a1";
import type { SheetSpec } from "./sheet-spec";

/** Excel's limit for an inline dropdown list ("a,b,c") in a data validation. */
export const MAX_INLINE_LIST = 255;
const MAX_CELL_TEXT = 32_767;
const COLOR = /^#[0-9a-f]{6}$/i;
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

/** Why Excel would refuse a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return `sheet name must have 1-31 characters: "${name}"`;
  if (
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    return `not a valid sheet name: "${name}"`;
  }
  return null;
}

export function isColor(color: string): boolean {
  return COLOR.test(color);
}

/** "8:8", "8", "$8:$9" → the row span, else null. */
export function rowSpan(rows: string): { first: number; last: number } | null {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  return first >= 1 && last >= first ? { first, last } : null;
}

/** Excel's built-in table styles (a custom style would need its definition in the workbook). */
export function isTableStyle(name: string): boolean {
  return /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(name);
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The inline list of a dropdown validation ("a,b,c"), or why Excel would refuse it. */
export function inlineListProblem(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(","))) return "an inline list value cannot contain a comma";
  const length = values.join(",").length;
  return length > MAX_INLINE_LIST
    ? `inline list is ${length} characters, Excel allows ${MAX_INLINE_LIST}`
    : null;
}

/** The first thing in the spec Excel would reject or "repair", or null when there is none. */
export function specProblem(spec: SheetSpec): string | null {
  const nameProblem = sheetNameProblem(spec.name);
  if (nameProblem) return nameProblem;
  for (const [r, row] of spec.values.entries()) {
    for (const [c, value] of row.entries()) {
      const at = `row ${r + 1} column ${c + 1}`;
      if (value.kind === "number" && !Number.isFinite(value.value))
        return `${at}: ${value.value} is not a number Excel can hold`;
      if (value.kind === "text" && value.text.length > MAX_CELL_TEXT)
        return `${at}: text over Excel's ${MAX_CELL_TEXT} characters per cell`;
      if (value.kind === "date" && !isIsoDate(value.iso)) return `${at}: not an ISO date "${value.iso}"`;
    }
  }
  const ranges = [
    ...spec.styles.map((s) => s.range),
    ...spec.merges,
    ...spec.validations.map((v) => v.range),
    ...spec.names.map((n) => n.range),
    ...(spec.table ? [spec.table.range] : []),
  ];
  const bad = ranges.find((address) => parseRange(address) === null);
  if (bad !== undefined) return `not an A1 range: "${bad}"`;

  for (const { style } of spec.styles) {
    const borders = [style.borderTop, style.borderBottom, style.borderLeft, style.borderRight];
    for (const color of [style.fill, style.fontColor, ...borders.map((b) => b?.color)]) {
      if (color !== undefined && !isColor(color)) return `not a #RRGGBB colour: "${color}"`;
    }
  }
  if (spec.tabColor !== null && !isColor(spec.tabColor)) return `not a #RRGGBB colour: "${spec.tabColor}"`;
  if (spec.freeze && (spec.freeze.rows < 0 || spec.freeze.columns < 0)) return "negative freeze";
  if (spec.print.repeatRows !== null && !rowSpan(spec.print.repeatRows))
    return `not a row range: "${spec.print.repeatRows}"`;

  const merges = spec.merges.map((m) => parseRange(m)).filter((m): m is RangeRef => m !== null);
  for (const [i, m] of merges.entries()) {
    if (m.top === m.bottom && m.left === m.right) return `merge of a single cell: ${spec.merges[i] ?? ""}`;
    if (merges.slice(0, i).some((other) => rangesOverlap(m, other)))
      return `merges overlap at ${spec.merges[i] ?? ""}`;
  }
  for (const validation of spec.validations) {
    const problem = inlineListProblem(validation.values);
    if (problem) return problem;
    // Excel's limits for the error alert's title and text.
    if (validation.errorTitle.length > 32) return "validation error title over 32 characters";
    if (validation.errorMessage.length > 225) return "validation error message over 225 characters";
  }
  const names = new Set<string>();
  for (const { name } of spec.names) {
    if (!isValidExcelName(name)) return `not a valid Excel name: "${name}"`;
    names.add(name.toLowerCase());
  }
  const table = spec.table;
  if (table) {
    const area = parseRange(table.range);
    if (!isValidExcelName(table.name)) return `not a valid table name: "${table.name}"`;
    if (!isTableStyle(table.style)) return `not a built-in table style: "${table.style}"`;
    // Excel keeps defined names and table names in one namespace.
    if (names.has(table.name.toLowerCase())) return `table name "${table.name}" is also a defined name`;
    if (area && merges.some((m) => rangesOverlap(m, area))) return "a merge overlaps the table";
    const header = area ? (spec.values[area.top - 1] ?? []) : [];
    for (const cell of header.slice((area?.left ?? 1) - 1, area?.right)) {
      if (cell.kind === "text" && /[\t\r\n]/.test(cell.text))
        return `table header "${cell.text}" contains a line break or tab`;
    }
  }
  return null;
}
