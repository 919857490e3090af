// Which notation a sheet uses, so that an ambiguous "1.250" is read the way its author meant it.

import type { ValueLocale } from "./account-values";
import type { HeaderLanguage } from "./headers";
import { numberNotation } from "./numbers";

const MAX_SAMPLE = 500;

/**
 * Numbers that prove a notation decide (1.250.000 € or 19,5 % → German; $1,200,000 or 14.5% →
 * English) when they all agree; otherwise the language most recognised headers are written in;
 * English when neither tells.
 */
export function sheetLocale(
  headerLanguages: readonly (HeaderLanguage | null)[],
  valueTexts: readonly string[],
): ValueLocale {
  let de = 0;
  let en = 0;
  // A sample is enough to see the notation; large sheets need not be parsed twice.
  for (const text of valueTexts.slice(0, MAX_SAMPLE)) {
    const notation = numberNotation(text);
    if (notation === "de") de++;
    else if (notation === "en") en++;
  }
  if (de > 0 && en === 0) return "de";
  if (en > 0 && de === 0) return "en";
  const german = headerLanguages.filter((l) => l === "de").length;
  const english = headerLanguages.filter((l) => l === "en").length;
  return german > english ? "de" : "en";
}
