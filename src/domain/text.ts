// Text analysis for the rules, for German and English written the way KAM teams write.
// Words are compared folded (lowercase, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped), so
// "Geschäft", "Geschaeft" and "GESCHÄFT" are one word, while matches are reported as written.

/** Printable ASCII (and tab, line breaks): no umlauts, marks or compositions, so folding is lower-casing (most names and ids). */
export const ASCII = /^[ -~\t\n\r]*$/;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

export type Token = { raw: string; folded: string; start: number; end: number };
/** A text split into word tokens; `text` is kept so matches can be cut out as written. */
export type Analyzed = { text: string; tokens: readonly Token[] };

/** A masked token matches no word pattern (see `maskSequences`). */
const MASKED = "\u0000";

export const MAX_WORD = 256;
const WORD = new RegExp(`[\\p{L}\\p{N}]{1,${MAX_WORD}}`, "gu");

/**
 * The words of a text (runs of letters and digits), as matches. A run longer than MAX_WORD is cut
 * into words of that length: under the `u` flag an unbounded `[\p{L}\p{N}]+` keeps one backtracking
 * entry per character, and a 10 MB statement of one letter exhausted V8's regexp stack (an internal
 * error in `kam check`). No word a KAM writes is that long.
 */
export function wordMatches(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(WORD);
}

export function analyze(text: string): Analyzed {
  const tokens: Token[] = [];
  for (const m of wordMatches(text)) {
    tokens.push({ raw: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return { text, tokens };
}

/** Words as a reader counts them: "Key-Accounts" is one word, a dash on its own is none. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A term is a phrase of folded word patterns separated by spaces:
 * - `umsatz` the word itself, `umsatz*` words starting with it, `*umsatz*` words containing it
 *   (German compounds: "Jahresumsatzsteigerung"); `*` stands for letters or digits;
 * - regex groups within a word: `leads?`, `gewinn(e|s|es)?`;
 * - `~` up to two arbitrary words ("lower our prices"), `...` up to six ("um dies zu").
 * `except` lists terms that veto a match starting at the same word ("*ertrag*" but not "Vertrag").
 */
export type Term = string | { readonly match: string; readonly except: readonly string[] };

type Step = PatternStep<RegExp>;
export type CompiledTerm = {
  readonly source: string;
  readonly steps: readonly Step[];
  readonly except: readonly (readonly Step[])[];
};

function compilePhrase(phrase: string): Step[] {
  return phrase
    .trim()
    .split(/\s+/)
    .filter((part) => part !== "")
    .map((part): Step => {
      if (part === "~") return { kind: "gap", max: 2 };
      if (part === "...") return { kind: "gap", max: 6 };
      return { kind: "word", word: new RegExp(`^(?:${part.replace(/\*/g, "[\\p{L}\\p{N}]*")})$`, "u") };
    });
}

export function compileTerms(terms: readonly Term[]): CompiledTerm[] {
  return terms.map((term) =>
    typeof term === "string"
      ? { source: term, steps: compilePhrase(term), except: [] }
      : { source: term.match, steps: compilePhrase(term.match), except: term.except.map(compilePhrase) },
  );
}

/** A step of a phrase pattern: a word the token must pass, or a gap of up to `max` tokens. */
export type PatternStep<W> = { kind: "word"; word: W } | { kind: "gap"; max: number };

/**
 * End index (exclusive) of the shortest match of `steps` starting at token `i`, or null. Shared
 * by the keyword terms here and the wording lexicon (wording/lexicon.ts).
 */
export function shortestMatch<T, W>(
  tokens: readonly T[],
  i: number,
  steps: readonly PatternStep<W>[],
  passes: (token: T, word: W) => boolean,
  s = 0,
): number | null {
  const step = steps[s];
  if (step === undefined) return i;
  if (step.kind === "gap") {
    for (let k = 0; k <= step.max && i + k <= tokens.length; k++) {
      const end = shortestMatch(tokens, i + k, steps, passes, s + 1);
      if (end !== null) return end;
    }
    return null;
  }
  const token = tokens[i];
  if (token === undefined || !passes(token, step.word)) return null;
  return shortestMatch(tokens, i + 1, steps, passes, s + 1);
}

const matchAt = (tokens: readonly Token[], i: number, steps: readonly Step[]): number | null =>
  shortestMatch(tokens, i, steps, (token, re) => re.test(token.folded));

export type TermMatch = { text: string; start: number; end: number; term: string };

/** Every place a term occurs, longest first where matches overlap, in reading order. */
export function findTerms(analyzed: Analyzed, terms: readonly CompiledTerm[]): TermMatch[] {
  const { tokens } = analyzed;
  const found: TermMatch[] = [];
  for (const term of terms) {
    for (let i = 0; i < tokens.length; i++) {
      const end = matchAt(tokens, i, term.steps);
      if (end === null || end <= i) continue;
      if (term.except.some((ex) => matchAt(tokens, i, ex) !== null)) continue;
      const first = tokens[i];
      const last = tokens[end - 1];
      if (first === undefined || last === undefined) continue;
      found.push({ text: analyzed.text.slice(first.start, last.end), start: i, end, term: term.source });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const m of found) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && m.start < previous.end) continue;
    kept.push(m);
  }
  return kept;
}

/**
 * Drops matches the text itself negates: "statt Preisnachlässen", "ohne Rabatte", "Rabatte
 * abbauen", "instead of discounts", "no more cold calls". Negation words are looked for up to
 * three words before the match and, for `after`, right after it.
 */
export function withoutNegated(
  analyzed: Analyzed,
  matches: readonly TermMatch[],
  negations: { before: readonly CompiledTerm[]; after: readonly CompiledTerm[] },
): TermMatch[] {
  const hits = (terms: readonly CompiledTerm[], from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(analyzed.tokens.length, to); i++) {
      if (terms.some((t) => matchAt(analyzed.tokens, i, t.steps) !== null)) return true;
    }
    return false;
  };
  return matches.filter(
    (m) => !hits(negations.before, m.start - 3, m.start) && !hits(negations.after, m.end, m.end + 2),
  );
}

export function mentions(analyzed: Analyzed, terms: readonly CompiledTerm[]): boolean {
  return findTerms(analyzed, terms).length > 0;
}

/** The distinct matched texts, as written, in reading order (case-insensitive de-duplication). */
export function matchedTexts(matches: readonly { text: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of matches) {
    const key = fold(m.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m.text);
  }
  return out;
}

/** Folded word sequences of a text, for exact masking (names, ids). */
export function foldedWords(text: string): string[] {
  return analyze(text).tokens.map((t) => t.folded);
}

/**
 * Replaces every occurrence of the given folded word sequences by a masked token, longest
 * sequences first, so a rule does not read an account's own name ("Messe Frankfurt GmbH") as
 * wording of the goal.
 */
export function maskSequences(analyzed: Analyzed, sequences: readonly (readonly string[])[]): Analyzed {
  const tokens = analyzed.tokens.map((t) => ({ ...t }));
  markSequences(tokens, sequences, (t) => {
    t.folded = MASKED;
  });
  return { text: analyzed.text, tokens };
}

/**
 * Calls `mark` on the tokens of every occurrence of the given folded word sequences, longest
 * sequences first (a mark that changes `folded` keeps shorter ones from matching inside).
 */
export function markSequences<T extends { folded: string }>(
  tokens: readonly T[],
  sequences: readonly (readonly string[])[],
  mark: (token: T) => void,
): void {
  const ordered = [...sequences].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  for (const seq of ordered) {
    for (let i = 0; i + seq.length <= tokens.length; i++) {
      if (seq.every((word, k) => tokens[i + k]?.folded === word)) {
        for (let k = 0; k < seq.length; k++) {
          const t = tokens[i + k];
          if (t) mark(t);
        }
      }
    }
  }
}

/**
 * Words in reading order joined by single spaces, each run of masked words replaced by one
 * placeholder ("Lindner Bau AG" and "Kessler" both become "§").
 */
export function normalizedText(analyzed: Analyzed, placeholder = "§"): string {
  const words: string[] = [];
  for (const t of analyzed.tokens) {
    const word = t.folded === MASKED ? placeholder : t.folded;
    if (word === placeholder && words[words.length - 1] === placeholder) continue;
    words.push(word);
  }
  return words.join(" ");
}

/**
 * Light suffix stripping for German and English, repeated to a fixed point so that "Partner",
 * "Partners" and "Partnern" meet. It over-stems on purpose: it only decides whether two texts
 * share vocabulary, never what a word means.
 */
const SUFFIXES = [
  "ungen",
  "heiten",
  "keiten",
  "ung",
  "heit",
  "keit",
  "ing",
  "ern",
  "ed",
  "em",
  "en",
  "er",
  "es",
  "ly",
  "e",
  "n",
  "s",
];
export function stem(folded: string): string {
  let word = folded;
  for (;;) {
    const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 4);
    if (suffix === undefined) return word;
    word = word.slice(0, -suffix.length);
  }
}

/** Stems of the words that carry meaning (stop words and numbers removed). */
export function contentStems(analyzed: Analyzed, stopWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of analyzed.tokens) {
    if (t.folded === MASKED || stopWords.has(t.folded) || /^\p{N}+$/u.test(t.folded)) continue;
    if (t.folded.length < 2) continue;
    out.add(stem(t.folded));
  }
  return out;
}

/**
 * A term for a segment name as users write it in goals: "Tabak" also in "Tabakindustrie" and
 * "Rohtabak"; short names ("Bau") only as whole words so "Ausbau" is not the construction segment.
 */
export function segmentTerm(segment: string): CompiledTerm | null {
  const words = foldedWords(segment);
  if (words.length === 0) return null;
  const parts = words.map((w) => (w.length <= 3 ? w : w.length === 4 ? `${w}*` : `*${w}*`));
  return compileTerms([parts.join(" ")])[0] ?? null;
}
