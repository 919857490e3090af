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
    "(doppelt|dreimal|zweimal) so (schnell|stark|gross)",
    "schneller ~ als ~ (der|die|den)? (markt|wettbewerb*|konkurren*|branche)",
    "(wettbewerb*|konkurren*) ~ ~ (abhaeng*|ueberhol*|verdraeng*|schlag*)",
    "(wettbewerb*|konkurren*) ~ ~ hinter (uns|sich)",
    "(abhaengen|ueberholen|verdraengen) ~ ~ (wettbewerb*|konkurren*)",
    "vor (allen|jedem) (wettbewerb*|konkurren*|mitbewerb*)",
    "an die spitze",
    "spitzenposition",
    "top ~ (3|drei|5|fuenf|10|zehn)",
    "dominier*",
    "dominant*",
    "marktmacht",
    "wachstumsfuehr*",
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
    "twice as (fast|big|large)",
    "(beat|beating|leave|leaving|crush|crushing|outperform*) ~ ~ (competitors?|competition|rivals?)",
    "ahead of (every|all|our) (competitors?|rivals?)",
    "(sole|main|primary|exclusive) (supplier|vendor|source)",
    "single ~ source",
    "top ~ (3|three|5|five|10|ten) (supplier*|vendor*|player*|provider*)",
    "share of ~ (spend|wallet)",
    "(bigger|larger|greater) share",
  ],
});
