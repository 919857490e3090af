// How each of the add-in's sheets is written: created when it is not there; updated in place when
// it is (only what changed, users' columns untouched, rows in their places); rebuilt only when its
// layout cannot be updated in place — and then only when nobody else is editing the workbook and
// the user agreed (the host refuses a rebuild under co-authoring as well).

import { parseRange, type NamedRange, type SheetGrid, type SheetSpec, type SheetWrite } from "../sheet";
import { rowCells } from "../sheet";
import { sameName } from "../workbook/planner-names";
import { keepRanges, type TablePlacement } from "../workbook/table-placement";

/** True when the sheet's defined names stand where the spec puts them (the heading was not moved). */
export function namesInPlace(spec: SheetSpec, sheet: string, names: readonly NamedRange[]): boolean {
  return spec.names.every((wanted) => {
    const found = names.find((n) => sameName(n.name, wanted.name));
    const a = found && sameName(found.sheet, sheet) ? parseRange(found.address) : null;
    const b = parseRange(wanted.range);
    return (
      a !== null &&
      b !== null &&
      a.top === b.top &&
      a.left === b.left &&
      a.bottom === b.bottom &&
      a.right === b.right
    );
  });
}

/**
 * The spec extended with empty cells over what the add-in wrote before (rows with content in its
 * columns below the new layout's end: a shorter review's old totals and notes), so an update
 * clears them. Users' columns are left out.
 */
export function padOverOld(spec: SheetSpec, grid: SheetGrid, kept: ReadonlySet<number>): SheetSpec {
  const width = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  let last = spec.values.length;
  for (const [row, cells] of grid.rows) {
    if (row <= last) continue;
    for (const column of cells.keys()) {
      if (column <= width && !kept.has(column)) {
        last = row;
        break;
      }
    }
  }
  if (last === spec.values.length) return spec;
  const values = [...spec.values];
  while (values.length < last) values.push([]);
  return { ...spec, values };
}

/** An update of an existing sheet of the add-in: users' columns kept, the old content covered. */
export function updateWrite<K extends string>(
  spec: SheetSpec,
  grid: SheetGrid,
  placement: TablePlacement<K> | null,
): SheetWrite {
  const keep = placement ? keepRanges(placement) : [];
  const kept = new Set(placement?.keptColumns.map((c) => c.column) ?? []);
  return { mode: "update", spec: padOverOld(spec, grid, kept), keep, expected: grid };
}

/** True when the grid has any value (a sheet users emptied is rewritten like a new one). */
export function hasValues(grid: SheetGrid): boolean {
  for (const [row] of grid.rows) if (rowCells(grid, row).size > 0) return true;
  return false;
}
