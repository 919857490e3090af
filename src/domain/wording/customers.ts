// Who a vision is about. It is customer-centric when the customer side is named (customers, key
// accounts, partners, their buyers and plant managers) or is the one who experiences the
// partnership without being named: "Wer mit uns arbeitet, …", "the businesses we serve",
// "the hospitals that rely on us".

import { compileLexicon, findAll } from "./lexicon";
import type { Tokens } from "./tokens";

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
    // The operator, not the verb "betreiben" (to run) that stems alike.
    { match: "betreiber", except: ["(betreiben|betreibt|betreibe|betrieben|betreibend*)"] },
    "klinikleitung*",
    "laborleit*",
    "filialleit*",
    "fuhrparkleit*",
    "instandhaltungsleit*",
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
    // Roles that exist only on the customer side of this business.
    "(hospital|clinic|lab|laboratory|store|fleet|site) (managers?|directors?|heads?|leaders?|administrators?)",
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
    "(dank|wegen) uns",
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
    // "every retailer we work with": the customer side is the one we work with.
    "(retailers?|customers?|companies|businesses|hospitals?|clinics?|plants?|manufacturers?|brands?|firms?|organi[sz]ations?|agencies|municipalit*|operators?|grocers?|distributors?|everyone|anyone) we (work|partner|collaborate) with",
    "(because|thanks) (of|to) us",
    "(their|they) (business*|success|plants?|operations?|lines?|teams?|projects?|patients?|products?|customers?|supply)",
  ],
});

const THIRD_PERSON_POSSESSIVE = /^(ihr|ihre|ihren|ihrem|ihrer|ihres|deren|their|theirs)$/;
const FIRST_PERSON_POSSESSIVE = /^(unser|unsere|unseren|unserem|unserer|unseres|our|ours)$/;
/**
 * Words that may stand before the customer noun when it opens its clause as the subject, with the
 * frame of a wish for them: "Wir wollen, dass unsere Kunden …", "We want our key accounts to …".
 */
const DETERMINERS =
  /^(unser|unsere|unseren|unserer|die|der|den|alle|jede|jeder|viele|our|the|all|every|each|many|most|dass|damit|that|wir|we|wollen|moechten|want|wish|help|helfen)$/;

/**
 * Whether the figure or ambition at token `at` is the customer's, not ours: "ihre Marktanteile",
 * "their uptime" (`possessive`: for figures; "become their sole source" is still ours), or a
 * clause whose subject is the customer side ("Unsere Kunden verdoppeln mit unseren Lösungen ihre
 * Verfügbarkeit", "our key accounts gain market share").
 */
export function isCustomersOwn(text: Tokens, at: number, possessive = true): boolean {
  const { tokens } = text;
  const clause = tokens[at]?.clause;
  if (clause === undefined) return false;
  if (possessive) {
    for (let k = at - 1; k >= 0 && k >= at - 2; k--) {
      const t = tokens[k];
      if (t?.clause === clause && THIRD_PERSON_POSSESSIVE.test(t.folded)) return true;
    }
  }
  // Whose it is, said right after: "verdoppeln … ihre Verfügbarkeit" vs "60 Prozent unseres Geschäfts".
  let ours = false;
  for (let k = at + 1; k <= at + 4 && tokens[k]?.clause === clause; k++) {
    const folded = tokens[k]?.folded ?? "";
    if (THIRD_PERSON_POSSESSIVE.test(folded)) return true;
    if (FIRST_PERSON_POSSESSIVE.test(folded)) ours = true;
  }
  if (ours) return false;
  let start = at;
  while (start > 0 && tokens[start - 1]?.clause === clause) start--;
  // The customer opens the clause as its subject: only determiners stand before it.
  const subject = findAll(text, CUSTOMER_WORDS).find((m) => m.start >= start && m.end <= at);
  if (subject === undefined) return false;
  for (let k = start; k < subject.start; k++) if (!DETERMINERS.test(tokens[k]?.folded ?? "")) return false;
  return true;
}
