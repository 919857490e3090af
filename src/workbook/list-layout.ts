// The list layout: one row per account under a header row (anywhere in the first rows, titles
// above it) or an Excel table. Finds the header and the rows that hold accounts, skipping blank,
// totals, note and repeated header rows.

import type { AccountField } from "../domain/account";
import { cellAt, contentRows, isBlank, lastColumn, lastRow, rowCells, type SheetGrid } from "../sheet";
import type { HeaderLanguage } from "./headers";
import { foldText, headerYear, scoreHeader } from "./headers";
import { readText } from "./account-values";

/** How far below the top of the used range a header row is looked for. */
export const HEADER_SCAN_ROWS = 20;

export type HeaderCell = {
  field: AccountField;
  column: number;
  header: string;
  score: number;
  language: HeaderLanguage | null;
};

export type ListTable = {
  headerRow: number;
  left: number;
  right: number;
  /** Last row that may hold data: the table's last row or the used range's. */
  bottom: number;
  /** One column per recognised field. */
  columns: HeaderCell[];
};

/** The recognised fields of a header row; a field named by several columns keeps the best one. */
export function matchHeaderRow(grid: SheetGrid, row: number, left: number, right: number): HeaderCell[] {
  const found: HeaderCell[] = [];
  for (const [column, { value }] of rowCells(grid, row)) {
    if (column < left || column > right || typeof value !== "string") continue;
    const match = scoreHeader(value.trim());
    if (match) found.push({ ...match, column, header: value.trim() });
  }
  const best = new Map<AccountField, HeaderCell>();
  for (const cell of found) {
    const current = best.get(cell.field);
    if (!current || better(cell, current)) best.set(cell.field, cell);
  }
  return [...best.values()].sort((a, b) => a.column - b.column);
}

/** Higher score wins; then the latest year named ("Umsatz 2025" over "Umsatz 2024"); then the leftmost. */
function better(a: HeaderCell, b: HeaderCell): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const ya = headerYear(a.header) ?? -1;
  const yb = headerYear(b.header) ?? -1;
  return ya !== yb ? ya > yb : a.column < b.column;
}

/** An account header names the account (name or id) and at least one more field. */
export function isAccountHeader(columns: readonly HeaderCell[]): boolean {
  return columns.some((c) => c.field === "name" || c.field === "id") && columns.length >= 2;
}

export function findListTables(grid: SheetGrid): ListTable[] {
  const top = grid.firstRow;
  const bottom = lastRow(grid);
  const left = grid.firstColumn;
  const right = lastColumn(grid);
  const fromTables: ListTable[] = [];
  for (const t of grid.tables) {
    if (!t.hasHeader || !(t.top >= top && t.top <= bottom)) continue;
    const tableLeft = Math.max(t.left, left);
    const tableRight = Math.min(t.right, right);
    const columns = matchHeaderRow(grid, t.top, tableLeft, tableRight);
    if (isAccountHeader(columns)) {
      fromTables.push({
        headerRow: t.top,
        left: tableLeft,
        right: tableRight,
        bottom: Math.min(t.bottom, bottom),
        columns,
      });
    }
  }
  if (fromTables.length > 0) return fromTables;

  let best: ListTable | null = null;
  for (let row = top; row <= Math.min(bottom, top + HEADER_SCAN_ROWS - 1); row++) {
    const columns = matchHeaderRow(grid, row, left, right);
    if (isAccountHeader(columns) && (!best || columns.length > best.columns.length)) {
      best = { headerRow: row, left, right, bottom, columns };
    }
  }
  return best ? [best] : [];
}

const TOTALS_WORDS: readonly string[] = [
  "summe",
  "summen",
  "gesamt",
  "gesamtsumme",
  "insgesamt",
  "zwischensumme",
  "endsumme",
  "gesamtergebnis",
  // German Excel writes "Ergebnis" into a table's totals row.
  "ergebnis",
  "total",
  "totals",
  "sum",
  "subtotal",
  "sub-total",
  "grand total",
];

/** "Gesamt", "Summe Region Nord", "Total:" — a totals label, alone or leading the cell. */
export function isTotalsText(text: string): boolean {
  const folded = foldText(text)
    .trim()
    .replace(/[:.\s]+$/, "");
  return TOTALS_WORDS.some((w) => folded === w || folded.startsWith(`${w} `) || folded.startsWith(`${w}:`));
}

function filledCells(grid: SheetGrid, row: number, left: number, right: number): number {
  let filled = 0;
  for (const [column, cell] of rowCells(grid, row)) {
    if (column >= left && column <= right && !isBlank(cell)) filled++;
  }
  return filled;
}

function rowBlank(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (const [column, cell] of rowCells(grid, row)) {
    if (column >= left && column <= right && !isBlank(cell)) return false;
  }
  return true;
}

function hasTotalsLabel(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (const [column, { value }] of rowCells(grid, row)) {
    if (column >= left && column <= right && typeof value === "string" && isTotalsText(value)) return true;
  }
  return false;
}

/** A header repeated further down (stacked blocks): two or more cells repeat their column's header. */
function isRepeatedHeader(grid: SheetGrid, row: number, columns: readonly HeaderCell[]): boolean {
  let same = 0;
  for (const c of columns) {
    const value = cellAt(grid, row, c.column).value;
    if (typeof value === "string" && value.trim().toLowerCase() === c.header.toLowerCase()) same++;
  }
  return same >= 2;
}

export type ListRows = {
  /** Rows that hold an account. */
  rows: number[];
  /** Hidden rows with content, skipped (reported, so nothing disappears silently). */
  hidden: number[];
};

export function listDataRows(grid: SheetGrid, table: ListTable, hiddenRows: ReadonlySet<number>): ListRows {
  const idColumn = table.columns.find((c) => c.field === "id")?.column ?? null;
  const nameColumn = table.columns.find((c) => c.field === "name")?.column ?? null;
  const textAt = (row: number, column: number | null) =>
    column === null ? null : readText(cellAt(grid, row, column));
  const rows: number[] = [];
  const hidden: number[] = [];
  let titleCandidate: number | null = null;
  // Only rows that hold values: the used range may reach row 1,048,576 for one stray cell.
  for (const [row] of contentRows(grid, table.headerRow + 1, table.bottom)) {
    if (rowBlank(grid, row, table.left, table.right)) continue;
    if (hiddenRows.has(row)) {
      hidden.push(row);
      continue;
    }
    const id = textAt(row, idColumn);
    const name = textAt(row, nameColumn);
    if ((id === null || isTotalsText(id)) && hasTotalsLabel(grid, row, table.left, table.right)) continue;
    if (id === null && name === null) continue;
    if (isRepeatedHeader(grid, row, table.columns)) {
      // A single-cell row right above a repeated header is the block's title ("Region Süd").
      if (titleCandidate !== null && rows.at(-1) === titleCandidate) rows.pop();
      continue;
    }
    rows.push(row);
    titleCandidate = filledCells(grid, row, table.left, table.right) === 1 ? row : null;
  }
  return { rows, hidden };
}
