// What a goal measures in its own words: money (revenue, margin, profit) makes it economic;
// loyalty, relationship and new areas make it strategic.

import { compileLexicon } from "./lexicon";

export const ECONOMIC_WORDS = compileLexicon({
  de: [
    "umsatz",
    "umsaetze",
    // "umsetzen" sells only with money or units before it ("2 Mio. € umsetzen"); a project
    // "umsetzen" is implemented.
    "(#|mio*|millionen|tausend|tsd|euro|eur|stueck|tonnen|einheiten) ~~ (umsetz*|umgesetzt)",
    "deckungsbeitr*",
    // "DB II", "DB 2": the contribution margin as controllers abbreviate it.
    "(db) (i|ii|iii|iv|1|2|3|4)",
    "rohertrag",
    "ertrag",
    // Not winning something else back or over: "Lösemittelrückgewinnung", "Zeitgewinn".
    {
      match: "*gewinn",
      except: [
        "zugewinn",
        "*(rueck|zeit|platz|erkenntnis|kompetenz|vertrauens|sicherheits|flaechen|energie)gewinn",
      ],
    },
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
    // A sales conversation or team is an activity, not money.
    {
      match: "(sales)",
      except: [
        "sales (conversations?|calls?|meetings?|visits?|talks?|discussions?|pitch*|presentations?|teams?|reps?|force|people|staff|training|activit*|process*|cycles?|channels?|materials?|collateral|decks?|funnel)",
      ],
    },
    "turnover",
    "margin*",
    "profit*",
    "ebit*",
    "earnings",
    "income",
    "bookings?",
    "spend",
    "wallet",
    // A volume bonus or tier is a price term, not a volume target.
    {
      match: "volume",
      except: ["volume (bonus*|discount*|rebates?|pricing|tiers?|bands?|brackets?|commitments?)"],
    },
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
    // Money on top is growth: "Zusatzumsatz", "zusätzlicher Deckungsbeitrag", "Mehrumsatz".
    "zusaetzlich*",
    "(zusatz|mehr)(umsatz|umsaetze|ertrag|ertraege|gewinn|gewinne|absatz|marge|margen|deckungsbeitr*)",
  ],
  en: [
    "grow*",
    "increas*",
    "rais*",
    "lift*",
    "boost*",
    "expand*",
    "doubl*",
    "add*",
    // Money on top is growth: "extra revenue", "bring in $1M", "incremental margin".
    "(extra|additional|incremental)",
    "(bring|brings|bringing|brought) in",
    "generat(e|es|ed|ing)",
  ],
});
