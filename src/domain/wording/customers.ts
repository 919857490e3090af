// Who a vision is about. It is customer-centric when the customer side is named (customers, key
// accounts, partners, their buyers and plant managers) or is the one who experiences the
// partnership without being named: "Wer mit uns arbeitet, …", "the businesses we serve",
// "the hospitals that rely on us".

import { compileLexicon } from "./lexicon";

/** The customer side named: customers, key accounts, partners and the people who buy from us. */
export const CUSTOMER_WORDS = compileLexicon({
  de: [
    { match: "kunde", except: ["*sekunde*", "*urkunde*", "*kundig*", "*kundschaft*"] },
    "kundschaft",
    "keyaccount*",
    "key ~ accounts?",
    "accounts?",
    "partner",
    "partnerschaft*",
    "auftraggeber",
    "abnehmer",
    "klient*",
    "mandant*",
    "einkaeufer",
    "einkauf",
    "werksleit*",
    "betreiber",
    "anwender",
    "nutzer",
  ],
  en: [
    "customers?",
    "*customers?",
    "clients?",
    "clientele",
    "key ~ accounts?",
    "accounts?",
    "partners?",
    "partnerships?",
    "buyers?",
    "purchasers?",
    "procurement",
    "purchasing",
    "plant managers?",
    "operators?",
    "users?",
  ],
});

/**
 * The customer side as the one who experiences the relationship: someone who works with us,
 * relies on us, or whom we serve.
 */
export const CUSTOMER_PERSPECTIVE = compileLexicon({
  de: [
    "wer ... (uns|unser*)",
    "(alle|jede*|diejenigen), die ... (uns|unser*)",
    "(mit|bei) uns ~ (arbeit*|zusammenarbeit*|wachs*|bau*|entwickl*|produzier*|plan*)",
    "(arbeit*|zusammenarbeit*|wachs*|entwickl*) ~ (mit|bei) uns",
    "auf uns ~ (setz*|zaehl*|verlass*|vertrau*|bau*)",
    "(setz*|zaehl*|verlass*|vertrau*|baut|bauen) ~ auf uns",
    "uns (vertrau*|waehl*|empfehl*|anruf*|brauch*)",
    "(die|den|deren|denen) wir ~ (beliefer*|betreu*|begleit*|bedien*|unterstuetz*|ausstatt*|versorg*|dien*)",
    "ihr* (geschaeft*|erfolg*|werk*|produktion*|prozess*|team*|projekt*|wertschoepfung|betrieb*|patient*)",
  ],
  en: [
    "(whoever|anyone|everyone|everybody|those|people|companies|businesses|firms|teams|organisations|organizations|hospitals|manufacturers|retailers|brands|plants|labs) (who|that|which) ... (us|our)",
    "(with|alongside) us",
    "(on|upon) us",
    "(trust|choose|chooses|recommend|call|calls|need|needs|rely|relies|count|counts) ~ us",
    "we (serve|supply|support|equip)",
    "we (work|build) for",
    "we partner with",
    "(their|they) (business*|success|plants?|operations?|lines?|teams?|projects?|patients?|products?|customers?|supply)",
  ],
});
