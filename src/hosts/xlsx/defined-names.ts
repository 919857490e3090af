// Workbook-scoped defined names through exceljs' DefinedNames, which keeps names as sets of cells
// and serialises them back to A1 ranges (`'My Sheet'!$A$1:$B$2`).

import type { Workbook } from "exceljs";
import {
  columnLetter,
  parseRange,
  quoteSheet,
  splitSheetReference,
  type NamedRange,
  type RangeRef,
} from "../../sheet";

/** Excel's built-in names (_xlnm.Print_Area, _xlnm._FilterDatabase …) are not user names. */
export function isBuiltInName(name: string): boolean {
  return name.toLowerCase().startsWith("_xlnm.");
}

/** Names that refer to one rectangular range on one sheet. */
export function namedRanges(workbook: Workbook): NamedRange[] {
  const names: NamedRange[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    const [only, ...more] = ranges;
    if (isBuiltInName(name) || only === undefined || more.length > 0) continue;
    const reference = splitSheetReference(only);
    if (reference && parseRange(reference.address)) names.push({ name, ...reference });
  }
  return names;
}

/** Removes every name `remove` picks, with all its ranges. */
export function removeNames(workbook: Workbook, remove: (name: string) => boolean): void {
  const model = workbook.definedNames.model;
  const kept = model.filter((n) => !remove(n.name));
  if (kept.length !== model.length) workbook.definedNames.model = kept;
}

export function absoluteRange(range: RangeRef): string {
  const tl = `$${columnLetter(range.left)}$${range.top}`;
  const br = `$${columnLetter(range.right)}$${range.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Declares `name` for a range on `sheet`, replacing a name of that name in any case (as Excel would). */
export function declareName(workbook: Workbook, name: string, sheet: string, range: RangeRef): void {
  const lower = name.toLowerCase();
  removeNames(workbook, (n) => n.toLowerCase() === lower);
  workbook.definedNames.add(`${quoteSheet(sheet)}!${absoluteRange(range)}`, name);
}
