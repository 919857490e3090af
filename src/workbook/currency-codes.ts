// Currency signs and words as they appear in cells and number formats → ISO 4217 codes.

/** Longest first, so "us$" wins over "$" and "euro" over "eur" when matching a prefix. */
export const CURRENCY_TOKENS: readonly (readonly [token: string, code: string])[] = [
  ["us$", "USD"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["sfr.", "CHF"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["gbp", "GBP"],
  ["chf", "CHF"],
  ["fr.", "CHF"],
  ["€", "EUR"],
  ["$", "USD"],
  ["£", "GBP"],
];

/** The ISO code for a whole token ("€", "EUR", "US$" …), case-insensitive; null when unknown. */
export function currencyFromToken(token: string): string | null {
  const wanted = token.trim().toLowerCase();
  return CURRENCY_TOKENS.find(([t]) => t === wanted)?.[1] ?? null;
}

/** Currencies written the English way (1,250.50) versus the German way (1.250,50). */
export function notationOfCurrency(code: string | null): "de" | "en" | null {
  if (code === "EUR") return "de";
  if (code === "USD" || code === "GBP" || code === "CHF") return "en";
  return null;
}
