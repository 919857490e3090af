// "1 Fehler, 2 Warnungen", "1 warning": finding counts with their nouns, through the catalogues'
// one template filler (Intl.PluralRules picks the noun).

import type { FindingSummary, Severity } from "../domain/finding";
import type { Language } from "../domain/plan";
import { fillTemplate } from "./format";

const COUNT: Record<Language, Record<Severity, string>> = {
  de: {
    error: "{count#Fehler|Fehler}",
    warning: "{count#Warnung|Warnungen}",
    info: "{count#Hinweis|Hinweise}",
  },
  en: { error: "{count#error|errors}", warning: "{count#warning|warnings}", info: "{count#note|notes}" },
};

export function countText(count: number, severity: Severity, language: Language): string {
  return fillTemplate(COUNT[language][severity], { count }, language);
}

/**
 * The counts joined by commas. `zeros` keeps counts of 0 (a summary line); without it only
 * what was found is named (a check cell), and an empty result means nothing was found.
 */
export function severityCountsText(
  summary: Partial<FindingSummary>,
  language: Language,
  options: { zeros: boolean },
): string {
  const parts: string[] = [];
  const add = (count: number | undefined, severity: Severity) => {
    if (count === undefined) return;
    if (count > 0 || options.zeros) parts.push(countText(count, severity, language));
  };
  add(summary.errors, "error");
  add(summary.warnings, "warning");
  add(summary.infos, "info");
  return parts.join(", ");
}
