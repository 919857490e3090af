// The profile layout: one sheet per account, label/value pairs side by side ("Account name" |
// "Summit Outdoor Inc."). The value is the next non-empty cell to the right of its label; when a
// label has a value per year ("Umsatz (T€) | 1.200 | 1.350" under "2024 | 2025"), the latest year's.
// A label may also hold its value ("Umsatz 2025: 2,4 Mio. €") when nothing stands to its right.

import type { AccountField } from "../domain/account";
import { cellAt, isBlank, lastColumn, lastRow, rowCells, type SheetGrid } from "../sheet";
import { headerText } from "./header-rows";
import type { HeaderLanguage } from "./headers";
import { headerPeriodRank, headerYear, isExactHeader, scoreActuals, scoreHeader } from "./headers";
import { splitLabelCell } from "./label-cell";

/** Profiles are short; labels further down than this are not looked for. */
const PROFILE_SCAN_ROWS = 200;
const MIN_PROFILE_FIELDS = 3;
/** Longer texts are sentences (notes, instructions), not labels. */
const MAX_LABEL_LENGTH = 60;
/** Label/value pairs offered to the user to choose from; a profile has far fewer. */
const MAX_PAIRS = 300;

export type ProfileLabel = {
  field: AccountField;
  header: string;
  score: number;
  language: HeaderLanguage | null;
  row: number;
  labelColumn: number;
  /** Column of the value; null when the label has none. */
  valueColumn: number | null;
  /** The value is in the label's own cell, after it ("Umsatz 2025: 2,4 Mio. €"). */
  inCell: boolean;
  /** The year the label (or the year row above its values) names; null when none. */
  year: number | null;
  period: number;
};

/** Any text with a value to its right (or after it in its cell): what the user may choose a field's cell from. */
export type LabelPair = { row: number; labelColumn: number; valueColumn: number; label: string };

export type Profile = {
  /** Every label that names a field, several per field possible (two years' revenue). */
  candidates: ProfileLabel[];
  /** One label per field by the label alone (best score, then latest year, then first). */
  labels: ProfileLabel[];
  firstLabelRow: number;
  /** The row of the name label, else of the id label. */
  sourceRow: number;
  /** Hidden rows with content, skipped. */
  hidden: number[];
  pairs: LabelPair[];
};

function labelAt(grid: SheetGrid, row: number, column: number) {
  const value = cellAt(grid, row, column).value;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text.length > MAX_LABEL_LENGTH) return null;
  const match = scoreHeader(text) ?? scoreActuals(text);
  return match ? { ...match, header: text } : null;
}

/** Fields whose value is a figure: "Umsatz: siehe Bericht" is a remark, not a revenue. */
const FIGURE_FIELDS: ReadonlySet<AccountField> = new Set([
  "revenue",
  "potential",
  "grossMargin",
  "profitability",
]);

/** A cell holding a label that names a field and its value: "Key Account Manager: Anna Berg". */
function labelCellAt(grid: SheetGrid, row: number, column: number) {
  const value = cellAt(grid, row, column).value;
  const split = typeof value === "string" ? splitLabelCell(value) : null;
  const match = split && scoreHeader(split.label);
  if (!split || !match || (FIGURE_FIELDS.has(match.field) && !/\d/.test(split.value))) return null;
  return { ...match, header: split.label };
}

/** A cell after a label cell that leaves the value in the label's cell: none, a label, or "Label: value". */
function endsLabelCell(grid: SheetGrid, row: number, next: number | undefined): boolean {
  if (next === undefined || isLabelText(grid, row, next)) return true;
  const value = cellAt(grid, row, next).value;
  return typeof value === "string" && splitLabelCell(value) !== null;
}

const isLabelText = (grid: SheetGrid, row: number, column: number): boolean => {
  const value = cellAt(grid, row, column).value;
  return (
    typeof value === "string" && (isExactHeader(value.trim()) || labelCellAt(grid, row, column) !== null)
  );
};

/** A number, or text with digits ("1.350 T€", "31 %"): one of a label's figures. */
function isFigure(grid: SheetGrid, row: number, column: number): boolean {
  const value = cellAt(grid, row, column).value;
  return typeof value === "number" || (typeof value === "string" && /\d/.test(value));
}

/** The year each of the columns names in the nearest row above that names years for two of them. */
function yearsAbove(grid: SheetGrid, row: number, columns: readonly number[]): Map<number, number> | null {
  for (let r = row - 1; r >= Math.max(grid.firstRow, row - 30); r--) {
    const years = new Map<number, number>();
    for (const c of columns) {
      const text = headerText(cellAt(grid, r, c));
      const year = text === null ? null : headerYear(text);
      if (year !== null) years.set(c, year);
    }
    if (years.size >= 2) return years;
  }
  return null;
}

/** The row's columns that hold a value, ascending, up to `right`: only cells that exist are walked. */
function filledColumns(grid: SheetGrid, row: number, right: number): number[] {
  const columns: number[] = [];
  for (const [column, cell] of rowCells(grid, row)) {
    if (column > right) break;
    if (column >= grid.firstColumn && !isBlank(cell)) columns.push(column);
  }
  return columns;
}

// Both scans walk the cells that exist, not every column up to the used range's last one: one
// stray value in column XFD must not make each row cost 16,384 lookups.
function scanRow(grid: SheetGrid, row: number, right: number): ProfileLabel[] {
  const labels: ProfileLabel[] = [];
  const columns = filledColumns(grid, row, right);
  let i = 0;
  while (i < columns.length) {
    const column = columns[i] ?? 0;
    // Nothing to its right but another label (or "Label: value"): the value is in the label's own cell.
    const inCell = endsLabelCell(grid, row, columns[i + 1]) ? labelCellAt(grid, row, column) : null;
    if (inCell) {
      const year = headerYear(inCell.header);
      const period = year === null ? headerPeriodRank(inCell.header) : year * 10;
      labels.push({ ...inCell, row, labelColumn: column, valueColumn: column, inCell: true, year, period });
      i++;
      continue;
    }
    const label = labelAt(grid, row, column);
    if (!label) {
      i++;
      continue;
    }
    // The value is the next cell unless that is the row's next label ("Industry | | Region | North");
    // figures may follow it, one per year.
    const values: number[] = [];
    let j = i + 1;
    for (; j < columns.length; j++) {
      const next = columns[j] ?? 0;
      if (isLabelText(grid, row, next)) break;
      if (values.length > 0 && !(isFigure(grid, row, next) && values.every((c) => isFigure(grid, row, c))))
        break;
      values.push(next);
    }
    let valueColumn = values[0] ?? null;
    let year = headerYear(label.header);
    if (values.length >= 2) {
      const years = yearsAbove(grid, row, values);
      if (years) {
        for (const [c, y] of years) {
          if (year === null || y > year) {
            year = y;
            valueColumn = c;
          }
        }
      }
    }
    const period = year === null ? headerPeriodRank(label.header) : year * 10;
    labels.push({ ...label, row, labelColumn: column, valueColumn, inCell: false, year, period });
    i = values.length > 0 ? i + values.length + 1 : j;
  }
  return labels;
}

function pairsOf(grid: SheetGrid, row: number, right: number, into: LabelPair[]): void {
  let label: { column: number; text: string } | null = null;
  const columns = filledColumns(grid, row, right);
  for (const [i, column] of columns.entries()) {
    if (into.length >= MAX_PAIRS) break;
    const cell = cellAt(grid, row, column);
    if (label !== null) {
      into.push({ row, labelColumn: label.column, valueColumn: column, label: label.text });
      label = null;
      continue;
    }
    const text = typeof cell.value === "string" ? cell.value.trim() : "";
    const inCell = endsLabelCell(grid, row, columns[i + 1]) ? splitLabelCell(text) : null;
    if (inCell) into.push({ row, labelColumn: column, valueColumn: column, label: inCell.label });
    else if (text !== "" && text.length <= MAX_LABEL_LENGTH) label = { column, text };
  }
}

function betterLabel(a: ProfileLabel, b: ProfileLabel): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.period !== b.period) return a.period > b.period;
  return a.row < b.row || (a.row === b.row && a.labelColumn < b.labelColumn);
}

export function findProfile(grid: SheetGrid, hiddenRows: ReadonlySet<number>): Profile | null {
  const right = lastColumn(grid);
  const bottom = Math.min(lastRow(grid), grid.firstRow + PROFILE_SCAN_ROWS - 1);
  const candidates: ProfileLabel[] = [];
  const hidden: number[] = [];
  const pairs: LabelPair[] = [];
  for (let row = grid.firstRow; row <= bottom; row++) {
    const labels = scanRow(grid, row, right);
    if (hiddenRows.has(row)) {
      if (labels.length > 0) hidden.push(row);
      continue;
    }
    candidates.push(...labels);
    pairsOf(grid, row, right, pairs);
  }
  const best = new Map<AccountField, ProfileLabel>();
  for (const label of candidates) {
    const current = best.get(label.field);
    if (!current || betterLabel(label, current)) best.set(label.field, label);
  }
  const labels = [...best.values()].sort((a, b) => a.row - b.row || a.labelColumn - b.labelColumn);
  // The account must be named: a name (or id) label with a value.
  const key = [best.get("name"), best.get("id")].find((l) => l !== undefined && l.valueColumn !== null);
  const rows = new Set(labels.map((l) => l.row));
  if (!key || labels.length < MIN_PROFILE_FIELDS || rows.size < 2) return null;
  return {
    candidates,
    labels,
    firstLabelRow: labels[0]?.row ?? key.row,
    sourceRow: key.row,
    hidden,
    pairs,
  };
}
