// The profile matrix: a handful of key accounts side by side, one column per account and the
// fields down the first column ("Kunde | Stadtwerke … | Klinikverbund … | Hafen …"), or the
// accounts' names as a row of their own over the labels with the corner left empty. Read as one
// profile per account column — each column with the labels beside it — so that no account's
// figures are taken from its neighbour's column.

import { cellAt, contentRows, isBlank, lastRow, rowCells, type GridRow, type SheetGrid } from "../sheet";
import { isExactHeader, scoreActuals, scoreHeader } from "./headers";
import type { Profile } from "./profile-layout";

/** A matrix names at least this many accounts across; one name beside its label is a profile. */
const MIN_ACCOUNTS = 2;
/** Labels down the label column that make a matrix of a sheet whose account names have no label. */
const MIN_LABELS = 3;
/** Matrices are short: labels further down are not looked for. */
const SCAN_ROWS = 100;

export type Matrix = {
  labelColumn: number;
  /** One column per account, left to right. */
  columns: number[];
  /** The row naming the accounts when no label names it (an empty corner, "Kennzahl"); else null. */
  namesRow: number | null;
  /** That row's text in the label column ("" for an empty corner). */
  corner: string;
};

/** The label the view of one account column gives a names row without one: a weak name word. */
export const NAMES_LABEL = "Name";

/** Texts right of the label column in a row (not labels themselves); null when a cell is no name. */
function accountCells(
  grid: SheetGrid,
  row: number,
  labelColumn: number,
  numbersToo: boolean,
): number[] | null {
  const columns: number[] = [];
  for (const [column, cell] of rowCells(grid, row)) {
    if (column <= labelColumn || isBlank(cell)) continue;
    const value = cell.value;
    if (typeof value !== "string" && !(numbersToo && typeof value === "number")) return null;
    if (typeof value === "string" && isExactHeader(value.trim())) return null;
    columns.push(column);
  }
  return columns;
}

/**
 * The matrix a sheet holds: a profile whose name (else id) label has a text in two or more columns
 * of its row; or, with no name label, labels down one column under a row of two or more account
 * names whose own label cell is empty or names no field. Null for an ordinary profile (one value
 * beside its label, or a value per year) and for side-by-side label/value pairs.
 */
export function findMatrix(grid: SheetGrid, profile: Profile | null): Matrix | null {
  const name = profile?.labels.find((l) => l.field === "name");
  if (profile && name) {
    if (name.inCell || name.valueColumn === null) return null;
    // Most labels in the name's column: side-by-side profiles ("Kunde | X || Region | Y") are not a matrix.
    const inColumn = profile.labels.filter((l) => l.labelColumn === name.labelColumn && !l.inCell).length;
    if (inColumn * 2 < profile.labels.length + 1) return null;
    const columns = accountCells(grid, name.row, name.labelColumn, false);
    return columns && columns.length >= MIN_ACCOUNTS
      ? { labelColumn: name.labelColumn, columns, namesRow: null, corner: "" }
      : null;
  }
  return namesRowMatrix(grid);
}

function namesRowMatrix(grid: SheetGrid): Matrix | null {
  const bottom = Math.min(lastRow(grid), grid.firstRow + SCAN_ROWS - 1);
  const labelsIn = new Map<number, number[]>();
  for (const [row, cells] of contentRows(grid, grid.firstRow, bottom)) {
    const first = [...cells].find(([, cell]) => !isBlank(cell));
    if (!first || typeof first[1].value !== "string") continue;
    const text = first[1].value.trim();
    if (text.length <= 60 && (scoreHeader(text) ?? scoreActuals(text)) !== null)
      labelsIn.set(first[0], [...(labelsIn.get(first[0]) ?? []), row]);
  }
  const [labelColumn, rows] = [...labelsIn].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  const firstLabel = rows[0];
  if (rows.length < MIN_LABELS || firstLabel === undefined) return null;
  // The nearest row above the labels that names two or more accounts.
  for (let row = firstLabel - 1; row >= Math.max(grid.firstRow, firstLabel - 3); row--) {
    const corner = cellAt(grid, row, labelColumn);
    const cornerText = typeof corner.value === "string" ? corner.value.trim() : "";
    if (!isBlank(corner) && (typeof corner.value !== "string" || scoreHeader(cornerText) !== null))
      return null;
    const columns = accountCells(grid, row, labelColumn, false);
    // Each account column holds values beside most labels: two texts above one profile's values
    // ("Stand: 2026 | Quelle: CRM") name no accounts.
    const filled = (column: number) => rows.filter((r) => !isBlank(cellAt(grid, r, column))).length;
    if (columns && columns.length >= MIN_ACCOUNTS && columns.every((c) => filled(c) * 2 >= rows.length))
      return { labelColumn, columns, namesRow: row, corner: cornerText };
    if (columns && columns.length > 0) return null;
  }
  return null;
}

/**
 * The sheet as one account column sees it: every column up to the labels', and that column; a
 * names row without a label gets the name label, so the column reads as a profile of its own.
 */
export function accountColumnGrid(grid: SheetGrid, matrix: Matrix, column: number): SheetGrid {
  const { labelColumn, namesRow } = matrix;
  const rows = new Map<number, GridRow>();
  for (const [row, cells] of grid.rows) {
    const kept = new Map([...cells].filter(([c]) => c <= labelColumn || c === column));
    if (row === namesRow) kept.set(labelColumn, { value: NAMES_LABEL, format: "General" });
    if (kept.size > 0) rows.set(row, new Map([...kept].sort((a, b) => a[0] - b[0])));
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
