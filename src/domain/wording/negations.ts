// Words that turn a flagged phrase around, and how far they reach. A KAM often writes what a goal
// replaces or avoids: "statt Rabatten", "ohne dass wir uns … auf einen Preiskampf einlassen",
// "Rabatte schrittweise abbauen", "without another round of price cuts".
// - Clause cues (ohne, statt, kein, nicht, without, instead of, no, never …) reach to the end of
//   their clause; a comma ends the clause unless an enumeration goes on ("keine Rabatte, Boni oder
//   Sonderpreise").
// - Local cues reach three words before (reduce discounts) or five after ("Rabatte bis 2028
//   schrittweise abbauen"), within the clause.

import { compileLexicon, findAll, type Match } from "./lexicon";
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
    "end",
    "ending",
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
    "ended",
  ],
});

type Cues = { clause: readonly Match[]; before: readonly Match[]; after: readonly Match[] };
const CUES = new WeakMap<Tokens, Cues>();

function cuesOf(text: Tokens): Cues {
  const cached = CUES.get(text);
  if (cached) return cached;
  const exceptions = findAll(text, NOT_NEGATIONS);
  const outside = (m: Match) => !exceptions.some((e) => m.start >= e.start && m.start < e.end);
  const cues = {
    clause: findAll(text, CLAUSE_CUES).filter(outside),
    before: findAll(text, LOCAL_BEFORE),
    after: findAll(text, LOCAL_AFTER),
  };
  CUES.set(text, cues);
  return cues;
}

const ENUMERATION = new Set(["oder", "und", "sowie", "noch", "or", "and", "nor"]);

/** Whether the clause of token `from` reaches token `to`: commas of an enumeration do not end it. */
function sameScope(text: Tokens, from: number, to: number): boolean {
  const { tokens } = text;
  for (let i = from + 1; i <= to; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token || !previous || token.clause === previous.clause) continue;
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
  if (cues.clause.some((c) => c.end <= match.start && sameScope(text, c.start, match.start))) return true;
  if (
    cues.before.some(
      (c) => c.end <= match.start && match.start - c.end <= 3 && clauseOf(c.start) === clauseOf(match.start),
    )
  )
    return true;
  return cues.after.some(
    (c) => c.start >= match.end && c.start - match.end <= 5 && clauseOf(c.start) === clauseOf(match.end - 1),
  );
}

export function withoutNegated(text: Tokens, matches: readonly Match[]): Match[] {
  return matches.filter((m) => !isNegated(text, m));
}
