// Words that turn a flagged phrase around: "statt Rabatten", "Rabatte abbauen", "without
// discounts". Used for goal wording, where a KAM often writes what the goal replaces.

import { compileTerms } from "../text";

export const NEGATIONS = {
  before: compileTerms([
    "statt",
    "anstatt",
    "anstelle",
    "ohne",
    "kein*",
    "nicht",
    "weniger",
    "abbau",
    "verzicht*",
    "vermeid*",
    "reduzier*",
    "ersetz*",
    "instead",
    "without",
    "no",
    "not",
    "rather",
    "fewer",
    "less",
    "avoid*",
    "reduc*",
    "cut*",
    "eliminat*",
    "replac*",
  ]),
  after: compileTerms([
    "vermeid*",
    "abbau*",
    "abzubauen",
    "reduzier*",
    "senk*",
    "zurueckfahr*",
    "streich*",
    "ersetz*",
    "avoid*",
    "reduc*",
    "cut",
    "eliminat*",
    "phas* out",
    "replac*",
  ]),
} as const;
