// Where the columns and rows of one of the add-in's tables go when it is written again. Columns
// that belong to users stay where they are and are never overwritten: columns users added (a
// header the add-in does not know), and columns a layout declares as theirs (e.g. a manager's
// decision). The add-in's own columns stay where users moved them; a column a newer layout adds is
// appended at the table's right edge. Rows are keyed (row-placement.ts).

import { cellAddress, rangeAddress, type GridCell } from "../sheet";
import { consecutiveRows, placeRows, type RowPlacement } from "./row-placement";

/** A column that belongs to users, at its sheet column, with the header it has there. */
export type UserColumn = { column: number; header: string };

/** The table as it stands in the sheet (read back), for placing a rewrite. */
export type ExistingTable<K extends string> = {
  headerRow: number;
  left: number;
  right: number;
  bottom: number;
  /** The sheet column of each of the add-in's columns found by its header. */
  columns: ReadonlyMap<K, number>;
  userColumns: readonly UserColumn[];
  /** The row of each key (first occurrence). */
  rows: ReadonlyMap<string, number>;
  /** Data rows that hold nothing (reused before the table grows). */
  blankRows: readonly number[];
  /** Users' cells per key: sheet column → cell as the sheet holds it. */
  userCells: ReadonlyMap<string, ReadonlyMap<number, GridCell>>;
};

export type TablePlacement<K extends string> = {
  headerRow: number;
  left: number;
  right: number;
  columnOf: (key: K) => number;
  /**
   * Columns users added (unknown headers), where they stand, and the layout's own columns whose
   * cells belong to users (`userKeys`: the layout writes their header, never their cells).
   */
  userColumns: readonly UserColumn[];
  /** Every column an update must not write: users' columns and the layout's columns of theirs. */
  keptColumns: readonly UserColumn[];
  rows: RowPlacement;
  /** Users' cells per key (carried over by key; a rebuild writes them, an update never touches them). */
  userCells: ReadonlyMap<string, ReadonlyMap<number, GridCell>>;
};

/**
 * @param keys the layout's own columns, in layout order
 * @param existing the table as it stands; null for a new sheet
 * @param rowKeys the keys of the rows, in order
 * @param inPlace true: rows keep their places (update); false: one after the other (new sheet,
 *   rebuild), in the order the sheet had them, new ones after
 */
export function placeTable<K extends string>(
  keys: readonly K[],
  existing: ExistingTable<K> | null,
  rowKeys: readonly string[],
  origin: { headerRow: number; left: number },
  inPlace: boolean,
  /** The layout's columns whose cells belong to users (e.g. a manager's decision). */
  userKeys: readonly K[] = [],
): TablePlacement<K> {
  // A rebuild puts the table back where the layout has it; its columns keep their order.
  const shift = existing && !inPlace ? origin.left - existing.left : 0;
  const columnOf = new Map<K, number>();
  let right = origin.left - 1;
  if (existing) {
    for (const [key, column] of existing.columns) columnOf.set(key, column + shift);
    right = existing.right + shift;
  }
  for (const key of keys) {
    if (!columnOf.has(key)) columnOf.set(key, ++right);
  }
  const headerRow = existing && inPlace ? existing.headerRow : origin.headerRow;
  const firstRow = headerRow + 1;
  let rows: RowPlacement;
  if (existing && inPlace) rows = placeRows(existing.rows, rowKeys, firstRow, existing.blankRows);
  else if (existing) {
    const order = [...existing.rows.entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
    const wanted = new Set(rowKeys);
    rows = consecutiveRows([...order.filter((k) => wanted.has(k)), ...rowKeys], firstRow);
  } else rows = consecutiveRows(rowKeys, firstRow);
  const owned = userKeys.flatMap((key) => {
    const column = columnOf.get(key);
    return column === undefined ? [] : [{ column, header: "" }];
  });
  const userColumns = (existing?.userColumns ?? []).map((u) => ({ ...u, column: u.column + shift }));
  const userCells =
    shift === 0
      ? (existing?.userCells ?? new Map<string, ReadonlyMap<number, GridCell>>())
      : new Map(
          [...(existing?.userCells ?? [])].map(([key, cells]) => [
            key,
            new Map([...cells].map(([column, cell]) => [column + shift, cell])),
          ]),
        );
  return {
    headerRow,
    left: existing && inPlace ? existing.left : origin.left,
    right,
    columnOf: (key) => columnOf.get(key) ?? origin.left,
    userColumns,
    keptColumns: [...userColumns, ...owned],
    rows,
    userCells,
  };
}

/** The last data row of the table: at least one data row, as Excel requires. */
export function tableBottom<K extends string>(placement: TablePlacement<K>): number {
  return Math.max(placement.rows.lastRow, placement.headerRow + 1);
}

/**
 * A1 ranges of users' cells an update must never write: their columns over the rows that hold a
 * key (rows of removed keys are cleared whole, or they would read back as a row without an id).
 */
export function keepRanges<K extends string>(placement: TablePlacement<K>): string[] {
  const rows = [...placement.rows.rowOf.values()].sort((a, b) => a - b);
  const runs: { top: number; bottom: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row });
  }
  const ranges: string[] = [];
  // Users' headers are theirs; the header of a layout column of theirs is the layout's.
  for (const { column } of placement.userColumns) ranges.push(cellAddress(placement.headerRow, column));
  for (const { column } of placement.keptColumns) {
    for (const run of runs)
      ranges.push(rangeAddress({ top: run.top, bottom: run.bottom, left: column, right: column }));
  }
  return ranges;
}
