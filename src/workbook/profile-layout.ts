// The profile layout: one sheet per account, label/value pairs side by side ("Account name" |
// "Summit Outdoor Inc."). The value is the next non-empty cell to the right of its label.

import type { AccountField } from "../domain/account";
import { cellAt, contentRows, isBlank, lastColumn, lastRow, rowCells, type SheetGrid } from "../sheet";
import type { HeaderLanguage } from "./headers";
import { isExactHeader, scoreHeader } from "./headers";

/** Profiles are short; labels further down than this are not looked for. */
const PROFILE_SCAN_ROWS = 200;
const MIN_PROFILE_FIELDS = 3;
/** Longer texts are sentences (notes, instructions), not labels. */
const MAX_LABEL_LENGTH = 60;

export type ProfileLabel = {
  field: AccountField;
  header: string;
  score: number;
  language: HeaderLanguage | null;
  row: number;
  labelColumn: number;
  /** Column of the value; null when the label has none. */
  valueColumn: number | null;
};

export type Profile = {
  /** One label per field (the best-scoring, then the first). */
  labels: ProfileLabel[];
  firstLabelRow: number;
  /** The row of the name label, else of the id label. */
  sourceRow: number;
  /** Hidden rows with content, skipped. */
  hidden: number[];
};

function labelAt(grid: SheetGrid, row: number, column: number) {
  const value = cellAt(grid, row, column).value;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text.length > MAX_LABEL_LENGTH) return null;
  const match = scoreHeader(text);
  return match ? { ...match, header: text } : null;
}

function scanRow(grid: SheetGrid, row: number, right: number): ProfileLabel[] {
  const labels: ProfileLabel[] = [];
  // Only the cells that hold values, left to right: a row may be 16,384 columns wide.
  const columns = [...rowCells(grid, row).keys()].filter((c) => c <= right);
  let i = 0;
  while (i < columns.length) {
    const column = columns[i] ?? right + 1;
    const label = labelAt(grid, row, column);
    if (!label) {
      i++;
      continue;
    }
    let next = i + 1;
    while (next < columns.length && isBlank(cellAt(grid, row, columns[next] ?? 0))) next++;
    const valueColumn = columns[next] ?? null;
    const valueCell = valueColumn === null ? null : cellAt(grid, row, valueColumn);
    // The next label of a row of pairs is no value: "Industry | | Region | North".
    const valueIsLabel = typeof valueCell?.value === "string" && isExactHeader(valueCell.value.trim());
    labels.push({ ...label, row, labelColumn: column, valueColumn: valueIsLabel ? null : valueColumn });
    i = valueColumn === null ? columns.length : valueIsLabel ? next : next + 1;
  }
  return labels;
}

export function findProfile(grid: SheetGrid, hiddenRows: ReadonlySet<number>): Profile | null {
  const right = lastColumn(grid);
  const bottom = Math.min(lastRow(grid), grid.firstRow + PROFILE_SCAN_ROWS - 1);
  const best = new Map<AccountField, ProfileLabel>();
  const hidden: number[] = [];
  for (const [row] of contentRows(grid, grid.firstRow, bottom)) {
    const labels = scanRow(grid, row, right);
    if (hiddenRows.has(row)) {
      if (labels.length > 0) hidden.push(row);
      continue;
    }
    for (const label of labels) {
      const current = best.get(label.field);
      if (!current || label.score > current.score) best.set(label.field, label);
    }
  }
  const labels = [...best.values()].sort((a, b) => a.row - b.row || a.labelColumn - b.labelColumn);
  // The account must be named: a name (or id) label with a value.
  const key = [best.get("name"), best.get("id")].find((l) => l !== undefined && l.valueColumn !== null);
  const rows = new Set(labels.map((l) => l.row));
  if (!key || labels.length < MIN_PROFILE_FIELDS || rows.size < 2) return null;
  return { labels, firstLabelRow: labels[0]?.row ?? key.row, sourceRow: key.row, hidden };
}
