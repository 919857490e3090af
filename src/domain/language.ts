// Which language, German or English: from a locale tag (Office's display language, LANG, a plan
// file's "de-DE") or from what a text is written in.

import { fold } from "./text";
import type { Language } from "./plan";

/** "de", "de-DE", "de_AT.UTF-8", "German", "Deutsch" → "de"; "en…" / "English" → "en"; else null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const word = fold(tag ?? "").trim();
  if (/^(de|deu|ger)\b|^(de)[-_]|^(deutsch|german)$/.test(word)) return "de";
  if (/^(en|eng)\b|^(en)[-_]|^(englisch|english)$/.test(word)) return "en";
  return null;
}

/** Office's display language ("de-DE", "en-US", …) → German for de-*, else English. */
export function languageOfDisplay(tag: string | null | undefined): Language {
  return languageOfTag(tag) ?? "en";
}

// Function words that tell German from English text.
const GERMAN_WORDS = new Set(
  "und wir unsere unseren unser der die das den dem mit fuer zu ein eine einen sein wird werden ihren ihrer als ist sind bei".split(
    " ",
  ),
);
const ENGLISH_WORDS = new Set("and we our the with for to a an be will their as of is are by".split(" "));

/** The language more of the texts' function words belong to; null when they do not tell. */
export function languageOfTexts(texts: readonly string[]): Language | null {
  let de = 0;
  let en = 0;
  for (const word of fold(texts.join(" ")).split(/[^a-z]+/)) {
    if (GERMAN_WORDS.has(word)) de++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  return de === en ? null : de > en ? "de" : "en";
}
