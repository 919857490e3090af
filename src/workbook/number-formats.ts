// What an Excel number format code says about its cell: a percentage, a date, a currency.
// Literal text ("…"), escaped characters (\x), padding (_x, *x) and [..] sections (locale,
// colour, condition) are not format tokens, so they are removed before looking for tokens.

import { currencyFromToken } from "./currency-codes";

function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"?/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]?/g, "");
}

/** Formats Excel shows as "General" in English and German UIs, and the text format. */
const NOT_A_NUMBER_FORMAT: ReadonlySet<string> = new Set(["", "general", "standard", "@"]);

/**
 * A function of the format code, remembered per code: a sheet has a handful of formats and many
 * thousands of cells (bounded, for workbooks that have many).
 */
function perFormat<T extends string | number | boolean | null>(
  of: (format: string) => T,
): (format: string) => T {
  const known = new Map<string, T>();
  return (format) => {
    const hit = known.get(format);
    if (hit !== undefined) return hit;
    const value = of(format);
    if (known.size >= 4096) known.clear();
    known.set(format, value);
    return value;
  };
}

export const isPercentFormat = perFormat((format) => formatTokens(format).includes("%"));

/** True when the format shows a date: a day or year token, or a month name (mmm). Minutes (h:mm) are not dates. */
export const isDateFormat = perFormat((format) => {
  if (NOT_A_NUMBER_FORMAT.has(format.trim().toLowerCase())) return false;
  const tokens = formatTokens(format).toLowerCase();
  return /[dy]/.test(tokens) || /m{3,}/.test(tokens);
});

/** The currency a format displays: [$€-407], [$USD], "€", \€ or a bare €/$/£. */
export const currencyFromFormat = perFormat(currencyOfFormat);

function currencyOfFormat(format: string): string | null {
  for (const m of format.matchAll(/\[\$([^\]-]*)(?:-[0-9a-fA-F]+)?\]/g)) {
    const code = currencyFromToken(m[1] ?? "");
    if (code) return code;
  }
  for (const m of format.matchAll(/"([^"]*)"/g)) {
    const code = currencyFromToken(m[1] ?? "");
    if (code) return code;
  }
  for (const m of format.matchAll(/\\(.)/g)) {
    const code = currencyFromToken(m[1] ?? "");
    if (code) return code;
  }
  const bare = /[€$£]/.exec(formatTokens(format));
  return bare ? currencyFromToken(bare[0]) : null;
}

/**
 * The factor a format divides its value by for display: Excel's trailing commas after the last
 * digit placeholder scale by thousands ("#,##0.0,," shows 1250000 as 1.3). The value is then already
 * the full amount, so a unit in the header ("Umsatz (Mio. €)") must not be applied again.
 */
export const formatScale = perFormat((format) => {
  const section = formatTokens(format).split(";")[0] ?? "";
  const m = /[0#?](,+)[^0#?]*$/.exec(section);
  return m?.[1] ? 1000 ** m[1].length : 1;
});
