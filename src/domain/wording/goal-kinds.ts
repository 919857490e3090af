// What a goal measures in its own words: money (revenue, margin, profit) makes it economic;
// loyalty, relationship and new areas make it strategic.

import { compileLexicon } from "./lexicon";

export const ECONOMIC_WORDS = compileLexicon({
  de: [
    "umsatz",
    "umsaetze",
    "umsetz*",
    "umgesetzt",
    "deckungsbeitr*",
    // "DB II", "DB 2": the contribution margin as controllers abbreviate it.
    "(db) (i|ii|iii|iv|1|2|3|4)",
    "rohertrag",
    "ertrag",
    { match: "*gewinn", except: ["zugewinn"] },
    "gewinnmarge",
    "marge",
    "margen",
    "rendite",
    "profitabilitaet",
    "rentabilitaet",
    "ebit*",
    "absatz",
    "absatzmenge",
    "auftragsvolumen",
    "umsatzvolumen",
    "einkaufsvolumen",
    "lieferanteil",
    "share of wallet",
  ],
  en: [
    "revenue*",
    // Not "point of sale": the exact plural.
    "(sales)",
    "turnover",
    "margin*",
    "profit*",
    "ebit*",
    "earnings",
    "income",
    "bookings?",
    "spend",
    "wallet",
    "volume",
  ],
});

export const STRATEGIC_WORDS = compileLexicon({
  de: [
    "kundenbindung",
    "bindung",
    "=binden",
    "beziehung",
    "vertrauen",
    "zufriedenheit",
    "nps",
    "loyalitaet",
    "rahmenvertrag",
    "vertrag* ~ verlaenger*",
    "verlaenger*",
    "geschaeftsbereich*",
    "=bereich",
    "geschaeftsfeld*",
    "erschliess*",
    "partnerschaft",
    "entwicklungsprojekt*",
    "innovation*",
    "abwanderung*",
  ],
  en: [
    "retention",
    "retain*",
    "loyalty",
    "relationship*",
    "trust",
    "satisfaction",
    "nps",
    "renew*",
    "renewal*",
    "business areas?",
    "open up",
    "partnership*",
    "co ~ develop*",
    "churn",
  ],
});

/** Verbs that set a growth target on what they govern: "den Umsatz um 10 % steigern". */
export const GROWTH_WORDS = compileLexicon({
  de: [
    "steiger*",
    "erhoeh*",
    "wachs*",
    "waechst",
    "gewachsen",
    "vergroesser*",
    "ausweit*",
    "ausbau*",
    "auszubauen",
    "=heben",
    "anheben",
    "verdoppel*",
    "zuleg*",
  ],
  en: ["grow*", "increas*", "rais*", "lift*", "boost*", "expand*", "doubl*", "add*"],
});
