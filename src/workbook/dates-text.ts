// Dates as people write them into sheets (31.12.2027, 31/12/2027, Dec 31, 2027, Q4 2027,
// Ende 2027) and Excel date serials. A coarse date (month, quarter, year) stands for its last
// day, because such dates are mostly deadlines: "Q4 2027" means "by 31 Dec 2027".

import { isoFromExcelSerial, isoFromParts } from "../domain/dates";
import { isNoValueText } from "./no-value";
import { isDateFormat } from "./number-formats";

export type DateLocale = "de" | "en" | "auto";
export type DatePrecision = "day" | "month" | "quarter" | "year";
export type ParsedDate = { ok: true; iso: string; precision: DatePrecision } | { ok: false; empty: boolean };

const UNREADABLE = { ok: false, empty: false } as const satisfies ParsedDate;

/** Years a date text may name; keeps "12345" or "0042" from passing as a year. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Month names and abbreviations, German and English, umlauts folded (März → maerz). */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["jan", "januar", "january", "jaen", "jaenner"],
  ["feb", "febr", "februar", "february"],
  ["mar", "maer", "mrz", "maerz", "march"],
  ["apr", "april"],
  ["mai", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["okt", "oct", "oktober", "october"],
  ["nov", "november"],
  ["dez", "dec", "dezember", "december"],
];
const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);

/**
 * Reads a date text. Slash and dash dates with a 2-digit first part are read day first (31/12/2027)
 * in every locale — the UK and German order; US month-first order is read only when the second
 * part cannot be a month (12/31/2027), or when `order` says the cell's column is written month
 * first. Two-digit years follow Excel: 00–29 → 20xx, 30–99 → 19xx.
 * `locale` is accepted for symmetry with parseNumber; no notation here depends on it yet.
 */
export function parseDateText(
  text: string,
  _locale: DateLocale = "auto",
  order: "dayFirst" | "monthFirst" | null = null,
): ParsedDate {
  const trimmed = text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (isNoValueText(trimmed)) return { ok: false, empty: true };
  if (trimmed.length > 60) return UNREADABLE;
  const s = stripDeadlineWords(fold(trimmed));
  return readDay(s, order) ?? readMonth(s) ?? readQuarter(s) ?? readYear(s) ?? UNREADABLE;
}

/** ISO date of an Excel serial in a date-formatted cell; null when the format is not a date. */
export function dateFromCell(value: number, format: string): string | null {
  return isDateFormat(format) ? isoFromExcelSerial(value) : null;
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/\s\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?(?:am|pm|uhr))?$/, "")
    .replace(/t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?$/, "");
}

/** "bis Ende 2027", "by end of Q4 2027": the words around a deadline do not change the date. */
function stripDeadlineWords(s: string): string {
  return s
    .replace(/^(?:bis|by|until|till|zum|per)\s+/, "")
    .replace(/^(?:ende|end of|end|ultimo)\s+/, "")
    .trim();
}

function year(text: string): number | null {
  const n = Number(text);
  if (text.length === 2) return n < 30 ? 2000 + n : 1900 + n;
  return n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
}

function month(text: string): number | null {
  return MONTHS.get(text.replace(/\.$/, "")) ?? null;
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function day(y: number | null, m: number | null, d: number): ParsedDate | null {
  if (y === null || m === null) return null;
  const iso = isoFromParts(y, m, d);
  return iso ? { ok: true, iso, precision: "day" } : UNREADABLE;
}

function endOfMonth(y: number | null, m: number | null, precision: DatePrecision): ParsedDate | null {
  if (y === null || m === null || m < 1 || m > 12) return null;
  const iso = isoFromParts(y, m, lastDayOfMonth(y, m));
  return iso ? { ok: true, iso, precision } : null;
}

/** `order`: how the column's other dates are written (see ColumnContext.dateOrder); null: per cell. */
function readDay(s: string, order: "dayFirst" | "monthFirst" | null): ParsedDate | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return day(year(m[1] ?? ""), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4}|\d{2})$/.exec(s);
  if (m) return day(year(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const monthFirst = order === "monthFirst" ? a <= 12 : order === null && a <= 12 && b > 12;
    return day(year(m[4] ?? ""), monthFirst ? a : b, monthFirst ? b : a);
  }
  // Dec 31, 2027 / December 31st 2027
  m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  if (m) return day(year(m[3] ?? ""), month(m[1] ?? ""), Number(m[2]));
  // 31 Dec 2027 / 31. Dezember 2027 / 31-Dec-27
  m = /^(\d{1,2})(?:\.|st|nd|rd|th)?[ -]?([a-z]+\.?)(?:, ?|[ -])(\d{4}|\d{2})$/.exec(s);
  if (m) return day(year(m[3] ?? ""), month(m[2] ?? ""), Number(m[1]));
  return null;
}

function readMonth(s: string): ParsedDate | null {
  let m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return endOfMonth(year(m[2] ?? ""), Number(m[1]), "month") ?? UNREADABLE;
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m) return endOfMonth(year(m[1] ?? ""), Number(m[2]), "month") ?? UNREADABLE;
  m = /^([a-z]+\.?)[ -]?,? ?(\d{4})$/.exec(s);
  if (m) return endOfMonth(year(m[2] ?? ""), month(m[1] ?? ""), "month");
  return null;
}

/**
 * Quarters (Q4 2027, Q4/2027, 4. Quartal 2027, 4Q27, 2027-Q4) → the quarter's last day. Half years
 * (H1 2027, 1. Halbjahr 2027) end on a quarter's last day too, so they are read with precision "quarter".
 */
function readQuarter(s: string): ParsedDate | null {
  const patterns: readonly (readonly [RegExp, number, number, number])[] = [
    // [pattern, group of the quarter/half number, group of the year, months per period]
    [/^q ?([1-4]) ?[/\-.' ]? ?(\d{4}|\d{2})$/, 1, 2, 3],
    [/^(\d{4}) ?[/\- ]? ?q ?([1-4])$/, 2, 1, 3],
    [/^([1-4])\.? ?(?:quartal|qrt\.?|qu\.?|quarter|q) ?[/\-']? ?(\d{4}|\d{2})$/, 1, 2, 3],
    [/^h ?([12]) ?[/\-.' ]? ?(\d{4}|\d{2})$/, 1, 2, 6],
    [/^(\d{4}) ?[/\- ]? ?h ?([12])$/, 2, 1, 6],
    [/^([12])\.? ?(?:halbjahr|hj\.?|half|h) ?[/\-']? ?(\d{4}|\d{2})$/, 1, 2, 6],
  ];
  for (const [pattern, periodGroup, yearGroup, months] of patterns) {
    const m = pattern.exec(s);
    if (m) return endOfMonth(year(m[yearGroup] ?? ""), Number(m[periodGroup]) * months, "quarter");
  }
  return null;
}

function readYear(s: string): ParsedDate | null {
  const m = /^(\d{4})$/.exec(s);
  const y = m ? year(m[1] ?? "") : null;
  return y === null ? null : { ok: true, iso: `${y}-12-31`, precision: "year" };
}
