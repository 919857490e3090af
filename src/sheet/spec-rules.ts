// What Excel itself refuses in a sheet, checked on a SheetSpec before any host touches a workbook.
// Specs come from the add-in's own layouts, so a problem here is a layout bug; both hosts report it
// before writing anything (and add the checks that need the workbook at hand).

import { isIsoDate } from "../domain/dates";
import { parseRange, type RangeRef } from "./a1";
import type { ChartSpec, ConditionalFormat, SheetSpec } from "./sheet-spec";

/** Excel's limit for the text of a formula. */
export const MAX_FORMULA_LENGTH = 8192;
/** Excel's limit for a text literal inside a formula ("…"). */
export const MAX_FORMULA_TEXT = 255;
/** Excel's limit for a chart title and a data label's text. */
const MAX_CHART_TEXT = 255;

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

function conditionalFormatProblem(cf: ConditionalFormat): string | null {
  if (parseRange(cf.range) === null) return `not an A1 range: "${cf.range}"`;
  if (!cf.formula.startsWith("=")) return `conditional format formula must start with "=": "${cf.formula}"`;
  if (cf.formula.length > MAX_FORMULA_LENGTH) return "conditional format formula too long";
  for (const color of [cf.style.fill, cf.style.fontColor]) {
    if (color !== undefined && !isColor(color)) return `not a #RRGGBB colour: "${color}"`;
  }
  return null;
}

const rowsOf = (r: RangeRef) => r.bottom - r.top + 1;

function chartProblem(chart: ChartSpec): string | null {
  if (chart.name.trim() === "") return "a chart needs a name";
  if (chart.title.length > MAX_CHART_TEXT) return `chart title over ${MAX_CHART_TEXT} characters`;
  const from = parseRange(chart.from);
  const to = parseRange(chart.to);
  if (!from || !to) return `chart "${chart.name}": not an A1 cell: "${from ? chart.to : chart.from}"`;
  if (to.top < from.top || to.left < from.left) return `chart "${chart.name}": corners in the wrong order`;
  for (const axis of [chart.x, chart.y]) {
    if (!(axis.min < axis.max) || !(axis.majorUnit > 0)) return `chart "${chart.name}": bad axis scale`;
  }
  if (chart.series.length === 0) return `chart "${chart.name}" has no series`;
  for (const series of chart.series) {
    const ranges = [series.x, series.y, series.size].map((a) => parseRange(a));
    if (ranges.some((r) => r === null || r.left !== r.right))
      return `chart "${chart.name}": series "${series.name}" needs one column per range`;
    const [x, y, size] = ranges as [RangeRef, RangeRef, RangeRef];
    if (rowsOf(x) !== rowsOf(y) || rowsOf(x) !== rowsOf(size))
      return `chart "${chart.name}": series "${series.name}" has ranges of different lengths`;
    if (series.fill !== null && !isColor(series.fill)) return `not a #RRGGBB colour: "${series.fill}"`;
    if (!(series.transparency >= 0 && series.transparency <= 1))
      return `chart "${chart.name}": transparency outside 0…1`;
    for (const label of series.labels) {
      if (!Number.isInteger(label.index) || label.index < 0 || label.index >= rowsOf(x))
        return `chart "${chart.name}": label for point ${label.index} outside the series`;
      if (label.text.length > MAX_CHART_TEXT) return `chart label over ${MAX_CHART_TEXT} characters`;
    }
  }
  return null;
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
      if (value.kind === "formula" && value.formula.length > MAX_FORMULA_LENGTH)
        return `${at}: formula over Excel's ${MAX_FORMULA_LENGTH} characters`;
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
  for (const cf of spec.conditionalFormats ?? []) {
    const problem = conditionalFormatProblem(cf);
    if (problem) return problem;
  }
  const chartNames = new Set<string>();
  for (const chart of spec.charts ?? []) {
    const problem = chartProblem(chart);
    if (problem) return problem;
    if (chartNames.has(chart.name.toLowerCase())) return `two charts named "${chart.name}"`;
    chartNames.add(chart.name.toLowerCase());
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
