// The manager's columns of the review sheet — decision, next step, reviewed by, on — belong to
// management: the add-in never computes them. Before the review sheet is written again they are read
// back per account (by header text in either language, any column order, the way the goal table is
// read) and put into the new layout at the same place, so a decision survives every rewrite.

import {
  cellAt,
  contentRows,
  isBlank,
  lastRow,
  rowCells,
  type GridCell,
  type NamedRange,
  type SheetGrid,
} from "../sheet";
import { LANGUAGES } from "../domain/plan";
import { MANAGER_COLUMN_KEYS, REVIEW_HEADERS, type ManagerColumnKey } from "../i18n/sheets";
import { foldText } from "./headers";
import { ownershipOfGrids } from "./ownership";
import { isReviewTable, sameName } from "./planner-names";

/** One account's entries: as the sheet named the account, and the four cells as they stood. */
export type ManagerEntry = {
  account: string;
  cells: Readonly<Record<ManagerColumnKey, GridCell | null>>;
};

/** By account key, folded (see managerKey). */
export type ManagerEntries = ReadonlyMap<string, ManagerEntry>;

export const NO_MANAGER_ENTRIES: ManagerEntries = new Map();

/** Account keys compare as Excel compares them: trimmed, case-insensitive. */
export function managerKey(accountKey: string): string {
  return accountKey.trim().toLocaleLowerCase();
}

const key = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, "");

type HeaderKey = ManagerColumnKey | "id" | "name";
const HEADER_KEYS: ReadonlyMap<string, HeaderKey> = new Map(
  LANGUAGES.flatMap((language) =>
    (["id", "name", ...MANAGER_COLUMN_KEYS] as const).map((column): [string, HeaderKey] => [
      key(REVIEW_HEADERS[language][column]),
      column,
    ]),
  ),
);

function cellText(cell: GridCell): string | null {
  if (cell.value === null) return null;
  const text = String(cell.value).trim();
  return text === "" ? null : text;
}

/**
 * The add-in's review sheet, as ownership.ts proves it: a user's sheet that carries the marker name or
 * a table called KAM_Review is not it (its cells are no manager's entries).
 */
export function findReviewSheet(grids: readonly SheetGrid[], names: readonly NamedRange[]): SheetGrid | null {
  const review = ownershipOfGrids(grids, names).review;
  return review === null ? null : (grids.find((g) => sameName(g.name, review)) ?? null);
}

type Header = { row: number; bottom: number; columns: Map<HeaderKey, number> };

function headerOf(grid: SheetGrid): Header | null {
  const table = grid.tables.find((t) => isReviewTable(t.name));
  const scan = table
    ? [table.top]
    : [...contentRows(grid, grid.firstRow, Math.min(lastRow(grid), 40))].map(([r]) => r);
  for (const row of scan) {
    const columns = new Map<HeaderKey, number>();
    for (const [column, cell] of rowCells(grid, row)) {
      const text = cellText(cell);
      const found = text === null ? undefined : HEADER_KEYS.get(key(text));
      if (found !== undefined && !columns.has(found)) columns.set(found, column);
    }
    const named = columns.has("id") || columns.has("name");
    if (named && MANAGER_COLUMN_KEYS.some((k) => columns.has(k))) {
      return { row, bottom: table?.bottom ?? lastRow(grid), columns };
    }
  }
  return null;
}

/**
 * Where each account's decision cell is on a review sheet (1-based row and column), by account key,
 * so a surface can select it for the manager; empty when the sheet has no decision column.
 */
export function decisionCells(grid: SheetGrid): ReadonlyMap<string, { row: number; column: number }> {
  const header = headerOf(grid);
  const column = header?.columns.get("decision");
  if (!header || column === undefined) return new Map();
  const cells = new Map<string, { row: number; column: number }>();
  const textAt = (row: number, k: HeaderKey) => {
    const c = header.columns.get(k);
    return c === undefined ? null : cellText(cellAt(grid, row, c));
  };
  for (const [row] of contentRows(grid, header.row + 1, header.bottom)) {
    const account = textAt(row, "id") ?? textAt(row, "name");
    if (account !== null && !cells.has(managerKey(account))) cells.set(managerKey(account), { row, column });
  }
  return cells;
}

/**
 * The manager's entries on a review sheet, by account: rows with at least one entry. The account is
 * its id, else its name; the first row of an account wins.
 */
export function readManagerEntries(grid: SheetGrid): ManagerEntries {
  const header = headerOf(grid);
  if (!header) return NO_MANAGER_ENTRIES;
  const entries = new Map<string, ManagerEntry>();
  const at = (row: number, k: HeaderKey) => {
    const column = header.columns.get(k);
    return column === undefined ? null : cellAt(grid, row, column);
  };
  for (const [row] of contentRows(grid, header.row + 1, header.bottom)) {
    const idCell = at(row, "id");
    const nameCell = at(row, "name");
    const account = (idCell && cellText(idCell)) ?? (nameCell && cellText(nameCell));
    if (!account) continue;
    const entry = (k: ManagerColumnKey) => {
      const cell = at(row, k);
      return cell === null || isBlank(cell) ? null : cell;
    };
    const cells = {
      decision: entry("decision"),
      nextStep: entry("nextStep"),
      reviewedBy: entry("reviewedBy"),
      reviewedOn: entry("reviewedOn"),
    } satisfies Record<ManagerColumnKey, GridCell | null>;
    if (MANAGER_COLUMN_KEYS.every((k) => cells[k] === null)) continue;
    const entryKey = managerKey(account);
    if (!entries.has(entryKey)) entries.set(entryKey, { account, cells });
  }
  return entries;
}
