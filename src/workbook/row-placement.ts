// Where keyed rows go when a sheet the add-in owns is written again: a row that exists keeps its
// place (a co-author's cursor, their own columns beside it and the rows around it stay where they
// are); a new key takes a row that became free, else the next row after the last one; the rows of
// keys that are gone are cleared. Used for goal rows (by goal id), review rows (by account) and
// the settings rows (by key).

export type RowPlacement = {
  /** The row of every wanted key. */
  rowOf: ReadonlyMap<string, number>;
  /** Rows that held a key that is gone, or were free and stay unused: their contents are cleared. */
  cleared: readonly number[];
  /** The last row holding a key (firstRow - 1 when there is none). */
  lastRow: number;
};

/**
 * @param existing the rows keys stand in now
 * @param wanted the keys to place, in order (new ones take free rows in this order)
 * @param firstRow the first row keys may use
 * @param free rows without a key that may be reused (blank rows inside a table)
 */
export function placeRows(
  existing: ReadonlyMap<string, number>,
  wanted: readonly string[],
  firstRow: number,
  free: readonly number[] = [],
): RowPlacement {
  const want = new Set(wanted);
  const rowOf = new Map<string, number>();
  const open = new Set(free.filter((r) => r >= firstRow));
  for (const [key, row] of existing) {
    if (want.has(key) && !rowOf.has(key) && row >= firstRow) rowOf.set(key, row);
    else open.add(row);
  }
  for (const row of rowOf.values()) open.delete(row);
  const available = [...open].filter((r) => r >= firstRow).sort((a, b) => a - b);
  let next = firstRow;
  for (const row of [...existing.values(), ...free]) next = Math.max(next, row + 1);
  for (const key of wanted) {
    if (rowOf.has(key)) continue;
    const row = available.shift() ?? next++;
    rowOf.set(key, row);
  }
  const used = new Set(rowOf.values());
  let lastRow = firstRow - 1;
  for (const row of used) lastRow = Math.max(lastRow, row);
  return {
    rowOf,
    cleared: [...open].filter((r) => !used.has(r)).sort((a, b) => a - b),
    lastRow,
  };
}

/** Rows in order for a sheet written from scratch: the keys one after the other. */
export function consecutiveRows(wanted: readonly string[], firstRow: number): RowPlacement {
  const rowOf = new Map<string, number>();
  for (const key of wanted) if (!rowOf.has(key)) rowOf.set(key, firstRow + rowOf.size);
  return { rowOf, cleared: [], lastRow: firstRow + rowOf.size - 1 };
}
