// Seventh held-out set: written after the fifth round of tuning (heldout5 and heldout6 joined the
// gate) and committed before measuring; never tuned against. `npm run eval` reports it on its own
// and nothing gates on it. Voices: plant engineering, valves and lubricants, energy services,
// Austrian and Swiss German, British and US English.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout7", "h7");

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
const OTHER = { kind: "strategic", metric: "other", target: 1, unit: "count" } as const;
const COAL_DE = { excluded: ["Rüstungsindustrie", "Glücksspiel", "Tabak", "Kohle"] } as const;
const COAL_EN = { excluded: ["Defence", "Gambling", "Tobacco", "Coal"] } as const;

export const HELDOUT7: readonly CorpusEntry[] = [
  // ── German ─────────────────────────────────────────────────────────────────────────────────
  vision("de", "2030: Jeder zweite Liter Kühlschmierstoff bei unseren Top-Kunden kommt von uns.", {
    must: M,
  }),
  vision(
    "de",
    "Wir wollen, dass unsere Schlüsselkunden ihre Anlagen ohne ungeplanten Stillstand fahren – jahrein, jahraus.",
    { not: VOK },
  ),
  vision("de", "Europas profitabelster Anbieter von Industriearmaturen werden.", { must: [...M, ...NC] }),
  vision("de", "Unsere Key Accounts sollen bei jeder neuen Fabrik zuerst an uns denken.", { not: VOK }),
  vision("de", "Mehr installierte Leistung bei unseren Kunden als alle Wettbewerber zusammen.", { must: M }),
  vision("de", "Ein Unternehmen, auf das man stolz sein kann.", { must: NC, not: M }),
  mission("de", "Kundentermine planen, Besuche dokumentieren, Angebote nachverfolgen, Pipeline pflegen.", AL),
  mission(
    "de",
    "Wir hören zu, bevor wir etwas vorschlagen, und bleiben auch nach der Inbetriebnahme an der Seite unserer Kunden.",
    MOK,
  ),
  mission("de", "Exzellenz ist unser Anspruch.", NH),
  mission(
    "de",
    "Mit einem gemeinsamen Energiemonitoring machen wir die Verbräuche unserer Kunden sichtbar und senken sie Jahr für Jahr.",
    MOK,
  ),
  goal("de", "Vier Produktvorführungen im Werk von Müller bis Jahresende", S, OTHER),
  goal("de", "Katalog 2027 persönlich an alle Einkäufer von Müller übergeben", S, OTHER),
  goal("de", "Müller zur Hausmesse im Mai einladen und dort fünf Abschlüsse erzielen", S, OTHER),
  goal("de", "Per Ende Jänner 15 Offerten an die Standorte von Müller verschicken", S, OTHER),
  goal("de", "Gemeinsame Roadmap für die Retrofit-Projekte von Müller bis 2028 abstimmen", NOT_S, OTHER),
  goal("de", "Zwei Workshops mit der Instandhaltung von Müller zur Ausfallanalyse", NOT_S, OTHER),
  goal("de", "Mit Müller bis Ende 2027 einen gemeinsamen Innovationstag pro Jahr verankern", NOT_S, OTHER),
  goal("de", "Treuerabatt von 5 % für Müller ab dem dritten Vertragsjahr", P, OTHER),
  goal("de", "Müller eine Preisgarantie bis 2029 geben", P, OTHER),
  goal("de", "Bei Müller preislich mit dem chinesischen Anbieter gleichziehen", P, OTHER),
  goal("de", "Die Montage für Müller kostenneutral übernehmen", P, OTHER),
  goal("de", "Müller überzeugen, dass unser Service den Aufpreis wert ist", NOT_P, OTHER),
  goal("de", "Keine Sonderkonditionen im nächsten Jahresgespräch mit Müller", NOT_P, OTHER),
  goal("de", "Über Müller Sensorik an einen Rüstungskonzern liefern", P, OTHER),
  goal("de", "Automaten für einen Sportwettenanbieter über Hanse aufstellen", P, {
    ...OTHER,
    account: "M-101",
  }),
  goal("de", "Kühlung für die Zigarrenmanufaktur eines Partners von Müller liefern", P, OTHER),
  goal("de", "Müller bei der Umrüstung ihres Kohlekessels auf Biomasse unterstützen", NOT_P, OTHER, {
    marketing: COAL_DE,
  }),
  goal(
    "de",
    "Deckungsbeitrag bei Müller um 150.000 € steigern, um die Partnerschaft zu festigen",
    { must: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal("de", "Zwei neue Geschäftsbereiche bei Müller erschließen", { not: ["GOAL_KIND_MISMATCH"] }, OTHER),
  goal(
    "de",
    "Kundenzufriedenheit Müller: 120.000 € Budget für Serviceeinsätze",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 120_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Wiederkaufrate von Müller auf 90 % halten",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 0.9, unit: "%" },
  ),
  goal(
    "de",
    "Loyalitätsindex Müller auf 7 von 5",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "relationship", target: 7, unit: "score" },
  ),
  goal("de", "Umsatz mit Müller 2028: 2,4 Mio. €", {}, { target: 2_400_000 }),
  goalSet("de", [
    {
      account: "M-100",
      text: "Müller: Ersatzteilverfügbarkeit von 98 % über ein Konsignationslager sichern",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-101",
      text: "Hanse – Ersatzteilverfügbarkeit von 98 % über ein Konsignationslager sichern",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Ersatzteilverfügbarkeit von 98 % über ein Konsignationslager sichern (Steiner)",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-102",
      text: "Brandt: Hygieneschulungen für das Pflegepersonal der Intensivstationen gemeinsam planen",
      copy: false,
      spec: OTHER,
    },
  ]),

  // ── English ────────────────────────────────────────────────────────────────────────────────
  vision("en", "By 2030, half of every key account's spend on industrial valves flows through us.", {
    must: M,
  }),
  vision("en", "Key accounts should feel that we know their operations as well as their own engineers do.", {
    not: VOK,
  }),
  vision("en", "Europe's most profitable valve maker.", { must: [...M, ...NC] }),
  vision("en", "When our key accounts plan a new site, we want to be the first call they make.", {
    not: VOK,
  }),
  vision("en", "More installed capacity at our customers than all competitors combined.", { must: M }),
  vision("en", "A company to be proud of.", { must: NC, not: M }),
  mission("en", "Plan customer meetings, log every visit, track every quote, keep the pipeline clean.", AL),
  mission("en", "We listen before we propose and stay at our customers' side long after commissioning.", MOK),
  mission("en", "Excellence is our standard.", NH),
  mission(
    "en",
    "Through shared energy monitoring we make our customers' consumption visible and lower it year after year.",
    MOK,
  ),
  goal("en", "Four product demonstrations at the Granite Ridge plant by year end", S, OTHER),
  goal("en", "Hand the 2027 catalogue personally to every Granite Ridge buyer", S, OTHER),
  goal("en", "Invite Granite Ridge to our customer day in May and close five deals there", S, OTHER),
  goal("en", "Cold-call ten plant managers at Granite Ridge sites each month", S, OTHER),
  goal("en", "Agree a joint roadmap for Granite Ridge's retrofit projects through 2028", NOT_S, OTHER),
  goal("en", "Two workshops with Granite Ridge maintenance on failure analysis", NOT_S, OTHER),
  goal("en", "Embed a resident engineer at Granite Ridge's largest plant by Q3 2027", NOT_S, OTHER),
  goal("en", "5% loyalty discount for Granite Ridge from the third contract year", P, OTHER),
  goal("en", "Give Granite Ridge a price guarantee through 2029", P, OTHER),
  goal("en", "Match the Chinese supplier's pricing at Granite Ridge", P, OTHER),
  goal("en", "Absorb the installation cost for Granite Ridge", P, OTHER),
  goal("en", "Convince Granite Ridge that our service is worth the premium", NOT_P, OTHER),
  goal("en", "No special terms in next year's annual review with Granite Ridge", NOT_P, OTHER),
  goal("en", "Supply sensors to a defence contractor through Granite Ridge", P, OTHER),
  goal("en", "Install terminals for a sports betting operator via Northwind", P, {
    ...OTHER,
    account: "A-203",
  }),
  goal("en", "Cooling for a cigar maker partnered with Granite Ridge", P, OTHER),
  goal("en", "Help Granite Ridge convert its coal boiler to biomass", NOT_P, OTHER, { marketing: COAL_EN }),
  goal(
    "en",
    "Grow contribution margin at Granite Ridge by $150k to cement the partnership",
    { must: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal("en", "Open two new business areas at Granite Ridge", { not: ["GOAL_KIND_MISMATCH"] }, OTHER),
  goal(
    "en",
    "Customer satisfaction Granite Ridge: $120k budget for service visits",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 120_000, unit: "USD" },
  ),
  goal(
    "en",
    "Hold Granite Ridge's repurchase rate at 90%",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 0.9, unit: "%" },
  ),
  goal(
    "en",
    "Loyalty index Granite Ridge to 7 out of 5",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "relationship", target: 7, unit: "score" },
  ),
  goal("en", "Revenue with Granite Ridge 2028: $2.4M", {}, { target: 2_400_000 }),
  goalSet("en", [
    {
      account: "A-200",
      text: "Granite Ridge: secure 98% spare-parts availability through a consignment stock",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-201",
      text: "Bayline — secure 98% spare-parts availability through a consignment stock",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-203",
      text: "Secure 98% spare-parts availability through a consignment stock (Northwind)",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-202",
      text: "Crestview: plan hygiene training for their fresh-food counter staff together",
      copy: false,
      spec: OTHER,
    },
  ]),
];
