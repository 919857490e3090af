// One cell → one account field value, or the reason it cannot be read (the term for "expected …"
// in the CELL_UNREADABLE message). Column context carries what the header and the other cells of
// the column say about units (T€, %, a 1–3 risk scale).

import type { AccountField, ChurnRisk } from "../domain/account";
import { dateFromCell, parseDateText } from "./dates-text";
import { isBlank, type GridCell } from "../sheet";
import { foldText, headerScaleMax, headerUnit, type FractionKind } from "./headers";
import { splitListText } from "./list-text";
import { isNoValueText } from "./no-value";
import { currencyFromFormat, formatScale, isDateFormat, isPercentFormat } from "./number-formats";
import { parseNumberParts } from "./numbers";

export type ValueLocale = "de" | "en";
export type ExpectTerm =
  | "expect.number"
  | "expect.percent"
  | "expect.date"
  | "expect.score"
  | "expect.risk"
  | "expect.count"
  | "expect.value"
  | "expect.calculated";

/**
 * A cell's reading; `alternative` is another reading the cell allows (0.29 in a column of percentage
 * points: 0.29 % as read, or 29 %), reported so that the choice is never silent.
 */
export type Read<T> = { ok: true; value: T | null; alternative?: T } | { ok: false; expected: ExpectTerm };

/** Slash or dash dates of a column: day first (31/12), month first (12/31), or the column does not tell. */
export type DateOrder = "dayFirst" | "monthFirst";

export type ColumnContext = {
  /** Plain numbers (no % sign, no % format) are percentage points: 29 → 0.29. */
  percentPoints: boolean;
  /** Power of ten the header's unit applies to plain amounts: T€ → 3, Mio. € → 6. */
  scaleExponent: number;
  /** Currency the header names ("Umsatz (€)"). */
  currency: string | null;
  /** The numeric churn-risk scale: 1–3 or 1–5; null when the column does not tell. */
  riskScaleMax: 3 | 5 | null;
  /** A margin column holding amounts ("Marge absolut (T€)"): the margin is the amount ÷ revenue. */
  absolute: boolean;
  /**
   * How the column's slash dates are ordered, from the dates that can be read one way only
   * (12/31/2019 is month first); null when none tells, "conflict" when they disagree.
   */
  dateOrder?: DateOrder | "conflict" | null;
  /**
   * A relationship column on another scale than 1–5: a 0–100 health score ("100") or a Net Promoter
   * Score −100…100 ("nps"), put on the 1–5 scale linearly; absent for 1–5.
   */
  scoreRange?: ScoreRange | null;
};

export type ScoreRange = "100" | "nps";

const NPS_HEADER = /\b(?:nps|net promoter)/;

/**
 * The scale of a relationship column: NPS when the header says so or a value is negative; 0–100
 * when a value is above 10 and none above 100 (or the header says "(0–100)", "%"); else 1–5.
 */
function scoreRangeOf(header: string, cells: readonly GridCell[], locale: ValueLocale): ScoreRange | null {
  // One pass without allocating: a list of 20,000 accounts reads this column once more.
  let any = false;
  let negative = false;
  let aboveTen = false;
  for (const cell of cells) {
    const read = typeof cell.value === "number" ? { ok: true, value: cell.value } : readScore(cell, locale);
    if (!read.ok || read.value === null) continue;
    const v = read.value;
    if (v < -100 || v > 100) return null;
    any = true;
    negative ||= v < 0;
    aboveTen ||= v > 10;
  }
  if (!any) return null;
  const folded = foldText(header);
  if (negative || NPS_HEADER.test(folded)) return "nps";
  const named = /\b0\s*(?:-|–|—|bis|to|\.\.)\s*100\b|%/.test(folded);
  // 6–10 may be a 1–10 rating or a slip: left as written (and flagged), never guessed.
  return named || aboveTen ? "100" : null;
}

/** A score on the 1–5 scale: 0 → 1, 50 → 3, 100 → 5; an NPS −100 → 1, 0 → 3, 100 → 5. */
export function onRelationshipScale(value: number, range: ScoreRange | null | undefined): number {
  if (range === "100") return 1 + (value / 100) * 4;
  if (range === "nps") return 1 + ((value + 100) / 200) * 4;
  return value;
}

export const PLAIN_CONTEXT: ColumnContext = {
  percentPoints: false,
  scaleExponent: 0,
  currency: null,
  riskScaleMax: null,
  absolute: false,
};

const MAX_SHOWN = 40;

/** The cell as the user sees it, for messages: trimmed, at most 40 characters. */
export function cellText(cell: GridCell): string {
  const v = cell.formula ?? cell.value;
  const text = v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v).trim();
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A text field: trimmed text, numbers as their digits (id 1001 → "1001"); "k. A." and errors → null. */
export function readText(cell: GridCell): string | null {
  if (cell.error === true || cell.value === null) return null;
  const text = typeof cell.value === "string" ? cell.value.trim() : String(cell.value);
  return text === "" || isNoValueText(text) ? null : text;
}

/** value × 10^exponent without binary rounding noise (1.1 × 10³ is 1100, not 1100.0000000000002). */
function shift(value: number, exponent: number): number {
  if (exponent === 0 || value === 0) return value;
  const [mantissa = "0", power = "0"] = value.toExponential().split("e");
  return Number(`${mantissa}e${Number(power) + exponent}`);
}

/** A number without a unit of its own: a number cell not formatted as %, or plain text "29". */
function plainNumber(cell: GridCell, locale: ValueLocale): number | null {
  if (cell.error === true) return null;
  if (typeof cell.value === "number") return isPercentFormat(cell.format) ? null : cell.value;
  if (typeof cell.value !== "string") return null;
  const parts = parseNumberParts(cell.value, locale);
  return parts.ok && !parts.percent && !parts.scaled && parts.currency === null ? parts.value : null;
}

/**
 * Plain numbers that can only be fractions (0.27, 0.31 under "Marge (%)"): none above 1, not all
 * whole. Percentage points concern plain numbers only; a column of "29 %" cells holds none.
 */
function fractionsOnly(plain: readonly number[]): boolean {
  return plain.every((v) => Math.abs(v) <= 1) && plain.some((v) => !Number.isInteger(v));
}

/** Fields whose reading depends on the other numbers of their column (percent points, risk scale). */
const COLUMN_DEPENDENT: ReadonlySet<AccountField> = new Set(["grossMargin", "profitability", "churnRisk"]);

export function columnContext(
  field: AccountField,
  header: string,
  cells: readonly GridCell[],
  locale: ValueLocale,
): ColumnContext {
  const unit = headerUnit(header);
  const plain = COLUMN_DEPENDENT.has(field)
    ? cells.map((c) => plainNumber(c, locale)).filter((v) => v !== null)
    : [];
  const scaleMax = headerScaleMax(header);
  const highRating = plain.some((v) => v === 4 || v === 5);
  const dateOrder = field === "customerSince" ? slashDateOrder(cells) : null;
  return {
    dateOrder,
    scoreRange: field === "relationship" ? scoreRangeOf(header, cells, locale) : null,
    percentPoints:
      plain.some((v) => Math.abs(v) > 1.5) || (unit.percent && plain.length > 0 && !fractionsOnly(plain)),
    scaleExponent: Math.round(Math.log10(unit.scale)),
    currency: unit.currency,
    riskScaleMax: scaleMax === 3 || scaleMax === 5 ? scaleMax : highRating ? 5 : null,
    absolute: false,
  };
}

/** What the column's slash dates say about their order (see ColumnContext.dateOrder). */
function slashDateOrder(cells: readonly GridCell[]): DateOrder | "conflict" | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    if (typeof cell.value !== "string") continue;
    const m = /^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})\s*$/.exec(cell.value);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  return dayFirst && monthFirst ? "conflict" : dayFirst ? "dayFirst" : monthFirst ? "monthFirst" : null;
}

/** Above this, a plain number in a margin column is an amount, not a percentage. */
const MAX_MARGIN_POINTS = 100;

/**
 * What a margin column's cells say they hold, when the header does not: amounts (a currency
 * format or sign, a scale, plain numbers above 100) or a percentage (% format or sign); null when
 * they do not tell.
 */
export function fractionKindOfValues(cells: readonly GridCell[], locale: ValueLocale): FractionKind {
  let percent = 0;
  let amounts = 0;
  for (const cell of cells) {
    if (cell.error === true || cell.value === null || typeof cell.value === "boolean") continue;
    if (typeof cell.value === "number") {
      if (isPercentFormat(cell.format)) percent++;
      else if (currencyFromFormat(cell.format) !== null || Math.abs(cell.value) > MAX_MARGIN_POINTS)
        amounts++;
      continue;
    }
    const parts = parseNumberParts(cell.value, locale);
    if (!parts.ok) continue;
    if (parts.percent) percent++;
    else if (parts.currency !== null || parts.scaled || Math.abs(parts.value) > MAX_MARGIN_POINTS) amounts++;
  }
  return amounts > percent ? "absolute" : percent > 0 ? "percent" : null;
}

const fail = (expected: ExpectTerm): { ok: false; expected: ExpectTerm } => ({ ok: false, expected });
const none: { ok: true; value: null } = { ok: true, value: null };

export type Money = { amount: number; currency: string | null };

export function readMoney(cell: GridCell, ctx: ColumnContext, locale: ValueLocale): Read<Money> {
  if (cell.error === true || typeof cell.value === "boolean") return fail("expect.number");
  if (cell.value === null || isBlank(cell)) return none;
  if (typeof cell.value === "number") {
    const exponent = formatScale(cell.format) > 1 ? 0 : ctx.scaleExponent;
    const currency = currencyFromFormat(cell.format) ?? ctx.currency;
    return { ok: true, value: { amount: shift(cell.value, exponent), currency } };
  }
  const parts = parseNumberParts(cell.value, locale);
  if (!parts.ok) return parts.empty ? none : fail("expect.number");
  if (parts.percent) return fail("expect.number");
  const amount = parts.scaled ? parts.value : shift(parts.value, ctx.scaleExponent);
  return { ok: true, value: { amount, currency: parts.currency ?? ctx.currency } };
}

/** Margins as fractions: "29 %" and 0.29 in a %-formatted cell → 0.29; plain 29 → 0.29 in a points column. */
export function readFraction(cell: GridCell, ctx: ColumnContext, locale: ValueLocale): Read<number> {
  if (cell.error === true || typeof cell.value === "boolean") return fail("expect.percent");
  if (cell.value === null || isBlank(cell)) return none;
  if (typeof cell.value === "number") {
    if (isPercentFormat(cell.format)) return { ok: true, value: cell.value };
    return points(cell.value, ctx);
  }
  const parts = parseNumberParts(cell.value, locale);
  if (!parts.ok) return parts.empty ? none : fail("expect.percent");
  if (parts.currency !== null || parts.scaled) return fail("expect.percent");
  if (parts.percent) return { ok: true, value: parts.value };
  return points(parts.value, ctx);
}

/**
 * A plain number in a margin column: percentage points where the column holds them (29 → 0.29). A
 * value under 1 there may be a fraction typed among points (0.29 for 29 %): read like the column,
 * with the other reading as the alternative.
 */
function points(value: number, ctx: ColumnContext): Read<number> {
  if (!ctx.percentPoints) return { ok: true, value };
  const read = shift(value, -2);
  return value !== 0 && Math.abs(value) < 1
    ? { ok: true, value: read, alternative: value }
    : { ok: true, value: read };
}

/**
 * Words → relationship score (1 weak … 5 strong):
 * 1 sehr schwach/sehr niedrig/sehr gering/sehr schlecht, very weak/very low/very poor;
 * 2 schwach/niedrig/gering/schlecht, weak/low/poor/bad;
 * 3 mittel/mäßig/neutral/ok/befriedigend/durchschnittlich, medium/moderate/average/fair;
 * 4 gut/stark/hoch, good/strong/high;
 * 5 sehr gut/sehr stark/sehr hoch/exzellent/hervorragend/ausgezeichnet, very good/very strong/very high/excellent/outstanding.
 */
const SCORE_WORDS: ReadonlyMap<string, number> = new Map([
  ...[
    "sehr schwach",
    "sehr niedrig",
    "sehr gering",
    "sehr schlecht",
    "very weak",
    "very low",
    "very poor",
    "very bad",
  ].map((w): [string, number] => [w, 1]),
  ...["schwach", "niedrig", "gering", "schlecht", "weak", "low", "poor", "bad"].map((w): [string, number] => [
    w,
    2,
  ]),
  ...[
    "mittel",
    "maessig",
    "massig",
    "neutral",
    "ok",
    "okay",
    "befriedigend",
    "durchschnittlich",
    "medium",
    "moderate",
    "moderat",
    "average",
    "fair",
    "mid",
    "med",
  ].map((w): [string, number] => [w, 3]),
  ...["gut", "stark", "hoch", "good", "strong", "high"].map((w): [string, number] => [w, 4]),
  ...[
    "sehr gut",
    "sehr stark",
    "sehr hoch",
    "exzellent",
    "hervorragend",
    "ausgezeichnet",
    "very good",
    "very strong",
    "very high",
    "excellent",
    "outstanding",
  ].map((w): [string, number] => [w, 5]),
]);

/** Folded words only, bracketed remarks dropped: "Sehr gut (seit 2020)" → "sehr gut". */
function wordKey(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** Relationship: a number as written (1–5; out-of-range numbers are flagged elsewhere), "4/5", ★★★★☆, or a word. */
export function readScore(cell: GridCell, locale: ValueLocale): Read<number> {
  if (cell.error === true || typeof cell.value === "boolean") return fail("expect.score");
  if (cell.value === null || isBlank(cell)) return none;
  if (typeof cell.value === "number") return { ok: true, value: cell.value };
  const text = cell.value.trim();
  const plain = plainNumber(cell, locale);
  if (plain !== null) return { ok: true, value: plain };
  if (isNoValueText(text)) return none;
  const outOfFive = /^(\d(?:[.,]\d)?)\s*(?:\/|von|of|out of)\s*5$/i.exec(text);
  if (outOfFive?.[1]) return { ok: true, value: Number(outOfFive[1].replace(",", ".")) };
  if (/^[★☆]{5}$/.test(text)) return { ok: true, value: text.replace(/☆/g, "").length };
  const word = SCORE_WORDS.get(wordKey(text));
  return word === undefined ? fail("expect.score") : { ok: true, value: word };
}

/**
 * Churn risk words, including traffic-light ratings and their initials:
 * low = niedrig/gering/tief (Swiss)/klein/low/minimal/grün/green (L, N); medium = mittel/mäßig/moderat/medium/
 * moderate/gelb/amber/yellow and their short forms "Med", "Mod" (M); high = hoch/kritisch/high/critical/rot/red (H).
 */
const RISK_WORDS: ReadonlyMap<string, ChurnRisk> = new Map([
  ...[
    "niedrig",
    "sehr niedrig",
    "gering",
    "sehr gering",
    "tief",
    "sehr tief",
    "klein",
    "minimal",
    "low",
    "very low",
    "gruen",
    "green",
    "l",
    "n",
  ].map((w): [string, ChurnRisk] => [w, "low"]),
  ...[
    "mittel",
    "maessig",
    "moderat",
    "medium",
    "moderate",
    "mid",
    "med",
    "mod",
    "gelb",
    "amber",
    "yellow",
    "m",
  ].map((w): [string, ChurnRisk] => [w, "medium"]),
  ...["hoch", "sehr hoch", "kritisch", "high", "very high", "critical", "rot", "red", "h"].map(
    (w): [string, ChurnRisk] => [w, "high"],
  ),
]);

/** A rating on the column's scale: 1–3 (1 low, 2 medium, 3 high) or 1–5 (1–2 low, 3 medium, 4–5 high). */
function riskFromRating(n: number, scaleMax: 3 | 5 | null): ChurnRisk | null {
  if (scaleMax === null || !Number.isInteger(n) || n < 1 || n > scaleMax) return null;
  if (scaleMax === 3) return n === 1 ? "low" : n === 2 ? "medium" : "high";
  return n <= 2 ? "low" : n === 3 ? "medium" : "high";
}

export function readRisk(cell: GridCell, ctx: ColumnContext, locale: ValueLocale): Read<ChurnRisk> {
  if (cell.error === true || typeof cell.value === "boolean") return fail("expect.risk");
  if (cell.value === null || isBlank(cell)) return none;
  const rating = plainNumber(cell, locale);
  if (rating !== null) {
    const risk = riskFromRating(rating, ctx.riskScaleMax);
    return risk ? { ok: true, value: risk } : fail("expect.risk");
  }
  const text = String(cell.value).trim();
  if (isNoValueText(text)) return none;
  const risk = RISK_WORDS.get(wordKey(text));
  return risk ? { ok: true, value: risk } : fail("expect.risk");
}

/** Earliest year a plain number may name as "customer since". */
const MIN_SINCE_YEAR = 1900;
const MAX_SINCE_YEAR = 2100;

/**
 * Customer since: an ISO date, or "YYYY" when only the year is known. A month or quarter is read
 * as its first day — since when, not by when.
 */
export function readSince(
  cell: GridCell,
  locale: ValueLocale,
  ctx: ColumnContext = PLAIN_CONTEXT,
): Read<string> {
  if (cell.error === true || typeof cell.value === "boolean") return fail("expect.date");
  if (cell.value === null || isBlank(cell)) return none;
  if (typeof cell.value === "number") {
    const n = cell.value;
    if (isDateFormat(cell.format)) {
      const iso = dateFromCell(n, cell.format);
      return iso ? { ok: true, value: iso } : fail("expect.date");
    }
    return Number.isInteger(n) && n >= MIN_SINCE_YEAR && n <= MAX_SINCE_YEAR
      ? { ok: true, value: String(n) }
      : fail("expect.date");
  }
  const text = cell.value.trim().replace(/^(?:seit|since|ab|from)\s+/i, "");
  // The column's order where its dates tell; where they disagree, the cells that can be read both
  // ways are read day first and say so.
  const order = ctx.dateOrder === "dayFirst" || ctx.dateOrder === "monthFirst" ? ctx.dateOrder : null;
  const date = parseDateText(text, locale, order);
  if (!date.ok) return date.empty ? none : fail("expect.date");
  if (ctx.dateOrder === "conflict") {
    const other = parseDateText(text, locale, "monthFirst");
    if (other.ok && other.iso !== date.iso && date.precision === "day")
      return { ok: true, value: date.iso, alternative: other.iso };
  }
  const [y = "", m = "", d = ""] = date.iso.split("-");
  switch (date.precision) {
    case "year":
      return { ok: true, value: y };
    case "quarter":
      return { ok: true, value: `${y}-${String(Number(m) - 2).padStart(2, "0")}-01` };
    case "month":
      return { ok: true, value: `${y}-${m}-01` };
    case "day":
      return { ok: true, value: `${y}-${m}-${d}` };
  }
}

export type Areas = { list: string[] | null; count: number };

/** Business areas: a count (3), or a list in one cell ("Folien; Etiketten") whose length is the count. */
export function readAreas(cell: GridCell, locale: ValueLocale): Read<Areas> {
  if (cell.error === true || typeof cell.value === "boolean") return fail("expect.count");
  if (cell.value === null || isBlank(cell)) return none;
  if (typeof cell.value === "number") {
    const n = cell.value;
    return Number.isInteger(n) && n >= 0
      ? { ok: true, value: { list: null, count: n } }
      : fail("expect.count");
  }
  const text = cell.value.trim();
  const parts = parseNumberParts(text, locale);
  if (!parts.ok && parts.empty) return none;
  if (parts.ok) {
    const n = parts.value;
    const plain = !parts.percent && !parts.scaled && parts.currency === null;
    return plain && Number.isInteger(n) && n >= 0
      ? { ok: true, value: { list: null, count: n } }
      : fail("expect.count");
  }
  const list = splitListText(text);
  return { ok: true, value: { list, count: list.length } };
}
