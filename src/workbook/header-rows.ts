// Header rows as teams lay them out: one row, two or three — master-data labels merged down over all
// rows ("Kunden-Nr."), group labels merged across their sub-headers ("Umsatz & Marge (T€)" over "2024",
// "2025", "Potenzial", "Marge %"), and in three rows a group ("Financials") over sub-labels
// ("Umsatz", "Marge") over years and units ("2025", "2026e", "(T€)", "in %"). Merges are inferred from
// the layout alone (a label with blank cells below it, or to its right above sub-headers), so this
// works where a host reports no merges.

import type { AccountField } from "../domain/account";
import { cellAt, type GridCell, type SheetGrid } from "../sheet";
import {
  headerPeriodRank,
  headerUnit,
  headerYear,
  normaliseHeader,
  onlyQualifierWords,
  scoreActuals,
  scoreHeader,
  type HeaderLanguage,
} from "./headers";

/** One column's header: the text in the header row, with the group label above it when there is one. */
export type ColumnHeader = {
  column: number;
  /** The group labels over this column, as shown: "Financials / Umsatz"; null when there is none. */
  group: string | null;
  /** The group labels over this column, outermost first ([] for a one-row header). */
  groups: readonly string[];
  /** The column's own header text; for a label merged down over both rows, that label. */
  label: string | null;
  /** The texts of the header rows at this column, top first (to recognise a repeated header). */
  cells: readonly (string | null)[];
};

/** A column that names an account field. */
export type HeaderCell = {
  field: AccountField;
  column: number;
  /** As the user sees it: "Umsatz & Marge (T€) / 2025", or just "Umsatz 2025". */
  header: string;
  /** The text units are read from: the group label's unit applies to its sub-headers. */
  unitText: string;
  score: number;
  language: HeaderLanguage | null;
  /** The year the header names (FY26 → 2026); null when it names none. */
  year: number | null;
  /** Orders several columns of one field by period (see headerPeriodRank). */
  period: number;
  /** True when the field was recognised from the group label (the sub-header alone names none). */
  grouped: boolean;
};

/** A header cell's text: trimmed text, or a year typed as a number (2025). */
export function headerText(cell: GridCell): string | null {
  const v = cell.value;
  if (typeof v === "string") {
    const text = v.trim();
    return text === "" ? null : text;
  }
  if (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100) return String(v);
  return null;
}

/** The headers of one header row. */
export function singleRowHeaders(grid: SheetGrid, row: number, left: number, right: number): ColumnHeader[] {
  const headers: ColumnHeader[] = [];
  for (let column = left; column <= right; column++) {
    const label = headerText(cellAt(grid, row, column));
    headers.push({ column, group: null, groups: [], label, cells: [label] });
  }
  return headers;
}

/**
 * The headers of two header rows, or null when the top row shows no two-row structure (no label
 * merged down, no group label spanning sub-headers): then they are two rows, not one header.
 */
export function twoRowHeaders(
  grid: SheetGrid,
  top: number,
  left: number,
  right: number,
): ColumnHeader[] | null {
  const bottom = top + 1;
  const headers: ColumnHeader[] = [];
  let group: string | null = null;
  let groupEnd = Infinity;
  let structured = false;
  for (let column = left; column <= right; column++) {
    const above = headerText(cellAt(grid, top, column));
    const below = headerText(cellAt(grid, bottom, column));
    const cells = [above, below];
    if (column > groupEnd) group = null;
    if (above !== null && below === null) {
      // A label merged down over both rows.
      group = null;
      structured = true;
      headers.push(columnHeader(column, [], above, cells));
    } else if (above !== null) {
      group = above;
      groupEnd = mergedAcrossTo(grid, top, column);
      headers.push(columnHeader(column, [above], below, cells));
    } else if (below !== null) {
      // Blank above a sub-header: the group label to the left spans this column too.
      if (group !== null) structured = true;
      headers.push(columnHeader(column, group === null ? [] : [group], below, cells));
    } else {
      group = null;
      headers.push(columnHeader(column, [], null, cells));
    }
  }
  return structured ? headers : null;
}

/**
 * Where a label merged across ends: the merge's last column. A label that is not merged may be
 * centred across its sub-headers or written by a host that reports no merges: it spans until the
 * next label (Infinity here).
 */
function mergedAcrossTo(grid: SheetGrid, row: number, column: number): number {
  const merge = grid.merges.find((m) => m.top === row && m.left === column);
  return merge === undefined ? Infinity : merge.right;
}

function columnHeader(
  column: number,
  groups: readonly (string | null)[],
  label: string | null,
  cells: readonly (string | null)[],
): ColumnHeader {
  const named = groups.filter((g) => g !== null);
  return { column, group: named.length > 0 ? named.join(" / ") : null, groups: named, label, cells };
}

/**
 * The headers of three header rows — a group over sub-labels over years and units ("Umsatz & Marge"
 * over "Umsatz" over "2025", "2026e"), master data merged down over all three — or null when the
 * rows show no three-row structure: no label in the middle row with sub-headers under it. A label
 * merged across (blank cells to its right) spans those columns in its row, within its group above.
 */
export function threeRowHeaders(
  grid: SheetGrid,
  top: number,
  left: number,
  right: number,
): ColumnHeader[] | null {
  const headers: ColumnHeader[] = [];
  let group: string | null = null;
  let groupEnd = Infinity;
  let sub: string | null = null;
  let subHeaders = 0;
  for (let column = left; column <= right; column++) {
    const [a, b, c] = [0, 1, 2].map((i) => headerText(cellAt(grid, top + i, column)));
    const cells = [a ?? null, b ?? null, c ?? null];
    if (a === undefined || b === undefined || c === undefined) continue;
    if (column > groupEnd) group = null;
    if (a === null && b === null && c === null) {
      group = null;
      sub = null;
      headers.push(columnHeader(column, [], null, cells));
      continue;
    }
    if (a !== null && b === null && c === null) {
      // A label merged down over all three rows.
      group = null;
      sub = null;
      headers.push(columnHeader(column, [], a, cells));
      continue;
    }
    if (a !== null) {
      group = a;
      groupEnd = mergedAcrossTo(grid, top, column);
      sub = null;
    }
    if (b !== null && c === null) {
      // A sub-label merged down over the lower two rows.
      sub = null;
      headers.push(columnHeader(column, [group], b, cells));
    } else if (b !== null) {
      sub = b;
      subHeaders++;
      headers.push(columnHeader(column, [group, b], c, cells));
    } else {
      // Blank in the middle row: the sub-label to the left spans this column too.
      if (sub !== null && c !== null) subHeaders++;
      headers.push(columnHeader(column, [group, c === null ? null : sub], c, cells));
    }
  }
  return subHeaders >= 2 ? headers : null;
}

/** "Umsatz & Marge (T€)" → ["Umsatz", "Marge (T€)"]: a group label may name several figures. */
function groupParts(group: string): string[] {
  return group
    .split(/\s*(?:&|\+|\/|,|;|\bund\b|\band\b|\bsowie\b)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function cellOf(
  header: ColumnHeader,
  text: string,
  match: NonNullable<ReturnType<typeof scoreHeader>>,
  grouped: boolean,
): HeaderCell {
  const { group, label } = header;
  const whole = [...header.groups, label].filter((t) => t !== null).join(" ");
  return {
    field: match.field,
    column: header.column,
    header: group !== null && label !== null ? `${group} / ${label}` : (label ?? group ?? text),
    unitText: whole,
    score: match.score,
    language: match.language,
    year: headerYear(whole),
    period: headerPeriodRank(whole),
    grouped,
  };
}

/** Sub-header words that only qualify the group's figure: "absolut", "Ist", "Quote". */
const QUALIFIERS: ReadonlySet<string> = new Set([
  "absolut",
  "absolute",
  "abs",
  "betrag",
  "amount",
  "wert",
  "value",
  "quote",
  "quota",
  "rate",
  "ratio",
  "actual",
  "actuals",
  "netto",
  "net",
]);

/**
 * True when a sub-header names no figure of its own but a year, a unit or a qualifier ("2025",
 * "FY26", "(T€)", "absolut", "%"): only then does the group label say what the column holds.
 * "Telefon" under a title row is not revenue because the title says "Umsatz".
 */
function qualifiesGroup(label: string): boolean {
  if (QUALIFIERS.has(normaliseHeader(label)) || headerYear(label) !== null || onlyQualifierWords(label))
    return true;
  const unit = headerUnit(label);
  return unit.percent || unit.currency !== null || unit.scale !== 1;
}

/**
 * The field a column names: its own header first; else its nearest group label together with the
 * sub-header ("Umsatz" + "2025", "Marge" + "absolut (T€)"), each figure of the group in turn; a
 * group that only qualifies ("Ist" over "2025") hands on to the group above it ("Umsatz Ist 2025").
 */
export function matchColumn(header: ColumnHeader): HeaderCell | null {
  const named = namedColumn(header);
  if (named || header.label === null) return named;
  const actuals = scoreActuals(header.label);
  return actuals && cellOf(header, header.label, actuals, false);
}

function namedColumn(header: ColumnHeader): HeaderCell | null {
  const { groups, label } = header;
  if (label !== null) {
    const own = scoreHeader(label);
    if (own) return cellOf(header, label, own, false);
  }
  if (groups.length === 0 || (label !== null && !qualifiesGroup(label))) return null;
  let suffix = label;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? "";
    for (const part of groupParts(group)) {
      const text = suffix === null ? part : `${part} ${suffix}`;
      const match = scoreHeader(text);
      if (match) return cellOf(header, text, match, true);
    }
    if (!qualifiesGroup(group)) return null;
    suffix = suffix === null ? group : `${group} ${suffix}`;
  }
  return null;
}

/** Every column that names a field, left to right (a field may be named by several columns). */
export function matchHeaders(headers: readonly ColumnHeader[]): HeaderCell[] {
  return headers.flatMap((h) => {
    const cell = matchColumn(h);
    return cell ? [cell] : [];
  });
}
