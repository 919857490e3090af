// The profile matrix: a handful of key accounts side by side, one column per account and the
// fields down the first column ("Kunde | Stadtwerke … | Klinikverbund … | Hafen …"). Read as one
// profile per account column — each column with the labels beside it — so that no account's
// figures are taken from its neighbour's column.

import { isBlank, rowCells, type GridRow, type SheetGrid } from "../sheet";
import { isExactHeader } from "./headers";
import type { Profile } from "./profile-layout";

/** A matrix names at least this many accounts across; one name beside its label is a profile. */
const MIN_ACCOUNTS = 2;

/**
 * The account columns of a matrix: the columns right of the name (else id) label that hold a text
 * in its row (not a label, not a year); null when the profile is an ordinary one (one value beside
 * its label) or its labels do not stand in one column.
 */
export function matrixColumns(grid: SheetGrid, profile: Profile): number[] | null {
  const key = profile.labels.find((l) => l.field === "name") ?? profile.labels.find((l) => l.field === "id");
  if (!key || key.inCell || key.valueColumn === null) return null;
  const labelColumn = key.labelColumn;
  // Most labels in the key's column: side-by-side profiles ("Kunde | X || Region | Y") are not a matrix.
  const inColumn = profile.labels.filter((l) => l.labelColumn === labelColumn && !l.inCell).length;
  if (inColumn * 2 < profile.labels.length + 1) return null;
  const columns: number[] = [];
  for (const [column, cell] of rowCells(grid, key.row)) {
    if (column <= labelColumn || isBlank(cell)) continue;
    const value = cell.value;
    if (typeof value !== "string" && !(key.field === "id" && typeof value === "number")) return null;
    if (typeof value === "string" && isExactHeader(value.trim())) return null;
    columns.push(column);
  }
  return columns.length >= MIN_ACCOUNTS ? columns : null;
}

/** The sheet as one account column sees it: every column up to the labels', and that column. */
export function accountColumnGrid(grid: SheetGrid, labelColumn: number, column: number): SheetGrid {
  const rows = new Map<number, GridRow>();
  for (const [row, cells] of grid.rows) {
    const kept = new Map([...cells].filter(([c]) => c <= labelColumn || c === column));
    if (kept.size > 0) rows.set(row, kept);
  }
  const used = [...rows.keys()];
  return {
    ...grid,
    rows,
    firstRow: used[0] ?? grid.firstRow,
    lastRow: used.at(-1) ?? grid.firstRow,
    lastColumn: column,
    tables: [],
    merges: grid.merges.filter((m) => m.right <= labelColumn || (m.left === column && m.right === column)),
  };
}
