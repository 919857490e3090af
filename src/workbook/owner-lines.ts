// Owner lines: lists kept in one block per KAM, each introduced by a line "KAM: Anna Berg",
// "Key Account Manager – Jens Petersen" or "Owner: Priya Shah" instead of an owner column. Such a
// line names the owner of the accounts below it, up to the next owner line or the next heading
// that starts a new block; a line in the title block above the header names the owner of them all.

import { contentRows, isBlank, rowCells, type SheetGrid } from "../sheet";
import { headerText } from "./header-rows";
import { foldText, scoreHeader } from "./headers";
import { splitLabelCell } from "./label-cell";

export type OwnerLine = { row: number; column: number; label: string; owner: string; text: string };

/** A totals label that names an owner ("Summe KAM: Anna Berg") closes a block, it opens none. */
const TOTALS_START = /^(?:summe|zwischensumme|gesamt|total|subtotal|sum)\b/;

/** Longer values are sentences ("KAM: bitte bis Freitag aktualisieren …"), not a person. */
const MAX_OWNER_LENGTH = 60;

/** Owner labels written straight before the name, without a colon or dash: "KAM Anna Berg". */
const OWNER_PREFIX =
  /^(KAM|Key[\s-]Account[\s-]Manager(?:in)?|Key Account Lead|Account (?:Manager|Owner|Director|Exec(?:utive)?)|Owner|Betreuer(?:in)?|Zuständige[rn]? KAM|Verantwortliche[rn]?)\s+(.+)$/iu;
/** A person's name: two to four capitalised words, a title and name particles allowed ("Dr. Jana von Wolff"). */
const PERSON =
  /^(?:(?:Dr|Prof)\.\s+)*\p{Lu}[\p{L}'’.-]*(?:\s+(?:von|van|de|der|den|zu|\p{Lu}[\p{L}'’.-]*)){1,3}$/u;
const LEGAL_FORM = /\b(?:gmbh|ag|kg|eg|se|ltd|plc|inc|llc|corp|co|sa|bv|nv)\b/i;

/**
 * The label and the owner of an owner line ("KAM: Anna Berg" → KAM, Anna Berg); null otherwise.
 * `alone`: the text is its row's only value — only then does "KAM Anna Berg", without a colon or a
 * dash, count (beside figures it could be a customer called "KAM Logistik Nord").
 */
export function ownerLineOf(text: string, alone = false): { label: string; owner: string } | null {
  const split = splitLabelCell(text);
  if (!split) return alone ? ownerWithoutSeparator(text.trim()) : null;
  if (TOTALS_START.test(foldText(split.label))) return null;
  if (split.value.length > MAX_OWNER_LENGTH || !/\p{L}/u.test(split.value)) return null;
  return scoreHeader(split.label)?.field === "owner" ? { label: split.label, owner: split.value } : null;
}

function ownerWithoutSeparator(text: string): { label: string; owner: string } | null {
  const m = OWNER_PREFIX.exec(text);
  const label = m?.[1];
  const owner = m?.[2]?.trim();
  if (label === undefined || owner === undefined || !PERSON.test(owner) || LEGAL_FORM.test(owner))
    return null;
  return { label, owner };
}

/**
 * The row's owner line: its first value between the two columns, with nothing beside it but
 * numbers (the block's subtotals: "KAM: Anna Berg | | 3.450.000").
 */
function lineAt(grid: SheetGrid, row: number, left: number, right: number): OwnerLine | null {
  let first: { column: number; text: string } | null = null;
  let alone = true;
  for (const [column, cell] of rowCells(grid, row)) {
    if (column < left || isBlank(cell)) continue;
    if (column > right) break;
    if (first) {
      if (typeof cell.value !== "number") return null;
      alone = false;
      continue;
    }
    const text = headerText(cell);
    if (text === null) return null;
    first = { column, text };
  }
  const line = first && ownerLineOf(first.text, alone);
  return first && line ? { row, column: first.column, text: first.text, ...line } : null;
}

export type OwnerBlocks = {
  /** Every owner line read, top to bottom. */
  lines: readonly OwnerLine[];
  /** Per account row (in the order given), the line naming its owner; null when none does. */
  of: readonly (OwnerLine | null)[];
};

/**
 * The owners of a list's account rows from owner lines: lines among the skipped rows (`headings`:
 * the rows read as headings; `subtotals`: those read as subtotals, an owner line with its block's
 * sums beside it) and one in the title block between `top` and the header. A heading that is no
 * owner line ends a block once accounts stood under it (a heading right under the owner line is a
 * sub-heading of the block). Null when there is no owner line.
 */
export function ownerBlocks(
  grid: SheetGrid,
  span: { top: number; headerTop: number; left: number; right: number },
  headings: readonly number[],
  subtotals: readonly number[],
  accountRows: readonly number[],
): OwnerBlocks | null {
  let title: OwnerLine | null = null;
  for (const [row] of contentRows(grid, span.top, span.headerTop - 1)) {
    title = lineAt(grid, row, span.left, span.right) ?? title;
  }
  const lines: OwnerLine[] = [];
  const ends = new Set<number>();
  for (const row of headings) {
    const line = lineAt(grid, row, span.left, span.right);
    if (line) lines.push(line);
    else ends.add(row);
  }
  for (const row of subtotals) {
    const line = lineAt(grid, row, span.left, span.right);
    if (line) lines.push(line);
  }
  lines.sort((a, b) => a.row - b.row);
  if (title === null && lines.length === 0) return null;
  const marks = [
    ...lines.map((l) => ({ row: l.row, line: l })),
    ...[...ends].map((row) => ({ row, line: null })),
  ].sort((a, b) => a.row - b.row);
  const of: (OwnerLine | null)[] = [];
  let current: OwnerLine | null = title;
  let accountsUnder = 0;
  let next = 0;
  for (const row of accountRows) {
    for (let mark = marks[next]; mark !== undefined && mark.row < row; mark = marks[++next]) {
      if (mark.line) {
        current = mark.line;
        accountsUnder = 0;
      } else if (accountsUnder > 0) {
        // A new block without an owner line: the title block's owner, if any, holds for the sheet.
        current = title;
      }
    }
    of.push(current);
    accountsUnder++;
  }
  return { lines: title ? [title, ...lines] : lines, of };
}
