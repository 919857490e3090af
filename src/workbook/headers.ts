// Header recognition: a column header or profile label → the canonical account field, and what
// the header says about units (T€, %, scales like 1–5). Case-, space-, unit- and
// punctuation-insensitive: "Umsatz 2025 (€)" and "Umsatz Vorjahr" are both revenue.

import type { AccountField } from "../domain/account";
import { EXCLUDED_STEMS, SYNONYMS } from "./header-synonyms";
import { fold } from "../domain/text";

export type HeaderLanguage = "de" | "en";

export type HeaderMatch = {
  field: AccountField;
  /** Higher is better: whole-header matches beat generic words, which beat stems in compounds. */
  score: number;
  /** The language the matching word belongs to; null for words both use (Region, KAM, ID). */
  language: HeaderLanguage | null;
};

const EXACT_SCORE = 1000;
/** A whole-header match that measures the field indirectly ("Health score" beside "Beziehung (1–5)"). */
const INDIRECT_SCORE = 950;
const WEAK_SCORE = 900;
const STEM_SCORE_PER_PRIORITY = 100;
const MIN_STEM_LENGTH = 5;

/** Lower case, umlauts and ß spelt out, other accents dropped (as the rules fold), camelCase split. */
export function foldText(text: string): string {
  // "umsatzVorjahr" → "umsatz vorjahr"; an acronym in mixed case ("RoS", "RoI") stays one word.
  return fold(text.replace(/([a-zäöüß])([A-ZÄÖÜ][a-zäöüß])/g, "$1 $2"));
}

/** Units, currencies and qualifiers that do not change which field a header names. */
const DROPPED_WORDS: ReadonlySet<string> = new Set([
  // units and currencies
  "eur",
  "euro",
  "euros",
  "usd",
  "chf",
  "gbp",
  "teur",
  "tusd",
  "tchf",
  "keur",
  "kusd",
  "meur",
  "musd",
  "tsd",
  "tausend",
  "thousand",
  "thousands",
  "mio",
  "mrd",
  "mn",
  "bn",
  "prozent",
  "percent",
  "pct",
  "in",
  "im",
  "pro",
  // period and scope qualifiers
  "vorjahr",
  "vj",
  "ist",
  "aktuell",
  "aktuelle",
  "aktueller",
  "lfd",
  "laufend",
  "laufendes",
  "laufenden",
  "last",
  "fy",
  "gj",
  "geschaeftsjahr",
  "current",
  "annual",
  "ytd",
  "jahr",
  "jahres",
  "year",
  "years",
  "yearly",
  "jaehrlich",
  "gesamt",
  "insgesamt",
  "total",
  "summe",
]);

/**
 * The comparable form of a header: folded, without bracketed parts "(€)", "(1-5)", digits,
 * currency signs, units and qualifiers, punctuation and spaces. "Umsatz 2025 (€)" → "umsatz".
 */
export function normaliseHeader(text: string): string {
  return (
    foldText(text)
      .replace(/\blfd\.?\s*(?:nr|nummer)\b\.?/g, " laufnummer ")
      // "Account #", "Kunden #": the sign is the word "number", not punctuation to drop.
      .replace(/#/g, " number ")
      .replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/g, " ")
      .replace(/\bp\.\s?a\.?/g, " ")
      .split(/[^a-z0-9]+/)
      .map((word) => word.replace(/\d+/g, ""))
      .filter((word) => word.length > 1 && !DROPPED_WORDS.has(word))
      .join("")
  );
}

/** True when every word of the text is a unit or qualifier ("Ist", "VJ", "lfd. Jahr", "in TEUR"). */
export function onlyQualifierWords(text: string): boolean {
  const words = foldText(text)
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
  return words.length > 0 && words.every((w) => DROPPED_WORDS.has(w));
}

type Entry = { key: string; field: AccountField; score: number; language: HeaderLanguage | null };

function entries(): { exact: Map<string, Entry>; stems: Entry[] } {
  const exact = new Map<string, Entry>();
  const stems: Entry[] = [];
  const addExact = (
    text: string,
    set: (typeof SYNONYMS)[number],
    score: number,
    language: HeaderLanguage | null,
  ) => {
    const key = normaliseHeader(text);
    // The first field to claim a word keeps it; the lists are ordered so that is the right one.
    if (key !== "" && !exact.has(key)) exact.set(key, { key, field: set.field, score, language });
  };
  for (const set of SYNONYMS) {
    const exactScore = (text: string) => {
      const key = normaliseHeader(text);
      return set.indirect?.some((part) => key.includes(part)) === true ? INDIRECT_SCORE : EXACT_SCORE;
    };
    for (const text of set.de) addExact(text, set, exactScore(text), "de");
    for (const text of set.en) addExact(text, set, exactScore(text), "en");
    for (const text of set.shared ?? []) addExact(text, set, exactScore(text), null);
    for (const text of set.weak ?? []) addExact(text, set, WEAK_SCORE, null);
    const stem = (key: string, language: HeaderLanguage) => {
      if (key.length >= MIN_STEM_LENGTH) {
        stems.push({
          key,
          field: set.field,
          score: set.priority * STEM_SCORE_PER_PRIORITY + key.length,
          language,
        });
      }
    };
    for (const key of set.stemsDe ?? []) stem(key, "de");
    for (const key of set.stemsEn ?? []) stem(key, "en");
  }
  return { exact, stems };
}

const INDEX = entries();

/** True when a word of the header is or starts or ends with a target/plan/share/note word. */
function isExcluded(text: string): boolean {
  return foldText(text)
    .split(/[^a-z]+/)
    .some(
      (word) => word !== "" && EXCLUDED_STEMS.some((stem) => word.startsWith(stem) || word.endsWith(stem)),
    );
}

/** The words that make a header a currency column: "Currency", "Währung", "Currency Code", "CCY". */
const CURRENCY_COLUMN =
  /(?:^|[^a-z])(?:currency|currency code|currency iso code|iso code|ccy|curr|waehrung|waehrungscode|wahrung)$/;

const CURRENCY_WORD = /curr|ccy|waehrung|wahrung|isocode/;

/**
 * A column of currency codes, not amounts: "Annual Revenue Currency", "Potenzial Währung",
 * "Currency". CRM exports put the code beside each amount; the code names the amount's currency.
 */
export function isCurrencyColumnHeader(text: string): boolean {
  const folded = foldText(text)
    .replace(/\([^)]*\)?|\[[^\]]*\]?/g, " ")
    .replace(/[\s:.]+$/, "")
    .trim();
  return CURRENCY_COLUMN.test(folded);
}

/** The field a header or label names, with its score; null when it names none. */
export function scoreHeader(text: string): HeaderMatch | null {
  if (text.length > 80 || isExcluded(text)) return null;
  const key = normaliseHeader(text);
  if (key === "") return null;
  // Asked of every text cell of a list (is it a label?): the full test only where a word may name a currency.
  if (CURRENCY_WORD.test(key) && isCurrencyColumnHeader(text)) return null;
  const exact = INDEX.exact.get(key);
  if (exact) return { field: exact.field, score: exact.score, language: exact.language };
  let best: Entry | null = null;
  for (const entry of INDEX.stems) {
    if (key.includes(entry.key) && (best === null || entry.score > best.score)) best = entry;
  }
  return best && { field: best.field, score: best.score, language: best.language };
}

/** Words that say a column holds actual figures: "Ist", "Actual", "Actuals". */
const ACTUAL_WORDS: ReadonlyMap<string, HeaderLanguage> = new Map([
  ["ist", "de"],
  ["istwert", "de"],
  ["istwerte", "de"],
  ["actual", "en"],
  ["actuals", "en"],
]);
/** Below every header naming revenue: a column "Umsatz 2025" beside "Ist 2025" is the revenue. */
const ACTUALS_SCORE = 50;

/**
 * A header of actuals alone ("Ist 2025", "Actual FY25", "IST Vorjahr"): in an account list the
 * actual figure is the revenue, beside plan and forecast columns ("Plan 2026", "Hochrechnung 2026"),
 * which name targets and are never read. Only when no header or group label names a field.
 */
export function scoreActuals(text: string): HeaderMatch | null {
  if (text.length > 40 || isExcluded(text)) return null;
  const words = foldText(text)
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
  const actual = words.map((w) => ACTUAL_WORDS.get(w)).find((l) => l !== undefined);
  if (actual === undefined || !words.every((w) => ACTUAL_WORDS.has(w) || DROPPED_WORDS.has(w))) return null;
  return { field: "revenue", score: ACTUALS_SCORE, language: actual };
}

export function matchHeader(text: string): AccountField | null {
  return scoreHeader(text)?.field ?? null;
}

/** True for whole-header matches (not stems): a value cell that reads like this is a label, not a value. */
export function isExactHeader(text: string): boolean {
  return (scoreHeader(text)?.score ?? 0) >= WEAK_SCORE;
}

/**
 * The latest year a header names, to prefer the latest of several columns: "Umsatz 2025" → 2025,
 * "2024/25" → 2025, "FY26" and "GJ 2025/26" → 2026 (a fiscal year is named after the year it ends in).
 */
export function headerYear(text: string): number | null {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2}))?(?!\d)/g)) {
    const first = Number(m[1]);
    years.push(m[2] === undefined ? first : Math.floor(first / 100) * 100 + Number(m[2]));
  }
  for (const m of text.matchAll(/\b(?:fy|gj|wj)\s*'?(\d{2})(?:\s*[/–-]\s*'?(\d{2}))?(?!\d)/gi)) {
    years.push(2000 + Number(m[2] ?? m[1]));
  }
  return years.length > 0 ? Math.max(...years) : null;
}

/** Words that make a column a part of a year: year to date, the running year so far. */
const PARTIAL_YEAR = /\b(?:ytd|year to date|lfd|laufend\w*|bisher|bis dato|kumuliert|mtd|qtd)\b/;
/** A year marked as estimated ("2026e", "2026 (e)", "est. 2026"): not a full year's actual figure. */
const ESTIMATED_YEAR = /(?:19|20)\d{2}\s*(?:\(\s*e\s*\)|e)(?![a-z])|\b(?:est|estimated|geschaetzt)\b/;
/** Words that name the year before the current one. */
const PRIOR_YEAR = /\b(?:vorjahr\w*|vj|prior year|last year|previous year|py|ly)\b/;

/**
 * Orders the periods of several columns for the same figure, latest full year first: a named year
 * counts as that year; a part of a year (YTD, lfd.) ranks below the full year before it, because
 * an account's revenue is the last full year's; so does an estimated year ("2026e"). Headers without a year: the current year (0)
 * before the prior year (−1) before the running year so far (−1.5). Named years outrank unnamed ones.
 */
export function headerPeriodRank(text: string): number {
  const folded = foldText(text);
  const partial = PARTIAL_YEAR.test(folded) || ESTIMATED_YEAR.test(folded);
  const year = headerYear(text);
  if (year !== null) return year * 10 - (partial ? 15 : 0);
  if (partial) return -15;
  return PRIOR_YEAR.test(folded) ? -10 : 0;
}

/** True for a rank headerPeriodRank gives a part of a year (YTD, "lfd."): those end in 5. */
export function isPartialPeriod(period: number): boolean {
  return ((period % 10) + 10) % 10 === 5;
}

export type FractionKind = "percent" | "absolute" | null;

const PERCENT_WORDS = /\b(?:quote|quota|rate|ratio|prozent|percent|pct|in %)|%/;
const ABSOLUTE_WORDS = /\b(?:absolut|absolute|abs|betrag|amount|value|wert)\b/;

/**
 * What a margin header says its values are: a percentage ("Marge %", "DB-Quote") or an amount
 * ("Marge absolut (T€)", "Rohertrag (£k)"); null when it does not say.
 */
export function headerFractionKind(text: string): FractionKind {
  const folded = foldText(text);
  const unit = headerUnit(text);
  if (unit.percent || PERCENT_WORDS.test(folded)) return "percent";
  if (unit.currency !== null || unit.scale !== 1 || ABSOLUTE_WORDS.test(folded)) return "absolute";
  return null;
}

export type HeaderUnit = {
  /** The header says the column is in percent: "(%)", "in %", "Prozent". */
  percent: boolean;
  currency: string | null;
  /** Factor for plain amounts: T€/TEUR/Tsd. → 1000, Mio. → 1e6, Mrd. → 1e9; 1 otherwise. */
  scale: number;
};

const UNIT_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ["eur", "EUR"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["€", "EUR"],
  ["usd", "USD"],
  ["$", "USD"],
  ["gbp", "GBP"],
  ["£", "GBP"],
  ["chf", "CHF"],
]);
const UNIT_SCALES: ReadonlyMap<string, number> = new Map([
  ["t", 1e3],
  ["k", 1e3],
  ["tsd", 1e3],
  ["tausend", 1e3],
  ["thousand", 1e3],
  ["thousands", 1e3],
  ["m", 1e6],
  ["mio", 1e6],
  ["mn", 1e6],
  ["million", 1e6],
  ["millions", 1e6],
  ["millionen", 1e6],
  ["mrd", 1e9],
  ["bn", 1e9],
  ["milliarden", 1e9],
]);

/** "000" alone or after a currency sign or apostrophe ("£000", "'000", "000s"), never inside a number. */
const THOUSANDS_ZEROS = /(?:^|[\s€$£'’]|\bin\s)'?000s?(?![\d.,])/;

/** "(1.000 €)", "(1000 EUR)": amounts per thousand, written as the number. */
const THOUSAND_WRITTEN = /^\s*(?:in\s+)?1[.,'’ ]?000\s*(?:€|eur|euro|chf|\$|usd|£|gbp)?\s*$/;

/** A token as currency and scale: "teur" → EUR × 1000, "€m" → EUR × 1e6, "mio" → × 1e6. */
function unitToken(token: string, inBrackets: boolean): { currency: string | null; scale: number | null } {
  const whole = UNIT_CURRENCIES.get(token);
  if (whole) return { currency: whole, scale: null };
  for (const [sign, code] of UNIT_CURRENCIES) {
    const rest = token.startsWith(sign)
      ? token.slice(sign.length)
      : token.endsWith(sign)
        ? token.slice(0, -sign.length)
        : null;
    const scale = rest === null ? undefined : UNIT_SCALES.get(rest);
    if (scale !== undefined) return { currency: code, scale };
  }
  const scale = UNIT_SCALES.get(token);
  // A lone letter (t, k, m) is a unit only inside brackets: "Revenue (USD m)", not "Umsatz m".
  if (scale === undefined || (token.length === 1 && !inBrackets)) return { currency: null, scale: null };
  return { currency: null, scale };
}

/** What the header says about the unit of its values: "Umsatz (T€)" → thousands of EUR. */
export function headerUnit(text: string): HeaderUnit {
  const folded = foldText(text);
  const unit: HeaderUnit = { percent: /%|\bprozent\b|\bpercent\b/.test(folded), currency: null, scale: 1 };
  const bracketed = [...folded.matchAll(/\(([^)]*)\)?|\[([^\]]*)\]?/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .join(" ");
  const outside = folded.replace(/\([^)]*\)?|\[[^\]]*\]?/g, " ");
  const tokens = [
    ...outside.split(/[^a-z€$£]+/).map((token) => unitToken(token, false)),
    ...bracketed.split(/[^a-z€$£]+/).map((token) => unitToken(token, true)),
  ];
  for (const t of tokens) {
    unit.currency = t.currency ?? unit.currency;
    unit.scale = t.scale ?? unit.scale;
  }
  // "(£000)", "($'000)", "(000 €)", "in '000": thousands, as British and US sheets write them.
  if (
    unit.scale === 1 &&
    (THOUSANDS_ZEROS.test(bracketed.length > 0 ? bracketed : folded) ||
      THOUSAND_WRITTEN.test(bracketed) ||
      /\bin\s+1[.,'’ ]?000(?![\d.,])/.test(folded))
  )
    unit.scale = 1e3;
  return unit;
}

/** A rating scale the header names: "Risiko (1-3)" → 3, "Beziehung (1–5)" → 5. */
export function headerScaleMax(text: string): number | null {
  const m = /\b1\s*(?:-|–|—|bis|to|\.\.)\s*(\d{1,2})\b/.exec(foldText(text));
  return m ? Number(m[1]) : null;
}
