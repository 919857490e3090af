// The list layout: one row per account under a header (one, two or three rows, anywhere in the first rows,
// titles above it) or an Excel table. Finds the header and sorts the rows below it into accounts and
// the rows that are not accounts (blank, headings, subtotals, notes, repeated headers).

import type { AccountField } from "../domain/account";
import { cellAt, contentRows, isBlank, lastColumn, lastRow, rowCells, type SheetGrid } from "../sheet";
import {
  headerText,
  matchHeaders,
  singleRowHeaders,
  threeRowHeaders,
  twoRowHeaders,
  type ColumnHeader,
  type HeaderCell,
} from "./header-rows";
import { scoreHeader } from "./headers";
import { classifyRow, isIndentedName, type RowContext, type SkippedKind } from "./row-kinds";

export { isTotalsText } from "./row-kinds";
export type { HeaderCell } from "./header-rows";

/** How far below the top of the used range a header row is looked for. */
export const HEADER_SCAN_ROWS = 20;

export type ListTable = {
  /** The first and the last header row (equal for a one-row header; two apart for three rows). */
  headerTop: number;
  headerRow: number;
  left: number;
  right: number;
  /** Last row that may hold data: the table's last row or the used range's. */
  bottom: number;
  /** Every column of the table with its header: what the user may choose a field's column from. */
  headers: readonly ColumnHeader[];
  /** Every column that names a field; a field may be named by several (two years, % and absolute). */
  candidates: readonly HeaderCell[];
  /** One column per recognised field, by the header alone (see bestByHeader). */
  columns: readonly HeaderCell[];
};

/** By the header alone: higher score, then the latest period, then the leftmost. */
function betterByHeader(a: HeaderCell, b: HeaderCell): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.period !== b.period) return a.period > b.period;
  return a.column < b.column;
}

export function bestByHeader(candidates: readonly HeaderCell[]): HeaderCell[] {
  const best = new Map<AccountField, HeaderCell>();
  for (const cell of candidates) {
    const current = best.get(cell.field);
    if (!current || betterByHeader(cell, current)) best.set(cell.field, cell);
  }
  return [...best.values()].sort((a, b) => a.column - b.column);
}

/** The recognised fields of one header row; a field named by several columns keeps the best one. */
export function matchHeaderRow(grid: SheetGrid, row: number, left: number, right: number): HeaderCell[] {
  return bestByHeader(matchHeaders(singleRowHeaders(grid, row, left, right)));
}

/** An account header names the account (name or id) and at least one more field. */
export function isAccountHeader(columns: readonly HeaderCell[]): boolean {
  return columns.some((c) => c.field === "name" || c.field === "id") && columns.length >= 2;
}

/** A header found, before the rows below it are known; `grouped`: its top row groups sub-headers. */
type Candidate = Omit<ListTable, "bottom"> & { grouped: boolean };

function candidate(headerTop: number, headerRow: number, headers: readonly ColumnHeader[]): Candidate {
  const candidates = matchHeaders(headers);
  const first = headers[0]?.column ?? 1;
  const last = headers.at(-1)?.column ?? first;
  return {
    headerTop,
    headerRow,
    left: first,
    right: last,
    headers,
    candidates,
    columns: bestByHeader(candidates),
    grouped: false,
  };
}

/** A header row holds labels: texts and years, no other numbers (those are a data row's). */
function labelsOnly(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (const [column, cell] of rowCells(grid, row)) {
    if (column < left) continue;
    if (column > right) break;
    if (isBlank(cell)) continue;
    if (typeof cell.value !== "string" && headerText(cell) === null) return false;
  }
  return true;
}

/**
 * True when the row above a header groups its columns: two or more labels, or one that does not
 * start at the left edge ("Umsatz (T€)" over two years). A lone title at the left edge does not.
 */
function groupsColumns(headers: readonly ColumnHeader[], left: number): boolean {
  const labels = headers.filter((h) => h.cells[0] !== null && h.cells[0] !== undefined);
  return labels.length >= 2 || (labels.length === 1 && labels[0]?.column !== left);
}

/**
 * The header ending at `row`: the row alone, or the row with the one above it (a two-row header)
 * when that reads more fields — or as many, when the row above groups the columns: its units and
 * years belong to the sub-headers. A title above a one-row header adds nothing.
 */
function headerEndingAt(
  grid: SheetGrid,
  row: number,
  sheetLeft: number,
  sheetRight: number,
  top: number,
): Candidate {
  return (
    threeRowHeaderEndingAt(grid, row, sheetLeft, sheetRight, top) ??
    upToTwoRowHeaderEndingAt(grid, row, sheetLeft, sheetRight, top)
  );
}

function upToTwoRowHeaderEndingAt(
  grid: SheetGrid,
  row: number,
  sheetLeft: number,
  sheetRight: number,
  top: number,
): Candidate {
  // Only the columns the header rows label: one stray value in XFD1 must not make every row of the
  // table 16,384 columns wide.
  const { left, right } = labelledSpan(grid, row - 1 < top ? [row] : [row - 1, row], sheetLeft, sheetRight);
  const single = candidate(row, row, singleRowHeaders(grid, row, left, right));
  if (row - 1 < top || !labelsOnly(grid, row - 1, left, right) || !labelsOnly(grid, row, left, right))
    return single;
  const pair = twoRowHeaders(grid, row - 1, left, right);
  if (!pair || !isAccountHeader(candidate(row - 1, row, pair).columns)) return single;
  const subHeaders = pair.filter((h) => h.cells[1] !== null && h.cells[1] !== undefined).length;
  const double = { ...candidate(row - 1, row, pair), grouped: groupsColumns(pair, left) && subHeaders >= 2 };
  if (!readsAll(double, single)) return single;
  const more = double.columns.length - single.columns.length;
  return more > 0 || (more === 0 && double.grouped) ? double : single;
}

/**
 * Three header rows ending at `row` when they read every field the two lower rows read and more
 * — or as many, their top row grouping the columns ("Umsatz & Marge" over "Umsatz" over "2025"):
 * the sub-labels over the years then name the figures. A title over a two-row header is no group.
 */
function threeRowHeaderEndingAt(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number,
  top: number,
): Candidate | null {
  if (row - 2 < top) return null;
  const { left: from, right: to } = labelledSpan(grid, [row - 2, row - 1, row], left, right);
  if (![row - 2, row - 1, row].every((r) => labelsOnly(grid, r, from, to))) return null;
  const triple = threeRowHeaders(grid, row - 2, from, to);
  if (!triple || !groupsColumns(triple, from)) return null;
  const found = { ...candidate(row - 2, row, triple), grouped: true };
  if (!isAccountHeader(found.columns)) return null;
  const pair = twoRowHeaders(grid, row - 1, from, to);
  const lower = pair
    ? candidate(row - 1, row, pair)
    : candidate(row, row, singleRowHeaders(grid, row, from, to));
  const upper = twoRowHeaders(grid, row - 2, from, to);
  const above = upper
    ? candidate(row - 2, row - 1, upper)
    : candidate(row - 1, row - 1, singleRowHeaders(grid, row - 1, from, to));
  return readsAll(found, lower) && readsAll(found, above) ? found : null;
}

/** The first and last column between `left` and `right` that hold a value in any of the rows. */
function labelledSpan(
  grid: SheetGrid,
  rows: readonly number[],
  left: number,
  right: number,
): { left: number; right: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    for (const [column, cell] of rowCells(grid, row)) {
      if (column < left || column > right || isBlank(cell)) continue;
      first = Math.min(first, column);
      last = Math.max(last, column);
    }
  }
  return first === Infinity ? { left, right: left } : { left: first, right: last };
}

/** True when `a` reads every field `b` reads (a two-row header must not lose what one row reads). */
function readsAll(a: Candidate, b: Candidate): boolean {
  return b.columns.every((c) => a.columns.some((d) => d.field === c.field));
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
    if (tableLeft > tableRight) continue;
    const found = headerEndingAt(grid, t.top, tableLeft, tableRight, top);
    if (isAccountHeader(found.columns)) fromTables.push({ ...found, bottom: Math.min(t.bottom, bottom) });
  }
  if (fromTables.length > 0) return fromTables;

  let best: Candidate | null = null;
  for (let row = top; row <= Math.min(bottom, top + HEADER_SCAN_ROWS - 1); row++) {
    const found = headerEndingAt(grid, row, left, right, top);
    if (!isAccountHeader(found.columns)) continue;
    // The best row with its sub-headers below it reads as much and more: units, years.
    const extends_ =
      best !== null &&
      found.headerTop <= best.headerRow &&
      found.headerRow > best.headerRow &&
      found.grouped &&
      readsAll(found, best);
    if (
      !best ||
      found.columns.length > best.columns.length ||
      (extends_ && found.columns.length === best.columns.length)
    )
      best = found;
  }
  return best ? [{ ...best, bottom }] : [];
}

export type SkippedRow = { row: number; kind: SkippedKind; text: string | null };

export type ListRows = {
  /** Rows that hold an account. */
  rows: number[];
  /** Hidden rows with content, skipped (reported, so nothing disappears silently). */
  hidden: number[];
  /** Headings, subtotals, notes and repeated headers between and under the accounts. */
  skipped: SkippedRow[];
};

/** The rows under the header, sorted; `idColumn` and `nameColumn` are the columns read as the key. */
export function listDataRows(
  grid: SheetGrid,
  table: ListTable,
  hiddenRows: ReadonlySet<number>,
  key: { idColumn: number | null; nameColumn: number | null },
): ListRows {
  // Only the columns that have a header (a stray value far right widens the table, not this map).
  const headerTexts = new Map(
    table.headers.filter((h) => h.cells.some((c) => c !== null)).map((h) => [h.column, h.cells]),
  );
  const ctx: RowContext = { grid, left: table.left, right: table.right, ...key, headerTexts };
  const rows: number[] = [];
  const hidden: number[] = [];
  const skipped: SkippedRow[] = [];
  // The row before: a group's companies are indented under it (and under each other).
  let previous: "group" | "member" | "other" = "other";
  // Only rows that hold values: the used range may reach row 1,048,576 for one stray cell.
  let first = true;
  for (const [row] of contentRows(grid, table.headerRow + 1, table.bottom)) {
    // A header in a second language right under the first ("Kunde" over "Customer") is a header.
    const kind = first && isTranslatedHeader(grid, row, table) ? "header" : classifyRow(ctx, row);
    first = false;
    if (kind === "blank") continue;
    const indented = kind === "account" && indentedName(grid, row, key);
    const member: boolean = indented && previous !== "other" && isGroupMember(grid, row, key);
    if (hiddenRows.has(row)) hidden.push(row);
    else if (member)
      skipped.push({ row, kind: "groupMember", text: firstText(grid, row, table.left, table.right) });
    else if (kind === "account") rows.push(row);
    else skipped.push({ row, kind, text: firstText(grid, row, table.left, table.right) });
    // Only a group row with figures of its own takes its companies in: where the figures stand on
    // the companies' rows alone, they are the accounts (nothing is summed behind the user's back).
    previous = member
      ? "member"
      : kind === "account" && !indented && holdsNumber(grid, row, table.left, table.right)
        ? "group"
        : "other";
  }
  return { rows, hidden, skipped };
}

type KeyColumns = { idColumn: number | null; nameColumn: number | null };

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * A row that names the same fields as the header above it, column by column — the header again in
 * another language, as international teams keep it ("Kunden-Nr. | Kunde" over "Customer no. |
 * Customer"): two or more such cells and no number.
 */
function isTranslatedHeader(grid: SheetGrid, row: number, table: ListTable): boolean {
  const fieldAt = new Map(table.candidates.map((c) => [c.column, c.field]));
  let same = 0;
  for (const [column, cell] of rowCells(grid, row)) {
    if (column < table.left || column > table.right) continue;
    if (typeof cell.value === "number") return false;
    if (typeof cell.value !== "string") continue;
    const field = fieldAt.get(column);
    if (field !== undefined && scoreHeader(cell.value.trim())?.field === field) same++;
  }
  return same >= 2;
}

function holdsNumber(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (const [column, cell] of rowCells(grid, row)) {
    if (column >= left && column <= right && typeof cell.value === "number") return true;
  }
  return false;
}

function indentedName(grid: SheetGrid, row: number, key: KeyColumns): boolean {
  const raw = key.nameColumn === null ? null : cellAt(grid, row, key.nameColumn).value;
  // Most names start with a letter: answered without the pattern.
  return typeof raw === "string" && raw !== "" && !LETTER_OR_DIGIT.test(raw[0] ?? "") && isIndentedName(raw);
}

/**
 * An indented row under a group ("  └ Tochter GmbH") is a company of that group when it has no
 * account id of its own where the group rows carry one. The group is the key account; its row holds the
 * group's figures, so the companies are part of it, not accounts beside it.
 */
function isGroupMember(grid: SheetGrid, row: number, key: KeyColumns): boolean {
  return key.idColumn === null || isBlank(cellAt(grid, row, key.idColumn));
}

function firstText(grid: SheetGrid, row: number, left: number, right: number): string | null {
  for (const [column, cell] of rowCells(grid, row)) {
    if (column < left) continue;
    if (column > right) break;
    const text = headerText(cell);
    if (text !== null) return text;
  }
  return null;
}
