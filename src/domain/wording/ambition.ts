// Size and market ambitions: a vision that is a money or size target in other words ("die Nummer
// eins im DACH-Markt", "triple our share with every key account", "outgrow every competitor").
// Being the first choice *of the key accounts* is no size target; being number one *in a market*
// is.

import { compileLexicon } from "./lexicon";

export const SIZE_AMBITION = compileLexicon({
  de: [
    {
      match: "(nummer|nr) (eins|1)",
      except: ["* * ~ ~ (fuer|bei|unserer|unseren) ~ (kunde*|key|partner*|schluesselkunde*|auftraggeber*)"],
    },
    "marktfuehr*",
    "weltmarktfuehr*",
    "branchenprimus",
    "branchenfuehr*",
    "marktbeherrsch*",
    "(groesst*|fuehrend*) ~ (anbieter*|lieferant*|hersteller*|player*|unternehmen|dienstleister*|versorger*)",
    "(groesst*|fuehrend*) ~ ~ (anbieter*|lieferant*|hersteller*|player*|dienstleister*)",
    "hauptlieferant*",
    "alleinlieferant*",
    "exklusivlieferant*",
    "einzig* ~ lieferant*",
    "(verdoppel*|verdreifach*|vervierfach*|verfuenffach*|verzehnfach*|vervielfach*)",
    "(doppelt|dreimal|zweimal|viermal) so (schnell|stark|gross|viel|viele|hoch)",
    "in (stueckzahl*|absatzmenge*|einheiten|tonnen|volumen)",
    "(regalanteil*|regalflaechenanteil*)",
    "schneller ~ als ~ ~ (markt|wettbewerb*|konkurren*|mitbewerb*|branche|rest)",
    "(wettbewerb*|konkurren*|mitbewerb*) ~ ~ (abhaeng*|ueberhol*|verdraeng*|schlag*)",
    "(wettbewerb*|konkurren*|mitbewerb*) ~ ~ hinter (uns|sich)",
    "(abhaengen|ueberholen|verdraengen) ~ ~ (wettbewerb*|konkurren*|mitbewerb*)",
    // A rank measured by a quantity: "gemessen an installierten Linien", "nach Stückzahlen".
    "(gemessen|gerechnet) (an|am|nach|in) ~ (installiert*|installation*|stueckzahl*|absatz*|volumen|menge*|anzahl|zahl|tonnen|einheiten|linien|anlagen|maschinen|standorte*|marktvolumen)",
    "nach ~ (stueckzahl*|absatzmenge*|installationsbasis|marktvolumen)",
    "nach installiert* (basis|linien|anlagen|maschinen|systeme*|einheiten)",
    "vor (allen|jedem) (wettbewerb*|konkurren*|mitbewerb*)",
    "an die spitze",
    "spitzenposition",
    "top ~ (3|drei|5|fuenf|10|zehn)",
    "dominier*",
    "dominant*",
    "marktmacht",
    "wachstumsfuehr*",
    "platzhirsch*",
    // A share of the customers' volume or of a market counted per unit: "jede dritte Tonne …
    // kommt aus unseren Werken", "jeder zweite Großhändler kauft bei uns", "zwei von drei Anlagen".
    "(jede|jeder|jedes|jeden) (zweit*|dritt*|viert*|fuenft*|zehnt*) … (von|bei|aus|ueber) (uns|unser*)",
    // … also across a relative clause: "jede dritte Tonne, die unsere Kunden einsetzen, aus unseren Werken".
    "(jede|jeder|jedes|jeden) (zweit*|dritt*|viert*|fuenft*|zehnt*) ... ... (von|bei|aus|ueber) (uns|unser*)",
    "(ein*|zwei|drei|vier) von (zwei|drei|vier|fuenf|zehn|#) … (von|bei|aus|ueber) (uns|unser*)",
    // Bigger than the competition put together: "mehr … als alle Wettbewerber zusammen".
    "als alle ~~ (zusammen|zusammengenommen|zusammengerechnet|gemeinsam)",
    "(haelfte|drittel|viertel|fuenftel|mehrheit|grossteil|anteil) ~~ (einkaufsvolumen*|ausgaben|budget*|bedarf*|einkaeufe|beschaffungsvolumen*)",
  ],
  en: [
    {
      match: "(number|no) (one|1)",
      except: ["* * ~ ~ (for|to|with|of|among) ~ (customers?|clients?|key|partners?|accounts?|buyers?)"],
    },
    "#1",
    "market ~ lead*",
    "(industry|category|segment|sector) ~ lead*",
    "leader in (the|our|its|this) ~ (market|industry|sector|category|segment|space)",
    "(largest|biggest|leading|dominant) ~ (supplier|suppliers|provider|providers|vendor|vendors|player|players|manufacturer|manufacturers|company|name|brand)",
    "(largest|biggest) ~ partners?",
    "dominan*",
    "dominat*",
    "own the (market|category|segment|space|sector)",
    "outgrow*",
    "outsell*",
    "outpac*",
    "(grow|growing|grows) ~ faster than",
    "(double|triple|quadruple|doubling|tripling|quadrupling|tenfold|10x)",
    "twice as (fast|big|large|much|many|high)",
    "(three|four|five) times as (fast|big|large|much|many|high)",
    "in (units|volume|volumes|shipments|tonnage)",
    "share of shelf",
    "shelf share",
    "(beat|beating|leave|leaving|crush|crushing|outperform*) ~ ~ (competitors?|competition|rivals?)",
    "ahead of (every|all|our) (competitors?|rivals?)",
    "(sole|main|primary|exclusive) (supplier|vendor|source)",
    "single ~ source",
    "top ~ (3|three|5|five|10|ten) (supplier*|vendor*|player*|provider*)",
    "share of ~ (spend|wallet)",
    // A rank measured by a quantity: "measured by installed lines", "by units shipped".
    "(measured|ranked|counted|judged) (by|in|on) ~ (installed|installations|units|volumes?|shipments|tonnage|numbers?|count|lines|machines|systems|sites|footprint)",
    "by (installed|units|volume|shipments|tonnage)",
    "in terms of ~ (installed|units|volume|shipments|tonnage|sales)",
    "(bigger|larger|greater) share",
    "top dog",
    // A share of the customers' volume counted per unit: "one in three tonnes … comes from our
    // plants", "every second distributor buys from us", "two out of three lines".
    "(every|each) (second|third|fourth|fifth|tenth|other) … (from|through|via|with|at) (us|our)",
    "(every|each) (second|third|fourth|fifth|tenth|other) ... ... (from|through|via|with|at) (us|our)",
    "(one|two|three|four) ~ (in|of) (two|three|four|five|ten|#) … (from|through|via|with|at) (us|our)",
    // Bigger than the competition put together: "more capacity … than all competitors combined".
    "than (all|every|any) ~~ (combined|together)",
    "(half|third|quarter|majority|most|bulk|thirds) of ~~ (spend|wallet|budget|budgets|purchases|purchasing)",
    "(capture*|win|take|own) ~~ (spend|wallet)",
  ],
});
