// An update of one of the add-in's sheets (SheetWrite "update"): the spec as the sheet should be,
// users' columns kept (never written), and the spec stretched over what the add-in wrote there
// before, so that an update also clears what the layout no longer has (a shorter review's old
// totals and notes).

import { keepRanges, type TablePlacement } from "../workbook/table-placement";
import type { SheetGrid, SheetSpec, SheetWrite } from "../sheet";

/**
 * The spec extended with empty cells over the rows below its end that hold something in its
 * columns (users' columns left out), so an update clears them.
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

/** The update of an existing sheet of the add-in, as read in `grid`. */
export function updateWrite<K extends string>(
  spec: SheetSpec,
  grid: SheetGrid,
  placement: TablePlacement<K> | null,
): SheetWrite {
  const keep = placement ? keepRanges(placement) : [];
  const kept = new Set(placement?.keptColumns.map((c) => c.column) ?? []);
  return { mode: "update", spec: padOverOld(spec, grid, kept), keep, expected: grid };
}
