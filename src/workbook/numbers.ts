// Numbers as people type them into account sheets, in German and English notation: amounts with
// currency and magnitude words (1,25 Mio. €, $4.5M, 760 T€), percentages (31,5 %), negatives in
// parentheses. Pure and total: any text gives a result, nothing throws.

import { CURRENCY_TOKENS, notationOfCurrency } from "./currency-codes";
import { isNoValueText } from "./no-value";

export type NumberLocale = "de" | "en" | "auto";
/** The notation a text evidently uses: German 1.250.000,50 or English 1,250,000.50. */
export type NumberNotation = "de" | "en";

export type ParsedNumber =
  /** `percent`: the text had %/Prozent/percent, and `value` is already a fraction (31,5 % → 0.315). */
  | { ok: true; value: number; percent: boolean; currency: string | null }
  /** `empty`: the text says "no value" (k. A., n/a, –); otherwise it could not be read. */
  | { ok: false; empty: boolean };

export type NumberParts =
  | {
      ok: true;
      value: number;
      percent: boolean;
      currency: string | null;
      /** The text carried its own magnitude word (Mio., k, T€). */
      scaled: boolean;
      /** Which notation the separators prove; null when they fit both (1.250, 1 250). */
      notation: NumberNotation | null;
    }
  | { ok: false; empty: boolean };

export function parseNumber(text: string, locale: NumberLocale = "auto"): ParsedNumber {
  const parts = parseNumberParts(text, locale);
  if (!parts.ok) return parts;
  return { ok: true, value: parts.value, percent: parts.percent, currency: parts.currency };
}

/** The notation a number text proves (German or English), or null when it proves neither. */
export function numberNotation(text: string): NumberNotation | null {
  const parts = parseNumberParts(text, "auto");
  return parts.ok ? parts.notation : null;
}

const UNREADABLE = { ok: false, empty: false } as const satisfies NumberParts;
const NO_VALUE = { ok: false, empty: true } as const satisfies NumberParts;

/** No-break, narrow no-break, thin and figure spaces all separate thousands like a space. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Typographic minus signs and dashes in front of a number. */
const MINUS_SIGNS = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;

export function parseNumberParts(text: string, locale: NumberLocale = "auto"): NumberParts {
  const spaced = text.replace(SPACES, " ").trim();
  const first = spaced.search(/\d/);
  // No-value words hold no digits; only texts without digits need the lookup.
  if (first < 0) return isNoValueText(spaced) ? NO_VALUE : UNREADABLE;
  if (spaced.length > 200) return UNREADABLE;
  // Minus signs are single characters, so positions stay the same.
  const s = spaced.replace(MINUS_SIGNS, "-");
  const bodyMatch = /\d+(?:[.,'’ ]\d+)*/y;
  bodyMatch.lastIndex = first;
  const body = bodyMatch.exec(s)?.[0] ?? "";
  const prefix = readAffixes(s.slice(0, first), PREFIX_TOKENS);
  const suffix = readAffixes(s.slice(first + body.length), SUFFIX_TOKENS);
  if (!prefix || !suffix) return UNREADABLE;
  const affixes = [...prefix, ...suffix];
  const signs = affixes.filter((a) => a.kind === "sign");
  const currencies = affixes.filter((a) => a.kind === "currency");
  const scales = affixes.filter((a) => a.kind === "scale");
  const percents = affixes.filter((a) => a.kind === "percent");
  const open = prefix.filter((a) => a.kind === "open").length;
  const close = suffix.filter((a) => a.kind === "close").length;
  if (open !== close || open > 1 || signs.length + open > 1) return UNREADABLE;
  if (currencies.length > 1 || scales.length > 1 || percents.length > 1) return UNREADABLE;
  if (affixes.filter((a) => a.kind === "approx").length > 1) return UNREADABLE;
  if (suffix.findIndex((a) => a.kind === "zeroCents") > 0) return UNREADABLE;
  if (percents.length > 0 && (scales.length > 0 || currencies.length > 0)) return UNREADABLE;
  if (suffix.some((a, i) => a.kind === "sign" && i !== 0 && suffix[i - 1]?.kind !== "zeroCents")) {
    return UNREADABLE;
  }

  const currency = currencies[0]?.value ?? null;
  const hasUnit = scales.length > 0 || percents.length > 0;
  const digits = readDigits(
    body,
    locale === "auto" ? (notationOfCurrency(currency) ?? "auto") : locale,
    hasUnit,
  );
  if (!digits) return UNREADABLE;

  const scale = scales[0]?.value ?? "0";
  const exponent = Number(scale) - (percents.length > 0 ? 2 : 0) - digits.fraction.length;
  const magnitude = Number(`${digits.integer}${digits.fraction}e${exponent}`);
  if (!Number.isFinite(magnitude)) return UNREADABLE;
  const negative = open > 0 || signs.some((a) => a.value === "-");
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return {
    ok: true,
    value,
    percent: percents.length > 0,
    currency,
    scaled: scales.length > 0,
    notation: digits.notation,
  };
}

type AffixKind = "sign" | "open" | "close" | "currency" | "scale" | "percent" | "approx" | "zeroCents";
type Affix = { kind: AffixKind; value: string };
/**
 * A token to match at the start of the remaining text: lower-case `text` matched case-insensitively,
 * or `exactCase` for letters whose case matters (T, B, MM).
 */
type AffixToken = { text: string; kind: AffixKind; value: string; exactCase?: boolean };

const CURRENCY_AFFIXES: readonly AffixToken[] = CURRENCY_TOKENS.map(([text, code]) => ({
  text,
  kind: "currency",
  value: code,
}));

/** Magnitude words; `value` is the power of ten. Longer words first so "Mio." wins over "M". */
const SCALE_AFFIXES: readonly AffixToken[] = [
  ...["milliarden", "milliarde", "billions", "billion", "mrd.", "mrd", "bn"].map((text) => ({
    text,
    value: "9",
  })),
  { text: "B", value: "9", exactCase: true },
  // Upper-case MM only (US finance); "mm" is more likely millimetres.
  { text: "MM", value: "6", exactCase: true },
  ...["millionen", "millions", "million", "mio.", "mio", "mn", "m"].map((text) => ({ text, value: "6" })),
  ...["thousands", "thousand", "tausend", "tsd.", "tsd", "k"].map((text) => ({ text, value: "3" })),
  // Upper-case T only: "760 T€" is thousands, a lower-case t is more likely tonnes.
  { text: "T", value: "3", exactCase: true },
].map((t): AffixToken => ({ ...t, kind: "scale" }));

const PERCENT_AFFIXES: readonly AffixToken[] = ["prozent", "per cent", "percent", "pct.", "pct", "%"].map(
  (text): AffixToken => ({ text, kind: "percent", value: "" }),
);

const PREFIX_TOKENS: readonly AffixToken[] = [
  ...CURRENCY_AFFIXES,
  // Approximations keep the figure the user wrote ("ca. 1,2 Mio." is 1.2 million).
  ...["approx.", "approx", "circa", "etwa", "rund", "ca.", "ca", "rd.", "~"].map((text): AffixToken => ({
    text,
    kind: "approx",
    value: "",
  })),
  { text: "+", kind: "sign", value: "+" },
  { text: "-", kind: "sign", value: "-" },
  { text: "(", kind: "open", value: "" },
];

const SUFFIX_TOKENS: readonly AffixToken[] = [
  // "1.250,– €": the dash stands for zero cents.
  { text: ",-", kind: "zeroCents", value: "" },
  { text: ".-", kind: "zeroCents", value: "" },
  ...SCALE_AFFIXES,
  ...CURRENCY_AFFIXES,
  ...PERCENT_AFFIXES,
  // Trailing minus as in SAP exports: "1.250,00-".
  { text: "-", kind: "sign", value: "-" },
  { text: ")", kind: "close", value: "" },
];

/** Splits prefix or suffix text into known tokens; null when anything else is left. */
function readAffixes(text: string, tokens: readonly AffixToken[]): Affix[] | null {
  const found: Affix[] = [];
  let rest = text.trim();
  while (rest !== "") {
    const lower = rest.toLowerCase();
    const token = tokens.find((t) => (t.exactCase ? rest.startsWith(t.text) : lower.startsWith(t.text)));
    if (!token) return null;
    const after = rest.slice(token.text.length);
    // A word token must not run into further letters ("Mioxyz"); a following unit may ("T€", "TEUR", "mEUR").
    if (/^[a-z]/i.test(token.text) && /^[a-z]/i.test(after) && !startsWithUnit(after, tokens)) return null;
    found.push({ kind: token.kind, value: token.value });
    rest = after.trim();
  }
  return found;
}

function startsWithUnit(text: string, tokens: readonly AffixToken[]): boolean {
  const lower = text.toLowerCase();
  return tokens.some(
    (t) =>
      (t.kind === "currency" || t.kind === "scale") &&
      (t.exactCase ? text.startsWith(t.text) : lower.startsWith(t.text)),
  );
}

type Digits = { integer: string; fraction: string; notation: NumberNotation | null };

/**
 * Reads the digits and separators of a number body.
 * - Spaces and apostrophes only ever group thousands (1 250 000, 2'500'000).
 * - With both `.` and `,`, the last one is the decimal separator (1.250.000,50 / 1,250,000.50).
 * - One kind occurring several times groups thousands (1.250.000).
 * - One occurrence followed by 1–2 or 4+ digits, or after a leading 0 or 4+ digits, is decimal.
 * - One occurrence followed by exactly 3 digits (1.250) is ambiguous: "de" reads `.` as thousands
 *   and `,` as decimal, "en" the reverse. "auto" without a currency hint reads it as thousands,
 *   because account figures are whole amounts far more often than amounts with three decimals —
 *   except next to a magnitude word or %, where decimals are usual (1.250 Mio), so it is unreadable.
 */
function readDigits(body: string, locale: NumberLocale, hasUnit: boolean): Digits | null {
  const groups = body.split(/[.,'’ ]/);
  const seps = body.replace(/\d/g, "").split("");
  const count = (sep: string) => seps.filter((s) => s === sep).length;
  const dots = count(".");
  const commas = count(",");
  const last = seps.length - 1;
  let decimalAt = -1;
  let notation: NumberNotation | null = null;

  if (dots > 0 && commas > 0) {
    const sep = seps[last];
    if ((sep !== "." && sep !== ",") || count(sep) !== 1) return null;
    decimalAt = last;
    notation = sep === "," ? "de" : "en";
  } else if (dots + commas === 1) {
    const sep = dots === 1 ? "." : ",";
    const at = seps.indexOf(sep);
    const after = groups[at + 1] ?? "";
    const head = groups[0] ?? "";
    const decimalNotation: NumberNotation = sep === "," ? "de" : "en";
    const thousandsNotation: NumberNotation = sep === "." ? "de" : "en";
    if (at !== last) {
      notation = thousandsNotation;
    } else if (after.length !== 3 || (at === 0 && (head.length > 3 || head === "0"))) {
      decimalAt = at;
      notation = decimalNotation;
    } else if (locale === "auto") {
      if (hasUnit) return null;
    } else if (locale === decimalNotation) {
      decimalAt = at;
    }
  } else if (dots + commas > 1) {
    notation = dots > 0 ? "de" : "en";
  }

  const integerGroups = decimalAt < 0 ? groups : groups.slice(0, decimalAt + 1);
  const fraction = decimalAt < 0 ? "" : (groups[decimalAt + 1] ?? "");
  if (integerGroups.length > 1) {
    const [head = "", ...tail] = integerGroups;
    if (head.length > 3 || tail.some((g) => g.length !== 3)) return null;
  }
  return { integer: integerGroups.join(""), fraction, notation };
}
