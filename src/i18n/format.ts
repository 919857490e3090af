// Locale-aware formatting of numbers, money, percentages and dates, and template filling for the
// message catalogues. German uses de-DE conventions (1.250.000 €, 31,5 %, 31.12.2027).

import type { ParamValue, TermKey } from "../domain/finding";
import type { Language } from "../domain/plan";
import { TERMS } from "./terms";

const LOCALE: Record<Language, string> = { de: "de-DE", en: "en-GB" };

export function localeOf(language: Language): string {
  return LOCALE[language];
}

// Building an Intl formatter costs far more than using one: layouts format tens of thousands of
// numbers, so each formatter is made once per language and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `key` names the options (callers pass a short fixed key: building one per call costs too). */
function numberFormat(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  key = `${language}|${key}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

const pluralRules: Record<Language, Intl.PluralRules> = {
  de: new Intl.PluralRules(LOCALE.de),
  en: new Intl.PluralRules(LOCALE.en),
};

export function formatNumber(value: number, language: Language, maxFractionDigits = 2): string {
  return numberFormat(language, `n${maxFractionDigits}`, { maximumFractionDigits: maxFractionDigits }).format(
    value,
  );
}

/** A fraction as a percentage: 0.315 → "31,5 %" (de) / "31.5%" (en). */
export function formatPercent(fraction: number, language: Language): string {
  // Under 1 % one decimal hides the figure (0.29 % would show as 0.3 %).
  const digits = fraction !== 0 && Math.abs(fraction) < 0.01 ? 2 : 1;
  return numberFormat(language, `p${digits}`, { style: "percent", maximumFractionDigits: digits }).format(
    fraction,
  );
}

const CURRENCY_CODES = new Set(["EUR", "USD", "GBP", "CHF"]);

/** An amount with its unit: 2300000 EUR → "2.300.000 €" (de) / "€2,300,000" (en). */
export function formatAmount(amount: number, unit: string | null, language: Language): string {
  const code = unit?.toUpperCase() ?? null;
  if (code !== null && CURRENCY_CODES.has(code)) {
    return numberFormat(language, `c${code}`, {
      style: "currency",
      currency: code,
      // "$1,500,000" rather than en-GB's "US$1,500,000"; the unit column says which dollar.
      currencyDisplay: "narrowSymbol",
      maximumFractionDigits: 0,
    }).format(amount);
  }
  const n = formatNumber(amount, language, 0);
  return unit ? `${n} ${unit}` : n;
}

const dateFormats: Record<Language, Intl.DateTimeFormat | null> = { de: null, en: null };

/** One formatter per language (findings on 30,000 goals format as many dates). */
function dateFormat(language: Language): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    language === "de"
      ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  const format = dateFormats[language] ?? new Intl.DateTimeFormat(LOCALE[language], options);
  dateFormats[language] = format;
  return format;
}

/** ISO date → 31.12.2027 (de) / 31 Dec 2027 (en). */
export function formatDate(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return dateFormat(language).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function term(key: TermKey, language: Language): string {
  return TERMS[language][key] ?? key.slice(key.indexOf(".") + 1);
}

export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALE[language], { style: "long", type: "conjunction" }).format(items);
}

export function formatParam(value: ParamValue, language: Language): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value, language);
  if ("percent" in value) return formatPercent(value.percent, language);
  if ("amount" in value) return formatAmount(value.amount, value.unit, language);
  if ("date" in value) return formatDate(value.date, language);
  if ("list" in value) return formatList(value.list, language);
  return term(value.term, language);
}

/**
 * The one template filler of every catalogue: `{name}` is the parameter, formatted for the
 * language; `{name#one|other}` is a count with its noun, chosen by the language's plural rules
 * ("1 Warnung", "3 Warnungen"; "1 account", "2 accounts"). A placeholder without a parameter is left
 * visible, never dropped.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, ParamValue>>,
  language: Language,
): string {
  return template.replace(
    /\{(\w+)(?:#([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const text = formatParam(value, language);
      if (one === undefined || other === undefined) return text;
      const count = typeof value === "number" ? value : Number(value);
      return `${text} ${pluralRules[language].select(count) === "one" ? one : other}`;
    },
  );
}
