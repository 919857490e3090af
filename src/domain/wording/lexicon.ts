// Lexicons as data, matched by a small engine. An entry is a phrase of word slots:
// - `wort`   the word in any inflection (its Snowball stem), in German also as part of a compound
//            ("rabatt" finds "Staffelrabatte", "Rabattaktion"); stems under four letters match
//            whole words only ("bau" is not found in "Ausbau");
// - `=wort`  the word in any inflection, never inside a compound;
// - `wort*`, `(a|b)`, `leads?` a pattern on the folded word (see `fold`), `*` = letters or digits;
// - `#`      any number ("12", "zehn", "twelve");
// - `~` up to two arbitrary words, `~~` up to four, `...` up to six, `…` up to ten within the
//   same clause (a whole entry with `…` must stand in one clause).
// `except` lists phrases that veto a match starting at the same word ("marge" but not "Margerite").

import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemGerman } from "@orama/stemmers/german";
import type { Language } from "../plan";
import { matchedTexts, shortestMatch, type PatternStep } from "../text";
import { germanKey, spanText, type Token, type Tokens } from "./tokens";

export type Entry = string | { readonly match: string; readonly except: readonly string[] };
export type LexiconSource = Readonly<Record<Language, readonly Entry[]>>;

type Slot = PatternStep<(t: Token) => boolean>;
type CompiledEntry = {
  source: string;
  slots: readonly Slot[];
  except: readonly (readonly Slot[])[];
  /** The match must not cross a clause break (the entry uses `…`). */
  inClause: boolean;
};

export type Lexicon = {
  readonly entries: readonly CompiledEntry[];
  /** Folded word → entries whose first slot it matches. */
  readonly firsts: Map<string, readonly number[]>;
};

export type Match = { entry: string; start: number; end: number; text: string };

/** Left parts of a German word that are verb prefixes, not a compound's first noun ("Ausbau"). */
const VERB_PREFIXES = new Set([
  "ab",
  "an",
  "auf",
  "aus",
  "be",
  "bei",
  "durch",
  "ein",
  "ent",
  "er",
  "fort",
  "ge",
  "her",
  "hin",
  "miss",
  "mit",
  "nach",
  "uber",
  "um",
  "unter",
  "ver",
  "vor",
  "weg",
  "wieder",
  "zer",
  "zu",
  "zuruck",
]);
const INFLECTIONS = new Set(["e", "en", "n", "s", "es", "er", "ern", "em", "ens", "nen", "in", "innen"]);

/** Whether a German word (its key) holds the stem as a whole part of a compound. */
export function holdsPart(key: string, stem: string): boolean {
  for (let p = key.indexOf(stem); p >= 0; p = key.indexOf(stem, p + 1)) {
    const left = key.slice(0, p);
    const right = key.slice(p + stem.length);
    const leftOk = left === "" || (left.length >= 3 && !VERB_PREFIXES.has(left));
    const rightOk = right === "" || INFLECTIONS.has(right) || right.length >= 3;
    if (leftOk && rightOk) return true;
  }
  return false;
}

const isPattern = (part: string) => /[*()|?[\]]/.test(part);

function compileSlot(part: string, language: Language): Slot {
  if (part === "~") return { kind: "gap", max: 2 };
  if (part === "~~") return { kind: "gap", max: 4 };
  if (part === "...") return { kind: "gap", max: 6 };
  if (part === "…") return { kind: "gap", max: 10 };
  if (part === "#") return { kind: "word", word: (t) => t.num !== null };
  if (isPattern(part)) {
    const re = new RegExp(`^(?:${part.replace(/\*/g, "[\\p{L}\\p{N}]*")})$`, "u");
    return { kind: "word", word: (t) => re.test(t.folded) };
  }
  const whole = part.startsWith("=");
  const word = whole ? part.slice(1) : part;
  if (language === "en") {
    const stem = stemEnglish(word.toLowerCase());
    return { kind: "word", word: (t) => t.en === stem };
  }
  const key = germanKey(word);
  const stem = stemGerman(key);
  if (whole || stem.length < 4) return { kind: "word", word: (t) => t.de === stem };
  return { kind: "word", word: (t) => t.de === stem || holdsPart(t.key, stem) };
}

function compilePhrase(phrase: string, language: Language): Slot[] {
  const slots = phrase
    .trim()
    .split(/\s+/)
    .filter((p) => p !== "")
    .map((p) => compileSlot(p, language));
  if (slots[0]?.kind !== "word") throw new Error(`lexicon phrase must start with a word: "${phrase}"`);
  return slots;
}

/**
 * A lexicon compiled on first use: modules declare dozens of lexicons, and a command that reads no
 * text (`kam read`) should not pay for compiling them.
 */
export function compileLexicon(source: LexiconSource): Lexicon {
  let entries: CompiledEntry[] | null = null;
  const firsts = new Map<string, readonly number[]>();
  return {
    get entries(): readonly CompiledEntry[] {
      entries ??= compileEntries(source);
      return entries;
    },
    firsts,
  };
}

function compileEntries(source: LexiconSource): CompiledEntry[] {
  const entries: CompiledEntry[] = [];
  for (const language of ["de", "en"] as const) {
    for (const entry of source[language]) {
      const match = typeof entry === "string" ? entry : entry.match;
      const except = typeof entry === "string" ? [] : entry.except;
      entries.push({
        source: match,
        slots: compilePhrase(match, language),
        except: except.map((e) => compilePhrase(e, language)),
        inClause: match.split(/\s+/).includes("…"),
      });
    }
  }
  return entries;
}

/** End (exclusive) of the shortest match of `slots` from token `i`, or null; masked tokens never match. */
const matchAt = (tokens: readonly Token[], i: number, slots: readonly Slot[]): number | null =>
  shortestMatch(tokens, i, slots, (token, test) => !token.masked && test(token));

const FIRSTS_LIMIT = 20_000;

function firstsOf(lexicon: Lexicon, token: Token): readonly number[] {
  const cached = lexicon.firsts.get(token.folded);
  if (cached) return cached;
  const out: number[] = [];
  lexicon.entries.forEach((e, index) => {
    const first = e.slots[0];
    if (first?.kind === "word" && first.word(token)) out.push(index);
  });
  if (lexicon.firsts.size >= FIRSTS_LIMIT) lexicon.firsts.clear();
  lexicon.firsts.set(token.folded, out);
  return out;
}

/** Every place an entry occurs, longest first where matches overlap, in reading order. */
export function findAll(text: Tokens, lexicon: Lexicon): Match[] {
  const { tokens } = text;
  const found: Match[] = [];
  tokens.forEach((token, i) => {
    if (token.masked) return;
    for (const index of firstsOf(lexicon, token)) {
      const entry = lexicon.entries[index];
      if (!entry) continue;
      const end = matchAt(tokens, i, entry.slots);
      if (end === null || end <= i) continue;
      if (entry.inClause && tokens[end - 1]?.clause !== token.clause) continue;
      if (entry.except.some((ex) => matchAt(tokens, i, ex) !== null)) continue;
      found.push({ entry: entry.source, start: i, end, text: spanText(text, i, end) });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of found) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && m.start < previous.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The matches that do not start inside one of `spans` (a phrase that changes what they mean). */
export function notWithin(
  matches: readonly Match[],
  spans: readonly Pick<Match, "start" | "end">[],
): Match[] {
  return matches.filter((m) => !spans.some((s) => m.start >= s.start && m.start < s.end));
}

export function hasAny(text: Tokens, lexicon: Lexicon): boolean {
  return findAll(text, lexicon).length > 0;
}

/** The distinct matched texts, as written, in reading order. */
export const texts: (matches: readonly Match[]) => string[] = matchedTexts;
