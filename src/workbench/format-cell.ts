// Excel number formats applied well enough for a preview: General, text, fixed decimals with or
// without thousands separators, percentages, currency literals, dates and times, and the negative
// section. Not a full implementation of Excel's format language (no conditions, fractions or
// scientific notation); anything it does not understand shows the plain number.

import type { Language } from "../domain/plan";
import { localeOf } from "../i18n/format";

export type PreviewValue = string | number | boolean | Date | null;

/** Splits a format into its sections at `;` outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === "\\" && !quoted) {
      current += ch + format.charAt(i + 1);
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out;
}

/** [$€-407] → €, [Red] and [>100] dropped. */
function resolveBrackets(section: string): string {
  return section
    .replace(/\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/g, (_m, symbol: string) => `"${symbol}"`)
    .replace(/\[[^\]]*\]/g, "");
}

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** Quoted text, escaped characters, padding (_x → space, *x → nothing) become literals. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: Token["kind"], text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === kind) last.text += text;
    else tokens.push({ kind, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push("literal", section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push("literal", section.charAt(i + 1));
      i++;
    } else if (ch === "_") {
      push("literal", " ");
      i++;
    } else if (ch === "*") {
      i++;
    } else {
      push("code", ch);
    }
  }
  return tokens;
}

const DATE_CODE = /[dmyhs]/i;

function isDateSection(tokens: readonly Token[]): boolean {
  const code = tokens
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  return /[dy]/i.test(code) || /m{3,}/i.test(code) || (/h/i.test(code) && DATE_CODE.test(code));
}

function formatNumberCode(value: number, code: string, language: Language): string {
  const percent = (code.match(/%/g) ?? []).length;
  const scaled = value * Math.pow(100, percent);
  const pattern = /[0#?,.]+/.exec(code)?.[0] ?? "";
  if (pattern === "") return code.includes("@") ? String(value) : code;
  const dot = pattern.indexOf(".");
  const decimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0#?]/g, "").length;
  const integerPart = dot < 0 ? pattern : pattern.slice(0, dot);
  const grouping = integerPart.includes(",") && /[0#?]/.test(integerPart.slice(integerPart.indexOf(",") + 1));
  // Trailing commas scale by thousands (#,##0, → in thousands).
  const thousands = /,+$/.exec(integerPart)?.[0].length ?? 0;
  const number = scaled / Math.pow(1000, thousands);
  const minDecimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0]/g, "").length;
  const text = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  }).format(number);
  const at = code.indexOf(pattern);
  return `${code.slice(0, at)}${text}${code.slice(at + pattern.length)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const MONTHS: Record<Language, { short: string[]; long: string[] }> = {
  de: {
    short: ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    long: [
      "Januar",
      "Februar",
      "März",
      "April",
      "Mai",
      "Juni",
      "Juli",
      "August",
      "September",
      "Oktober",
      "November",
      "Dezember",
    ],
  },
  en: {
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    long: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
  },
};

/** Date codes (d, dd, m, mm, mmm, yyyy, h, hh, mm after h, ss) on a UTC date. */
function formatDateCode(date: Date, code: string, language: Language): string {
  let out = "";
  let lastWasHour = false;
  const re = /(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|.)/gi;
  for (const match of code.matchAll(re)) {
    const token = match[0];
    const lower = token.toLowerCase();
    switch (lower) {
      case "yyyy":
        out += String(date.getUTCFullYear());
        break;
      case "yy":
        out += pad(date.getUTCFullYear() % 100);
        break;
      case "mmmm":
        out += MONTHS[language].long[date.getUTCMonth()] ?? "";
        break;
      case "mmm":
        out += MONTHS[language].short[date.getUTCMonth()] ?? "";
        break;
      case "mm":
      case "m":
        // After an hour, m means minutes.
        if (lastWasHour) out += lower === "mm" ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
        else out += lower === "mm" ? pad(date.getUTCMonth() + 1) : String(date.getUTCMonth() + 1);
        break;
      case "dddd":
      case "ddd":
        out += new Intl.DateTimeFormat(localeOf(language), {
          weekday: lower === "dddd" ? "long" : "short",
          timeZone: "UTC",
        }).format(date);
        break;
      case "dd":
        out += pad(date.getUTCDate());
        break;
      case "d":
        out += String(date.getUTCDate());
        break;
      case "hh":
        out += pad(date.getUTCHours());
        break;
      case "h":
        out += String(date.getUTCHours());
        break;
      case "ss":
        out += pad(date.getUTCSeconds());
        break;
      case "s":
        out += String(date.getUTCSeconds());
        break;
      default:
        out += token;
    }
    if (/^[hms]/.test(lower) || lower === "am/pm")
      lastWasHour = lower.startsWith("h") || (lastWasHour && lower === ":");
    else if (lower !== ":") lastWasHour = false;
  }
  return out;
}

/** Excel serial (1900 system) → UTC date. */
export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function render(tokens: readonly Token[], format: (code: string) => string): string {
  return tokens.map((t) => (t.kind === "literal" ? t.text : format(t.text))).join("");
}

/** The text Excel would show for a value under a number format (approximately). */
export function formatCellValue(value: PreviewValue, numFmt: string | undefined, language: Language): string {
  if (value === null) return "";
  if (typeof value === "boolean")
    return language === "de" ? (value ? "WAHR" : "FALSCH") : value ? "TRUE" : "FALSE";
  const format = (numFmt ?? "General").trim();
  const general = format === "" || /^(general|standard)$/i.test(format);
  if (typeof value === "string") {
    const textSection = sections(format)[3];
    return textSection && textSection.includes("@")
      ? textSection.replace(/"/g, "").replace("@", value)
      : value;
  }
  if (value instanceof Date) {
    if (general)
      return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium", timeZone: "UTC" }).format(
        value,
      );
    const tokens = tokenize(resolveBrackets(sections(format)[0] ?? ""));
    return render(tokens, (code) => formatDateCode(value, code, language));
  }
  if (!Number.isFinite(value)) return String(value);
  if (general || format === "@") {
    return new Intl.NumberFormat(localeOf(language), {
      maximumFractionDigits: 10,
      useGrouping: false,
    }).format(value);
  }
  const all = sections(format);
  const negative = value < 0 && all.length > 1;
  const section = resolveBrackets(
    (negative ? all[1] : value === 0 && all.length > 2 ? all[2] : all[0]) ?? "",
  );
  const tokens = tokenize(section);
  if (isDateSection(tokens))
    return render(tokens, (code) => formatDateCode(dateFromSerial(value), code, language));
  const magnitude = negative ? Math.abs(value) : value;
  const hasNumberCode = tokens.some((t) => t.kind === "code" && /[0#?]/.test(t.text));
  if (!hasNumberCode) return render(tokens, (code) => code);
  let used = false;
  // Only the first code run carries the number; later runs are shown as they are.
  return render(tokens, (code) => {
    if (used || !/[0#?]/.test(code)) return code;
    used = true;
    return formatNumberCode(magnitude, code, language);
  });
}
