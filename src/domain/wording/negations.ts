// Words that turn a flagged phrase around, and how far they reach. A KAM often writes what a goal
// replaces or avoids: "statt Rabatten", "ohne dass wir uns … auf einen Preiskampf einlassen",
// "Rabatte schrittweise abbauen", "without another round of price cuts".
// - Clause cues (ohne, statt, kein, nicht, without, instead of, no, never …) reach to the end of
//   their clause; a comma ends the clause unless an enumeration goes on ("keine Rabatte, Boni oder
//   Sonderpreise").
// - Local cues reach three words before (reduce discounts) or five after ("Rabatte bis 2028
//   schrittweise abbauen"), within the clause.

import { compileLexicon, findAll, notWithin, type Match } from "./lexicon";
import type { Tokens } from "./tokens";

const CLAUSE_CUES = compileLexicon({
  de: [
    "ohne",
    "statt",
    "anstatt",
    "anstelle",
    "=kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "=nicht",
    "nie",
    "niemals",
    "weder",
    "weg von",
    "verzicht*",
    "verzichten",
    "abkehr",
  ],
  en: [
    "without",
    "instead",
    "rather than",
    "no",
    "not",
    "never",
    "neither",
    "nor",
    "away from",
    "refrain*",
    "rather than",
    "(don|doesn|won|isn|aren)",
    "stop",
    "stopping",
    // Exact forms: the stem "end" would also take German "Ende" ("bis Ende Q3").
    "(end|ends|ending)",
  ],
});

/** Cue words that negate nothing: "nicht nur", "not only", "no more than", "no later than". */
const NOT_NEGATIONS = compileLexicon({
  de: ["nicht nur", "nicht zuletzt", "nicht mehr als", "nicht weniger als", "kein geringerer"],
  en: [
    "not only",
    "not just",
    "no more than",
    "not more than",
    "no less than",
    "no later than",
    "not least",
    "no matter",
    "no doubt",
    "end of",
    "end to end",
    "end customers?",
    "end users?",
    "end ~ caps?",
    "endcaps?",
  ],
});

const LOCAL_BEFORE = compileLexicon({
  de: [
    "reduzier*",
    "abbau*",
    "abzubauen",
    "vermeid*",
    "ersetz*",
    "begrenz*",
    "zurueckfahr*",
    "zurueckzufahren",
    "abloes*",
    "abschaff*",
    "streich*",
    "raus aus",
    // Leaving a segment: "beim Ausstieg aus dem Tabaksortiment", "Rückzug aus der Kohle".
    "(ausstieg*|aussteig*|rueckzug|abschied|auslist*) (aus|von)",
    "auslist*",
    "weniger",
  ],
  en: [
    "reduc*",
    "avoid*",
    "replac*",
    "eliminat*",
    "phas* out",
    "limit*",
    "cap",
    "capping",
    "scal* back",
    "wind* down",
    "fewer",
    "less",
    "move* away",
    "exit*",
    "delist*",
    "(phase|phases|phased|phasing) (out|down)",
    "get* rid",
    "instead of",
  ],
});

const LOCAL_AFTER = compileLexicon({
  de: [
    "reduzier*",
    "abbau*",
    "abbauen",
    "abzubauen",
    "abgebaut",
    "vermeid*",
    "ersetz*",
    "begrenz*",
    "zurueckfahr*",
    "zurueckzufahren",
    "zurueckgefahren",
    "auslauf*",
    "auslaufen",
    "abloes*",
    "abschaff*",
    "streich*",
    "gestrichen",
    "senken",
    "gesenkt",
  ],
  en: [
    "reduc*",
    "avoid*",
    "replac*",
    "eliminat*",
    "phas* out",
    "limit*",
    "capped",
    "scal* back",
    "wound down",
    "wind* down",
    "removed",
    "retired",
    "(ended)",
  ],
});

/** Cues that frame what they negate: "phase tobacco out of the checkout zones". */
const FRAMES = compileLexicon({
  de: ["(nehm*|genommen) ~ ~ aus (dem|unserem|ihrem) sortiment"],
  en: ["(phase|phases|phased|phasing|wind|winds|winding|ease|eases|easing) ~ ~ (out|down)"],
});

type Cues = {
  clause: readonly Match[];
  before: readonly Match[];
  after: readonly Match[];
  frames: readonly Match[];
};
const CUES = new WeakMap<Tokens, Cues>();

function cuesOf(text: Tokens): Cues {
  const cached = CUES.get(text);
  if (cached) return cached;
  const exceptions = findAll(text, NOT_NEGATIONS);
  const cues = {
    clause: notWithin(findAll(text, CLAUSE_CUES), exceptions),
    before: findAll(text, LOCAL_BEFORE),
    after: findAll(text, LOCAL_AFTER),
    frames: findAll(text, FRAMES),
  };
  CUES.set(text, cues);
  return cues;
}

const ENUMERATION = new Set(["oder", "und", "sowie", "noch", "or", "and", "nor"]);

/** Words that open an aside between commas: ", as in the 2025 tender,", ", wie zuletzt 2025,". */
const ASIDE_STARTS = new Set([
  "as",
  "like",
  "wie",
  "etwa",
  "z",
  "zb",
  "e",
  "eg",
  "zum",
  "ie",
  "d",
  "namely",
  "zuletzt",
]);
/** An aside is short: a longer stretch between two dashes or commas is a clause of its own. */
const ASIDE_MAX = 8;

/**
 * Where an aside that opens before token `i` ends (the index of the first token after it), or
 * null: "ohne dass wir uns – wie zuletzt 2025 – auf einen Preiskampf einlassen" goes on after the
 * second dash, "without getting drawn, as in the 2025 tender, into a price war" after the comma.
 */
function asideEnd(text: Tokens, i: number): number | null {
  const { tokens } = text;
  const gapBefore = (k: number) => text.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  const opening = gapBefore(i);
  const kind = /[–—]|\s-\s/.test(opening)
    ? "dash"
    : opening.includes("(")
      ? "bracket"
      : opening.includes(",") && ASIDE_STARTS.has(tokens[i]?.folded ?? "")
        ? "comma"
        : null;
  if (kind === null) return null;
  for (let k = i + 1; k < tokens.length && k <= i + ASIDE_MAX; k++) {
    if (tokens[k]?.clause === tokens[k - 1]?.clause) continue;
    const gap = gapBefore(k);
    if (/[;:!?]|\.\s/.test(gap)) return null;
    if (kind === "dash" && /[–—]|\s-\s/.test(gap)) return k;
    if (kind === "bracket" && gap.includes(")")) return k;
    if (kind === "comma" && gap.trim() === ",") return k;
    return null;
  }
  return null;
}

/**
 * Whether the clause of token `from` reaches token `to`: commas of an enumeration do not end it,
 * nor does a short aside between dashes, brackets or commas.
 */
function sameScope(text: Tokens, from: number, to: number): boolean {
  const { tokens } = text;
  for (let i = from + 1; i <= to; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token || !previous || token.clause === previous.clause) continue;
    const end = asideEnd(text, i);
    if (end !== null && end <= to) {
      i = end;
      continue;
    }
    if (!token.afterComma) return false;
    // After a comma the negation goes on only through a list: "keine Rabatte, Boni oder Skonti".
    const listGoesOn = tokens
      .slice(i, i + 4)
      .some((t) => t.clause === token.clause && ENUMERATION.has(t.folded));
    if (!listGoesOn) return false;
  }
  return true;
}

/** Whether the text itself negates the match. */
export function isNegated(text: Tokens, match: Pick<Match, "start" | "end">): boolean {
  const cues = cuesOf(text);
  const { tokens } = text;
  const clauseOf = (i: number) => tokens[i]?.clause ?? -1;
  // Distance in words as read: an account's name ("Granite Ridge's") counts as none.
  const wordsBetween = (from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t && !t.masked && t.folded !== "s") n++;
    }
    return n;
  };
  if (cues.clause.some((c) => c.end <= match.start && sameScope(text, c.start, match.start))) return true;
  if (cues.frames.some((c) => c.start < match.start && c.end >= match.end)) return true;
  if (
    cues.before.some(
      (c) =>
        c.end <= match.start &&
        wordsBetween(c.end, match.start) <= 3 &&
        clauseOf(c.start) === clauseOf(match.start),
    )
  )
    return true;
  return cues.after.some(
    (c) =>
      c.start >= match.end &&
      wordsBetween(match.end, c.start) <= 5 &&
      clauseOf(c.start) === clauseOf(match.end - 1),
  );
}

export function withoutNegated(text: Tokens, matches: readonly Match[]): Match[] {
  return matches.filter((m) => !isNegated(text, m));
}
