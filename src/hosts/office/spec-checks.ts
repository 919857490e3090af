// A SheetSpec comes from the add-in's own layouts; anything Excel would reject is a layout bug and is
// reported before the workbook is touched (code "invalidSpec"), not halfway through a write.

import { parseRange } from "../../workbook/a1";
import type { SheetSpec } from "../../workbook/sheet-spec";
import { OfficeHostError } from "./errors";
import { styleExtent } from "./style-layers";

/** Excel's limit for an inline dropdown list ("a,b,c") in a data validation. */
export const MAX_INLINE_LIST = 255;
/** Styles are resolved cell by cell; anything larger is a layout bug, not a sheet. */
const MAX_STYLED_CELLS = 5_000_000;

const COLOR = /^#[0-9a-f]{6}$/i;
const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^[Rr](\d*)([Cc](\d*))?$|^[Cc]\d*$/;

export function isValidExcelName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !A1_LIKE.test(name) &&
    !R1C1_LIKE.test(name)
  );
}

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** "8:8", "8", "$8:$9" → "8:9"-style row span, else null. */
export function rowSpan(rows: string): { first: number; last: number } | null {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  return first >= 1 && last >= first ? { first, last } : null;
}

export function checkSpec(spec: SheetSpec): void {
  const fail = (detail: string): never => {
    throw new OfficeHostError("invalidSpec", { sheet: spec.name, detail });
  };
  if (!isValidSheetName(spec.name)) fail(`not a valid sheet name: "${spec.name}"`);
  const area = (address: string) => parseRange(address) ?? fail(`not an A1 range: "${address}"`);
  for (const { range, style } of spec.styles) {
    area(range);
    const borders = [style.borderTop, style.borderBottom, style.borderLeft, style.borderRight];
    for (const color of [style.fill, style.fontColor, ...borders.map((b) => b?.color)]) {
      if (color !== undefined && !COLOR.test(color)) fail(`not a #RRGGBB colour: "${color}"`);
    }
  }
  const extent = styleExtent(spec);
  if (extent.rows * extent.columns > MAX_STYLED_CELLS)
    fail(`${extent.rows} × ${extent.columns} cells is too large`);
  spec.merges.forEach(area);
  if (spec.tabColor !== null && !COLOR.test(spec.tabColor)) fail(`not a #RRGGBB colour: "${spec.tabColor}"`);
  if (spec.freeze && (spec.freeze.rows < 0 || spec.freeze.columns < 0)) fail("negative freeze");
  if (spec.print.repeatRows !== null && !rowSpan(spec.print.repeatRows)) {
    fail(`not a row range: "${spec.print.repeatRows}"`);
  }
  for (const validation of spec.validations) {
    area(validation.range);
    if (validation.values.some((v) => v.includes(","))) fail("an inline list value cannot contain a comma");
    const length = validation.values.join(",").length;
    if (length > MAX_INLINE_LIST)
      fail(`inline list is ${length} characters, Excel allows ${MAX_INLINE_LIST}`);
  }
  const names = new Set<string>();
  for (const { name, range } of spec.names) {
    if (!isValidExcelName(name)) fail(`not a valid Excel name: "${name}"`);
    names.add(name.toLowerCase());
    area(range);
  }
  if (spec.table) {
    area(spec.table.range);
    if (!isValidExcelName(spec.table.name)) fail(`not a valid table name: "${spec.table.name}"`);
    if (names.has(spec.table.name.toLowerCase()))
      fail(`table name "${spec.table.name}" is also a defined name`);
  }
}
