// Third held-out set: written fresh after the second round of tuning and never tuned against;
// `npm run eval` reports it on its own and nothing gates on it. Its misses are for the next round.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout3", "h3");

const M = ["VISION_MONETARY"] as const;
const NC = ["VISION_NOT_CUSTOMER_CENTRIC"] as const;
const VOK = ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"] as const;
const AL = { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] } as const;
const NH = { must: ["MISSION_NO_HOW"], not: ["MISSION_ACTIVITY_LIST"] } as const;
const MOK = { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] } as const;
const S = { must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] } as const;
const NOT_S = { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] } as const;
const P = { must: ["GOAL_CONTRADICTS_POSITIONING"] } as const;
const NOT_P = { not: ["GOAL_CONTRADICTS_POSITIONING"] } as const;
const REL = { kind: "strategic", metric: "relationship", target: 4 } as const;
const OTHER = { kind: "strategic", metric: "other", target: 1, unit: "count" } as const;

const RELIABILITY_DE = {
  positioning: "Marktführer bei Qualität und Zuverlässigkeit – Preis ist kein Verkaufsargument",
};
const RELIABILITY_EN = {
  positioning: "Known for reliability and engineering depth; price is never our selling point",
};

export const HELDOUT3: readonly CorpusEntry[] = [
  // ── German ─────────────────────────────────────────────────────────────────────────────────
  vision(
    "de",
    "Bis 2032 wollen wir in jedem unserer Key Accounts Lieferant Nummer eins nach Einkaufsvolumen sein.",
    { must: M, unsure: NC },
  ),
  vision("de", "Wir wollen das Geschäft mit unseren zehn größten Kunden in sechs Jahren verdreifachen.", {
    must: M,
  }),
  vision(
    "de",
    "Führender Systempartner der europäischen Getränkeindustrie – gemessen an installierten Linien.",
    { must: M, unsure: NC },
  ),
  vision(
    "de",
    "Wir sind ein Familienunternehmen mit Herz und Verstand und setzen auf Innovation made in Bavaria.",
    { must: NC, not: M },
  ),
  vision(
    "de",
    "Unsere Key Accounts sollen sich darauf verlassen können, dass ihre Linien mit uns auch in zehn Jahren noch laufen.",
    { not: VOK },
  ),
  vision(
    "de",
    "Wer in den Kliniken unserer Kunden Verantwortung trägt, soll mit uns weniger Sorgen um die Versorgung haben.",
    { not: VOK },
  ),
  vision(
    "de",
    "Unsere Key Accounts steigern mit unserer Technik ihre Produktivität – und wir wachsen mit ihnen.",
    { not: VOK },
  ),
  vision(
    "de",
    "Wir wollen nicht der billigste, sondern der wertvollste Partner unserer Schlüsselkunden sein.",
    { not: VOK },
  ),
  mission(
    "de",
    "Jede Woche 20 Anrufe je KAM, jeder offene Vorgang wird binnen zwei Tagen nachgefasst, Kontakte werden täglich in Salesforce gepflegt.",
    AL,
  ),
  mission(
    "de",
    "Unsere Mission im Vertrieb: mehr Termine, mehr Angebote, eine höhere Abschlussquote – alles sauber im CRM dokumentiert.",
    AL,
  ),
  mission("de", "Wir sind für unsere Kunden da – mit Herz und Leidenschaft.", NH),
  mission(
    "de",
    "Wir begleiten unsere Key Accounts mit festen Ansprechpartnern in Technik und Service, analysieren gemeinsam ihre Prozesse und setzen Verbesserungen in gemeinsamen Projekten um.",
    MOK,
  ),
  mission(
    "de",
    "Durch regelmäßige Werksbegehungen mit den Instandhaltern unserer Kunden erkennen wir Schwachstellen früh und beheben sie, bevor es zu Stillständen kommt.",
    MOK,
  ),
  goal("de", "Im 2. Halbjahr sechs Vor-Ort-Vorführungen der neuen Dosiertechnik bei Müller organisieren", S),
  goal("de", "Müller bis Q4 zur Bestellung von drei zusätzlichen Wartungspaketen bewegen", S),
  goal("de", "Direktmarketing-Aktion für das Ersatzteilportal an alle Werke von Müller", S),
  goal(
    "de",
    "Mit der Konstruktion von Müller einen gemeinsamen Entwicklungsplan für die nächste Maschinengeneration aufsetzen",
    NOT_S,
    OTHER,
  ),
  goal(
    "de",
    "Halbjährliche Review-Termine mit der Geschäftsführung von Müller zu Zielerreichung und Zusammenarbeit",
    NOT_S,
    REL,
  ),
  goal(
    "de",
    "Müller für die Vertragsverlängerung einen Preisabschlag von 10 % auf alle Verschleißteile einräumen",
    P,
  ),
  goal("de", "Bei der nächsten Ausschreibung von Müller den Preis des Wettbewerbs unterbieten", P),
  goal("de", "Müller zwei Jahre lang kostenfreie Wartung zusagen, um den Zuschlag zu bekommen", P),
  goal(
    "de",
    "Gegenüber Müller preislich nachgeben, um das Volumen zu halten",
    P,
    {},
    { marketing: RELIABILITY_DE },
  ),
  goal("de", "Über Müller Antriebe an einen Munitionshersteller liefern", P),
  goal("de", "Über Müller das Rechenzentrum eines Online-Casino-Betreibers ausstatten", P),
  goal(
    "de",
    "Preisdiskussionen bei Müller mit einer TCO-Rechnung versachlichen, statt Nachlässe zu gewähren",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Die Energiekosten in den Werken von Müller um 15 % senken – messbar im Energiemonitoring",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Umsatz mit Müller auf 2,5 Mio. € steigern, ohne beim Preis für das neue Werk in Polen nachzugeben",
    NOT_P,
  ),
  goal(
    "de",
    "Partnerschaft mit Müller vertiefen – 600.000 € Mehrumsatz im Servicegeschäft",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 600_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Als Entwicklungspartner für die nächste Steuerungsgeneration von Müller benannt werden",
    { not: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "de",
    "Beziehungsniveau zu Müller: 120.000 € Investition in gemeinsame Projekte",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 120_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Loyalität von Müller bei 90 % Wiederkaufquote halten",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 0.9, unit: "%" },
  ),
  goalSet("de", [
    {
      account: "M-100",
      text: "Versorgungssicherheit für Müller durch ein Konsignationslager sichern und die Lieferfähigkeit auf 99 % heben",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-101",
      text: "Versorgungssicherheit für Hanse Logistik durch ein Konsignationslager sichern und die Lieferfähigkeit auf 99 % heben",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Versorgungssicherheit für Steiner durch Konsignationslager sichern, Lieferfähigkeit auf 99 % heben",
      copy: true,
      spec: OTHER,
    },
  ]),

  // ── English ────────────────────────────────────────────────────────────────────────────────
  vision(
    "en",
    "By 2032 we intend to be the number one supplier by purchase volume in every one of our key accounts.",
    { must: M, unsure: NC },
  ),
  vision("en", "Triple the business we do with our ten largest customers within six years.", { must: M }),
  vision("en", "The leading systems partner to Europe's beverage industry, measured by installed lines.", {
    must: M,
    unsure: NC,
  }),
  vision("en", "A family company with heart and brains, betting on innovation made in the Midwest.", {
    must: NC,
    not: M,
  }),
  vision(
    "en",
    "Our key accounts should be able to count on their lines still running with us ten years from now.",
    { not: VOK },
  ),
  vision(
    "en",
    "Whoever carries responsibility in our customers' hospitals should have fewer worries about supply because of us.",
    { not: VOK },
  ),
  vision(
    "en",
    "Our key accounts raise their productivity with our technology — and we grow alongside them.",
    { not: VOK },
  ),
  vision(
    "en",
    "We don't want to be the cheapest partner our key accounts have, but the one they value most.",
    { not: VOK },
  ),
  mission(
    "en",
    "Twenty calls per KAM every week, every open item chased within two days, contacts updated in Salesforce daily.",
    AL,
  ),
  mission(
    "en",
    "Our sales mission: more meetings, more quotes, a higher close rate — all properly logged in the CRM.",
    AL,
  ),
  mission("en", "We are there for our customers, with heart and passion.", NH),
  mission(
    "en",
    "We support our key accounts with dedicated contacts in engineering and service, analyse their processes together with them and deliver improvements in joint projects.",
    MOK,
  ),
  mission(
    "en",
    "Through regular plant walks with our customers' maintenance teams we spot weak points early and fix them before they turn into downtime.",
    MOK,
  ),
  goal("en", "Organise six on-site demonstrations of the new dosing system at Granite Ridge in H2", S),
  goal("en", "Get Granite Ridge to order three additional maintenance packages by Q4", S),
  goal("en", "Direct marketing push for the spare-parts portal to every Granite Ridge plant", S),
  goal(
    "en",
    "Set up a joint development plan for the next machine generation with Granite Ridge's design engineers",
    NOT_S,
    OTHER,
  ),
  goal(
    "en",
    "Half-yearly review meetings with Granite Ridge's management on goal attainment and collaboration",
    NOT_S,
    REL,
  ),
  goal("en", "Grant Granite Ridge a 10% price reduction on all wear parts for the contract renewal", P),
  goal("en", "Come in under the competitor's price in Granite Ridge's next tender", P),
  goal("en", "Promise Granite Ridge two years of free maintenance to win the award", P),
  goal(
    "en",
    "Give ground on price with Granite Ridge to hold on to the volume",
    P,
    {},
    { marketing: RELIABILITY_EN },
  ),
  goal("en", "Supply drives to an ammunition maker through Granite Ridge", P),
  goal("en", "Fit out an online casino operator's data centre via Granite Ridge", P),
  goal(
    "en",
    "Take the heat out of price discussions at Granite Ridge with a TCO calculation rather than granting discounts",
    NOT_P,
    OTHER,
  ),
  goal(
    "en",
    "Cut energy costs in Granite Ridge's plants by 15%, measured in their energy monitoring",
    NOT_P,
    OTHER,
  ),
  goal(
    "en",
    "Grow revenue with Granite Ridge to $2.5M without giving way on price for the new plant in Mexico",
    NOT_P,
  ),
  goal(
    "en",
    "Deepen the partnership with Granite Ridge — $600k extra revenue in the service business",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 600_000, unit: "USD" },
  ),
  goal(
    "en",
    "Be named development partner for Granite Ridge's next controls generation",
    { not: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "en",
    "Relationship level with Granite Ridge: $120k invested in joint projects",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 120_000, unit: "USD" },
  ),
  goal(
    "en",
    "Hold Granite Ridge's loyalty at a 90% repurchase rate",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 0.9, unit: "%" },
  ),
  goalSet("en", [
    {
      account: "A-200",
      text: "Secure supply for Granite Ridge with a consignment stock and lift delivery capability to 99%",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-201",
      text: "Secure supply for Bayline Medical with a consignment stock and lift delivery capability to 99%",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-203",
      text: "Secure supply for Northwind with consignment stock, lift delivery capability to 99%",
      copy: true,
      spec: OTHER,
    },
  ]),
];
