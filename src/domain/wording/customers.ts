// Words that name the customer side of the relationship: customers, key accounts, partners.

import { compileTerms } from "../text";

export const CUSTOMER_WORDS = compileTerms([
  // German: Kunde, Kunden, Schlüsselkunden, Kundennähe … but not Sekunde or Urkunde.
  { match: "*kunde*", except: ["*sekunde*", "*urkunde*"] },
  "keyaccount*",
  "accounts?",
  // Partner, Partnerschaft, Lösungspartner, Entwicklungspartnerschaft.
  "*partner*",
  "auftraggeber*",
  "abnehmer*",
  "klient*",
  "mandant*",
  // English.
  "customers?",
  "*customers?",
  "clients?",
  "clientele",
  "buyers?",
]);
