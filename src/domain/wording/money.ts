// What makes a vision a money target: amounts, currencies, percentages and financial words.
// "wertvoller Partner", "value" and "Wachstum"/"grow" are deliberately absent: a vision may be
// ambitious about value and growth without naming a figure.

import { compileTerms } from "../text";

export const MONEY_WORDS = compileTerms([
  // German (folded); compounds count: "Umsatzsteigerung", "Jahresumsatz", "Bruttogewinnmarge".
  "*umsatz*",
  "*umsaetze*",
  // Gewinn the noun and its compounds, not gewinnen (to win), Gewinner or Neukundengewinnung.
  { match: "*gewinn", except: ["zugewinn"] },
  "*gewinne",
  "*gewinns",
  "*gewinnes",
  "*gewinn(marge|margen|spanne|steigerung|wachstum|ziel|ziele|maximierung|anteil|erwartung)*",
  { match: "*marge*", except: ["margerit*"] },
  "*margen",
  "*rendite*",
  // Profit and profitability, not profitieren (to benefit).
  { match: "*profit*", except: ["profitier*", "*profitieren"] },
  "rentabel*",
  "rentabilitaet*",
  // Ertrag, not Vertrag (contract) or ertragen (to endure).
  { match: "*ertrag*", except: ["*vertrag*", "ertragen"] },
  { match: "*ertraege*", except: ["*vertraeg*"] },
  "ebit",
  "ebitda",
  "*deckungsbeitr*",
  "euro",
  "euros",
  "dollar*",
  "million*",
  "milliard*",
  "mio",
  "mrd",
  "cashflow*",
  "cash flow*",
  "prozent",
  // Shares of a customer's or the market's spend are revenue measures too.
  "*marktanteil*",
  "*lieferanteil*",
  "*umsatzanteil*",
  "share of wallet",
  "wallet share",
  "market share*",
  // English.
  "revenue*",
  "margin",
  "margins",
  "turnover*",
  "sales volume*",
  "sales figure*",
  "sales target*",
  "sales growth",
  "(increase|double|triple|grow|boost) ~ sales",
  "earnings",
  "income",
  "roi",
  "cash flows?",
  "billion*",
  "bn",
  "percent",
  "per cent",
  "pct",
]);

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const UNIT = String.raw`(?:%|€|\$|£|k€|t€|m€|mio\.?|mrd\.?|millionen|milliarden|millions?|billions?|bn|mn|tsd\.?|eur|usd|gbp|chf|euros?|dollars?|prozent|percent|pct|k|m)`;

/**
 * Amounts and percentages as written: "50 Mio. €", "€2.5m", "1,25 Mio", "+20 %", "$1,200,000";
 * a currency or percent sign on its own counts too.
 */
export const AMOUNT_PATTERN = new RegExp(
  String.raw`[€$£]\s?${NUMBER}(?:\s?${UNIT})*(?![\p{L}])|${NUMBER}(?:\s?${UNIT})+(?![\p{L}])|[€$£%]`,
  "giu",
);
