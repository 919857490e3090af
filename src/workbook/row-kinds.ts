// What a row under a list's header is: an account, or one of the rows teams put between them —
// region headings ("Gebiet Nord"), subtotals ("Summe Gebiet Nord"), notes ("* Werte geschätzt",
// "Quelle: CRM, Stand 30.11."), a repeated header. Those are skipped, never read as accounts.

import { cellAt, isBlank, rowCells, type SheetGrid } from "../sheet";
import { readText } from "./account-values";
import { foldText } from "./headers";
import { ownerLineOf } from "./owner-lines";

import type { SkippedKind } from "../domain/mapping-terms";

export type { SkippedKind } from "../domain/mapping-terms";
export type RowKind = "account" | "blank" | SkippedKind;

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
  "grand totals",
  "gesamtsummen",
];

/** Words that end a totals label: "Nord gesamt", "Region West total", "Süd insgesamt". */
const TRAILING_TOTALS: readonly string[] = ["gesamt", "insgesamt", "summe", "total", "subtotal"];

/**
 * "Gesamt", "Summe Region Nord", "Total:", "Nord gesamt" — a totals label, alone, leading or trailing;
 * a count in brackets does not change it ("Grand Totals (6 records)", "Summe (12 Kunden)").
 */
export function isTotalsText(text: string): boolean {
  const plain = foldText(text).trim();
  const folded = (plain.endsWith(")") ? plain.replace(/\s*\([^)]*\)$/, "") : plain)
    .trim()
    .replace(/[:.\s]+$/, "");
  return (
    TOTALS_WORDS.some((w) => folded === w || folded.startsWith(`${w} `) || folded.startsWith(`${w}:`)) ||
    TRAILING_TOTALS.some((w) => folded.endsWith(` ${w}`) || folded.endsWith(`-${w}`))
  );
}

const NOTE_START =
  /^(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹]|\(\d\)|\d\)\s|hinweis|anmerkung|anm\.|quelle|stand[\s:]|note\b|notes\b|source\b|nb\b|n\.b\.|fussnote|footnote|legende|legend\b|alle (?:werte|angaben|zahlen|betraege)|all (?:figures|values|amounts)|(?:werte|angaben|zahlen|betraege|figures|values|amounts) in\b)/;
const MAX_LABEL_LENGTH = 60;

/** A footnote or remark: "* Werte geschätzt", "Quelle: CRM", "¹ inkl. Töchter", or a sentence. */
export function isNoteText(text: string): boolean {
  const folded = foldText(text).trim();
  return NOTE_START.test(folded) || folded.length > MAX_LABEL_LENGTH;
}

const SECTION_START =
  /^(?:gebiet|region|bezirk|vertriebsgebiet|verkaufsgebiet|vertriebsregion|vertriebsbezirk|area|territory|sales region|sales area|segment|kundensegment|sparte|division|bereich|geschaeftsbereich|cluster|team|zone|markt|market|land|country|laendergruppe|branche|industry|sector|vertical|gruppe|group|kundengruppe|tier|kategorie|category|[abc]-kunden|[abc] accounts)\b/;
const LEGAL_FORM =
  /\b(?:gmbh|ag|se|kg|kgaa|eg|ohg|gbr|ug|ev|ltd|limited|plc|inc|llc|llp|corp|co|sa|sas|spa|srl|bv|nv|ab|oy|as)\b/;

/** A heading for the rows below it: "Gebiet Nord", "Region Süd:", "Segment Krankenhäuser". */
export function isSectionText(text: string): boolean {
  const folded = foldText(text).trim();
  const words = folded.split(/\s+/).filter((w) => w !== "");
  return (
    (SECTION_START.test(folded) || folded.endsWith(":")) && words.length <= 5 && !LEGAL_FORM.test(folded)
  );
}

/** Glyphs that draw a tree or point to a member: "└ Tochter GmbH", "→ Werk Süd". */
const TREE_GLYPHS = "└├┗┣╰↳→»›";

/** A name indented under the row above: leading spaces, a tree glyph or arrow ("  └ Tochter GmbH"). */
const INDENTED = new RegExp(`^(?:\\s{2,}|\\s*[${TREE_GLYPHS}]\\s*)\\S`, "u");
const INDENT = new RegExp(`^\\s*[${TREE_GLYPHS}]?\\s*`, "u");
const INDENT_START = new RegExp(`^[\\s${TREE_GLYPHS}]`, "u");

export function isIndentedName(raw: string): boolean {
  return INDENTED.test(raw);
}

/** The name as it should read: without the indent and tree glyph. */
export function withoutIndent(text: string): string {
  return INDENT_START.test(text) ? text.replace(INDENT, "") : text;
}

export type RowContext = {
  grid: SheetGrid;
  left: number;
  right: number;
  idColumn: number | null;
  nameColumn: number | null;
  /** The texts of the header rows per column, to recognise a header repeated further down. */
  headerTexts: ReadonlyMap<number, readonly (string | null)[]>;
};

function filledCells(ctx: RowContext, row: number): { filled: number; numbers: number; texts: string[] } {
  let filled = 0;
  let numbers = 0;
  const texts: string[] = [];
  // The cells that exist (ascending columns), not every column of the table: one stray value in
  // column XFD must not make each row cost 16,384 lookups.
  for (const [column, cell] of rowCells(ctx.grid, row)) {
    if (column < ctx.left) continue;
    if (column > ctx.right) break;
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell.value === "number") numbers++;
    else if (typeof cell.value === "string") texts.push(cell.value.trim());
  }
  return { filled, numbers, texts };
}

/** A header repeated further down (stacked blocks): two or more cells repeat their column's header. */
function isRepeatedHeader(ctx: RowContext, row: number): boolean {
  const headers = lowerHeaders(ctx.headerTexts);
  let same = 0;
  for (const [column, cell] of rowCells(ctx.grid, row)) {
    const texts = headers.get(column);
    const value = cell.value;
    if (texts === undefined || typeof value !== "string") continue;
    if (texts.has(value.trim().toLowerCase())) same++;
  }
  return same >= 2;
}

/** The header texts per column in lower case, worked out once per table (every row asks). */
const lowered = new WeakMap<RowContext["headerTexts"], ReadonlyMap<number, ReadonlySet<string>>>();
function lowerHeaders(texts: RowContext["headerTexts"]): ReadonlyMap<number, ReadonlySet<string>> {
  let headers = lowered.get(texts);
  if (!headers) {
    headers = new Map(
      [...texts].map(([column, list]) => [
        column,
        new Set(list.flatMap((t) => (t === null ? [] : [t.toLowerCase()]))),
      ]),
    );
    lowered.set(texts, headers);
  }
  return headers;
}

export function classifyRow(ctx: RowContext, row: number): RowKind {
  const { filled, numbers, texts } = filledCells(ctx, row);
  if (filled === 0) return "blank";
  const at = (column: number | null) => (column === null ? null : readText(cellAt(ctx.grid, row, column)));
  const id = at(ctx.idColumn);
  const name = at(ctx.nameColumn);
  if ((id === null || isTotalsText(id)) && texts.some(isTotalsText)) return "subtotal";
  if (isRepeatedHeader(ctx, row)) return "header";
  if (id === null && name === null) {
    // An id or name that is an Excel error or a formula never calculated is an account whose key
    // cannot be read: read (and reported cell by cell), not skipped as a subtotal.
    const unreadable = (column: number | null) => {
      const cell = column === null ? null : cellAt(ctx.grid, row, column);
      return cell !== null && (cell.error === true || cell.formula !== undefined);
    };
    if (unreadable(ctx.idColumn) || unreadable(ctx.nameColumn)) return "account";
    const text = texts[0];
    if (numbers > 0) return "subtotal";
    return text !== undefined && (isSectionText(text) || ownerLineOf(text, filled === 1) !== null)
      ? "section"
      : "note";
  }
  const key = id ?? name ?? "";
  if (filled === 1) {
    if (isNoteText(key)) return "note";
    // "KAM: Anna Berg" heads the block of her accounts (owner-lines.ts), even in a list of names only.
    if (isSectionText(key) || ownerLineOf(key, true) !== null) return "section";
    // Where accounts carry both an id and a name, a lone label is a heading, not an account.
    if (ctx.idColumn !== null && ctx.nameColumn !== null) return "section";
    return "account";
  }
  // A heading with its subtotals beside it: "Gebiet Nord | | 4.200 | 4.500".
  if (
    (ctx.idColumn === null || id === null || name === null) &&
    (isSectionText(key) || ownerLineOf(key) !== null)
  ) {
    return numbers > 0 ? "subtotal" : "section";
  }
  if (filled <= 2 && numbers === 0 && isNoteText(key)) return "note";
  return "account";
}
