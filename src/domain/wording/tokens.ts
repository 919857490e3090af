// Tokens as the wording rules read them: each word with its folded form, its German and English
// stem (Snowball stemmers from @orama/stemmers, about 2.4 KB gzipped for both), a compound key
// for German compounds, its number value, and the clause and sentence it stands in.

import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemGerman } from "@orama/stemmers/german";
import { fold, markSequences, wordMatches } from "../text";
import { STOP_WORDS } from "./stop-words";

export type Token = {
  raw: string;
  /** Lowercase, ä→ae …, accents dropped (see `fold`). */
  folded: string;
  /** Lowercase with umlauts as plain vowels (ä, ae → a), the form German stems and compounds use. */
  key: string;
  de: string;
  en: string;
  /** The number a token stands for ("12", "zehn", "twelve"), else null. */
  num: number | null;
  start: number;
  end: number;
  /** Index of the clause: commas, semicolons, dashes, brackets and sentence ends separate clauses. */
  clause: number;
  /** True when only a comma separates this token's clause from the one before. */
  afterComma: boolean;
  masked: boolean;
};

export type Tokens = { text: string; tokens: readonly Token[] };

/** German folding as the German stemmer expects it: umlauts and their ae/oe/ue spellings → plain vowels. */
export function germanKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, "a")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u")
    .replace(/ß/g, "ss")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/(^|[^qaeu])ue/g, "$1u")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

const NUMBER_WORDS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwoelf: 12,
  fuenfzehn: 15,
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  fuenfzig: 50,
  hundert: 100,
  dutzend: 12,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

type WordForms = Pick<Token, "folded" | "key" | "de" | "en" | "num">;

/** Word forms are cached: plans repeat their vocabulary, and stemming is the costly part. */
const FORMS = new Map<string, WordForms>();
const FORMS_LIMIT = 50_000;

export function wordForms(raw: string): WordForms {
  const cached = FORMS.get(raw);
  if (cached) return cached;
  const folded = fold(raw);
  const key = germanKey(raw);
  const lower = raw.toLowerCase();
  const num = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[folded] ?? null);
  const forms: WordForms = {
    folded,
    key,
    de: /^\p{N}+$/u.test(key) ? key : stemGerman(key),
    en: /^[a-z]+$/.test(lower) ? stemEnglish(lower) : folded,
    num,
  };
  if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
  FORMS.set(raw, forms);
  return forms;
}

/** Characters between two words that end a clause; a lone comma is noted separately. */
const CLAUSE_BREAK = /[;:!?()[\]–—•\n]|\s-\s/;
/** A dot after these ends no clause: "2,5 Mio. €", "z. B.", "Nr. 1". */
const ABBREVIATIONS = new Set([
  "mio",
  "mrd",
  "tsd",
  "nr",
  "no",
  "ca",
  "bzw",
  "ggf",
  "inkl",
  "usw",
  "etc",
  "vs",
  "approx",
  "z",
  "b",
  "u",
  "a",
  "d",
  "h",
  "st",
  "co",
]);

export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const m of wordMatches(text)) {
    const gap = text.slice(previousEnd, m.index);
    let afterComma = false;
    if (tokens.length > 0) {
      const last = tokens[tokens.length - 1];
      const abbreviation = last !== undefined && (last.num !== null || ABBREVIATIONS.has(last.folded));
      const sentenceEnd = /\.(\s|$)/.test(gap) && !abbreviation;
      if (CLAUSE_BREAK.test(gap) || sentenceEnd) clause++;
      else if (gap.includes(",") && !/^\d/.test(m[0])) {
        clause++;
        afterComma = true;
      }
    }
    tokens.push({
      raw: m[0],
      ...wordForms(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      clause,
      afterComma,
      masked: false,
    });
    previousEnd = m.index + m[0].length;
  }
  return { text, tokens };
}

/** The text between two tokens as written (for reporting a match). */
export function spanText(tokens: Tokens, from: number, to: number): string {
  const first = tokens.tokens[from];
  const last = tokens.tokens[to - 1];
  return first && last ? tokens.text.slice(first.start, last.end) : "";
}

/** Marks every occurrence of the given folded word sequences (account names) as masked. */
export function maskNames(text: Tokens, sequences: readonly (readonly string[])[]): Tokens {
  const tokens = text.tokens.map((t) => ({ ...t }));
  markSequences(tokens, sequences, (t) => {
    t.masked = true;
  });
  return { text: text.text, tokens };
}

const UNIT_WORDS = new Set([
  "mio",
  "mrd",
  "tsd",
  "k",
  "m",
  "bn",
  "mn",
  "million",
  "millionen",
  "millions",
  "milliarden",
  "billion",
  "billions",
  "prozent",
  "percent",
  "pct",
  "euro",
  "eur",
  "usd",
  "dollar",
  "dollars",
  "chf",
  "gbp",
]);

/** Nouns a number names rather than counts: "Linie 3", "line 3 order", "Werk 2", "Phase 2". */
const LABEL_NOUNS = new Set([
  "linie",
  "line",
  "werk",
  "plant",
  "halle",
  "hall",
  "phase",
  "stufe",
  "step",
  "schritt",
  "version",
  "release",
  "level",
  "ebene",
  "standort",
  "site",
  "gebaeude",
  "building",
  "bau",
  "tor",
  "gate",
  "lot",
  "los",
  "nr",
  "no",
  "nummer",
  "number",
]);

/**
 * Whether token `i` counts things ("zehn Präsentationen", "12 demos"): a number that is not part
 * of an amount, a percentage, a year, a score ("4 von 5") or a decimal.
 */
export function isCount(text: Tokens, i: number): boolean {
  const { tokens } = text;
  const t = tokens[i];
  if (!t || t.num === null || t.masked) return false;
  if (/^(19|20)\d\d$/.test(t.raw)) return false;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  const after = text.text.slice(t.end, next?.start ?? text.text.length);
  const before = text.text.slice(previous?.end ?? 0, t.start);
  if (/[%€$£]/.test(after) || /[€$£]/.test(before)) return false;
  // "2,5" and "1.800.000" are one figure, not two counts.
  if ((next?.num != null && /^[.,]$/.test(after)) || (previous?.num != null && /^[.,]$/.test(before)))
    return false;
  if (next && (UNIT_WORDS.has(next.folded) || /^(von|of|out|aus)$/.test(next.folded))) return false;
  // "auf 4", "from 3 to 4" are scores; "to ten plant managers" counts people (a score is a digit).
  const spelledOutCount = !/^\d/.test(t.raw) && next !== undefined && !STOP_WORDS.has(next.folded);
  if (
    previous &&
    /^(von|auf|from|to|score|note|stufe)$/.test(previous.folded) &&
    t.num <= 10 &&
    !spelledOutCount
  )
    return false;
  if (previous && LABEL_NOUNS.has(previous.folded) && !/[,.;:]/.test(before)) return false;
  return true;
}
