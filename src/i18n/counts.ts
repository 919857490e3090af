// "1 Fehler, 2 Warnungen", "1 warning": finding counts with the right singular/plural.

import type { FindingSummary, Severity } from "../domain/finding";
import type { Language } from "../domain/plan";

const NOUN: Record<Language, Record<Severity, readonly [one: string, many: string]>> = {
  de: { error: ["Fehler", "Fehler"], warning: ["Warnung", "Warnungen"], info: ["Hinweis", "Hinweise"] },
  en: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] },
};

export function countText(count: number, severity: Severity, language: Language): string {
  const [one, many] = NOUN[language][severity];
  return `${count} ${count === 1 ? one : many}`;
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
