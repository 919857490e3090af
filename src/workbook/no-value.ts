// Texts that say "there is no value here" (k. A., n/a, –, tbd …). A cell holding one is empty on
// purpose: the reader stores null without a finding, unlike text it cannot read.

const NO_VALUE_KEYS: ReadonlySet<string> = new Set([
  "",
  "-",
  "--",
  "---",
  "–",
  "—",
  "/",
  "?",
  "??",
  "???",
  "n/a",
  "n/v",
  "na",
  "nv",
  "ka",
  "k/a",
  "keineangabe",
  "keineangaben",
  "nichtbekannt",
  "nb",
  "unbekannt",
  "unknown",
  "none",
  "nil",
  "tbd",
  "tba",
  "tbc",
  "offen",
  "nochoffen",
  "entfaellt",
  "nichtverfuegbar",
  "nichtzutreffend",
  "notavailable",
  "notapplicable",
]);

/** Key for the lookup: case-, space-, dot- and umlaut-insensitive ("k. A." → "ka"). */
function noValueKey(text: string): string {
  return text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/[\s.]/g, "");
}

/** The longest text that can say "no value" ("nicht verfügbar", "not applicable", with spaces). */
const MAX_NO_VALUE_LENGTH = 24;

export function isNoValueText(text: string): boolean {
  // Most texts read (names, ids) are longer or hold digits: no need to normalise them.
  if (text.length > MAX_NO_VALUE_LENGTH || /\d/.test(text)) return false;
  return NO_VALUE_KEYS.has(noValueKey(text));
}
