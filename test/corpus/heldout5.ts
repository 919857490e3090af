// Fifth held-out set: written after the third round of tuning (heldout3 and heldout4 joined the
// gate) and never tuned against; `npm run eval` reports it on its own and nothing gates on it.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout5", "h5");

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

export const HELDOUT5: readonly CorpusEntry[] = [
  // ── German ─────────────────────────────────────────────────────────────────────────────────
  vision(
    "de",
    "Bis 2035 möchten wir bei jedem Key Account mindestens jeden zweiten Euro im Instandhaltungsbudget verdienen.",
    { must: M },
  ),
  vision("de", "Wir wollen in Europa die Referenz für Abfülltechnik sein – in Stückzahlen wie im Ansehen.", {
    must: M,
    unsure: NC,
  }),
  vision("de", "Größter Anbieter im Segment Lebensmittelkühlung bis 2030.", { must: [...M, ...NC] }),
  vision(
    "de",
    "Unsere Key Accounts sollen in uns den Partner sehen, der ihre Anlagen besser kennt als sie selbst.",
    { not: VOK },
  ),
  vision(
    "de",
    "Gemeinsam mit unseren Schlüsselkunden machen wir ihre Produktion sicherer, sauberer und planbarer.",
    { not: VOK },
  ),
  vision("de", "Wir sind stolz auf 125 Jahre Firmengeschichte und auf unsere Ingenieure.", {
    must: NC,
    not: M,
  }),
  vision(
    "de",
    "Jeder Schlüsselkunde soll in fünf Jahren sagen können, dass wir ihn nie im Stich gelassen haben.",
    { not: VOK },
  ),
  vision("de", "Mit unseren Key Accounts wollen wir bis 2030 eine halbe Milliarde umsetzen.", { must: M }),
  mission(
    "de",
    "Montags Pipeline-Review, mittwochs Angebotsrunde, freitags Forecast an die Vertriebsleitung.",
    AL,
  ),
  mission("de", "Wir arbeiten hart und sind stolz auf unsere Produkte.", NH),
  mission(
    "de",
    "Wir lernen die Abläufe unserer Key Accounts vor Ort kennen und entwickeln mit ihnen Lösungen, die ihre Engpässe beseitigen.",
    MOK,
  ),
  mission(
    "de",
    "Durch einen festen Ansprechpartner je Werk und gemeinsame Jahresplanungen wachsen wir in die Organisation unserer Kunden hinein.",
    MOK,
  ),
  goal(
    "de",
    "Bis Ende März 30 Bestandskontakte bei Müller für die Frühjahrsaktion telefonisch qualifizieren",
    S,
    OTHER,
  ),
  goal("de", "Jede Woche ein Musterpaket an einen anderen Standort von Müller schicken", S, OTHER),
  goal("de", "Neues Wartungsabo bei Müller platzieren: Abschlussquote 50 % der angesprochenen Werke", S, {
    kind: "strategic",
    metric: "other",
    target: 0.5,
    unit: "%",
  }),
  goal("de", "E-Mail-Serie zum Produktlaunch an den Einkauf von Müller", S, OTHER),
  goal(
    "de",
    "Mit Müller einen jährlichen Strategieworkshop zur gemeinsamen Produktplanung etablieren",
    NOT_S,
    OTHER,
  ),
  goal("de", "Ansprechpartner-Netz bei Müller von 3 auf 8 Entscheider ausbauen", NOT_S, OTHER),
  goal("de", "Müller bei der Zertifizierung nach IFS Food bis Mitte 2027 unterstützen", NOT_S, OTHER),
  goal("de", "Müller für 2027 einen Treuebonus von 3 % auf den Jahresumsatz gewähren", P),
  goal("de", "Beim Ersatzteilpreis auf das Niveau des Billiganbieters gehen, um Müller zu halten", P),
  goal("de", "Müller die Inbetriebnahme der neuen Linie nicht berechnen", P),
  goal("de", "Über Müller ein Wettportal mit Rechenzentrumstechnik ausstatten", P),
  goal("de", "Dem Verteidigungsministerium über Müller Kühlcontainer liefern", P),
  goal("de", "Wartungskosten von Müller durch vorausschauende Instandhaltung um 20 % senken", NOT_P, OTHER),
  goal(
    "de",
    "Preisanpassung 2027 bei Müller mit Index-Klausel sauber begründen und durchsetzen",
    NOT_P,
    OTHER,
  ),
  goal("de", "Müller überzeugen, dass sich unser höherer Preis in 18 Monaten amortisiert", NOT_P, OTHER),
  goal(
    "de",
    "Vertrauensbasis mit Müller ausbauen und den Deckungsbeitrag um 200.000 € steigern",
    { must: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "de",
    "Müller als Pilotkunden für unser neues Servicemodell gewinnen",
    { not: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "de",
    "Zufriedenheit bei Müller: Budget von 50.000 € für Kundenevents",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 50_000, unit: "EUR" },
  ),
  goal("de", "Umsatz mit Müller im Geschäftsjahr 2028 auf 2,5 Mio. € heben", {}),
  goal(
    "de",
    "Bruttomarge Müller: 29 % → 32 % bis Ende 2028",
    {},
    { metric: "grossMargin", baseline: 0.29, target: 0.32 },
  ),
  goalSet("de", [
    {
      account: "M-100",
      text: "Müller: Notfall-Hotline rund um die Uhr einrichten, Reaktionszeit unter vier Stunden",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-101",
      text: "Hanse: Notfall-Hotline rund um die Uhr einrichten, Reaktionszeit unter vier Stunden",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Steiner: Notfall-Hotline rund um die Uhr einrichten – Reaktionszeit unter vier Stunden",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-102",
      text: "Brandt Kliniken: Sterilgutversorgung der OP-Säle gemeinsam neu planen",
      copy: false,
      spec: OTHER,
    },
  ]),

  // ── English ────────────────────────────────────────────────────────────────────────────────
  vision(
    "en",
    "By 2035 we want to earn at least every second dollar of each key account's maintenance budget.",
    { must: M },
  ),
  vision(
    "en",
    "The reference for filling technology in North America — in units shipped and in reputation.",
    {
      must: M,
      unsure: NC,
    },
  ),
  vision("en", "Largest provider in food refrigeration by 2030.", { must: [...M, ...NC] }),
  vision(
    "en",
    "Our key accounts should see us as the partner who knows their equipment better than they do.",
    { not: VOK },
  ),
  vision(
    "en",
    "Together with our key accounts we make their production safer, cleaner and more predictable.",
    { not: VOK },
  ),
  vision("en", "Proud of 125 years of company history and of our engineers.", { must: NC, not: M }),
  vision("en", "Five years from now every key account should be able to say we never let them down.", {
    not: VOK,
  }),
  vision("en", "Together with our key accounts we want to turn over half a billion by 2030.", { must: M }),
  mission("en", "Monday pipeline review, Wednesday quote round, Friday forecast to the sales director.", AL),
  mission("en", "We work hard and are proud of our products.", NH),
  mission(
    "en",
    "We get to know our key accounts' processes on site and develop solutions with them that remove their bottlenecks.",
    MOK,
  ),
  mission(
    "en",
    "Through one named contact per plant and joint annual planning we grow into our customers' organisation.",
    MOK,
  ),
  goal(
    "en",
    "Qualify 30 existing contacts at Granite Ridge by phone for the spring promotion by end of March",
    S,
    OTHER,
  ),
  goal("en", "Send a sample kit to a different Granite Ridge site every week", S, OTHER),
  goal(
    "en",
    "Place the new maintenance subscription at Granite Ridge: close rate of 50% of plants approached",
    S,
    { kind: "strategic", metric: "other", target: 0.5, unit: "%" },
  ),
  goal("en", "Email sequence on the product launch to Granite Ridge purchasing", S, OTHER),
  goal(
    "en",
    "Establish an annual strategy workshop with Granite Ridge for joint product planning",
    NOT_S,
    OTHER,
  ),
  goal("en", "Grow our contact network at Granite Ridge from 3 to 8 decision-makers", NOT_S, OTHER),
  goal("en", "Support Granite Ridge in getting SQF certified by mid-2027", NOT_S, OTHER),
  goal("en", "Give Granite Ridge a 3% loyalty bonus on annual revenue for 2027", P),
  goal("en", "Drop spare-parts pricing to the low-cost supplier's level to keep Granite Ridge", P),
  goal("en", "Don't bill Granite Ridge for commissioning the new line", P),
  goal("en", "Equip a betting portal's data centre via Granite Ridge", P),
  goal("en", "Supply refrigerated containers to the Department of Defense via Granite Ridge", P),
  goal("en", "Cut Granite Ridge's maintenance costs by 20% with predictive maintenance", NOT_P, OTHER),
  goal(
    "en",
    "Justify and push through the 2027 price adjustment at Granite Ridge with an index clause",
    NOT_P,
    OTHER,
  ),
  goal("en", "Convince Granite Ridge that our higher price pays back within 18 months", NOT_P, OTHER),
  goal(
    "en",
    "Build trust with Granite Ridge and raise contribution margin by $200k",
    { must: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "en",
    "Win Granite Ridge as pilot customer for our new service model",
    { not: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "en",
    "Satisfaction at Granite Ridge: $50k budget for customer events",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 50_000, unit: "USD" },
  ),
  goal("en", "Lift revenue with Granite Ridge to $2.5M in FY2028", {}),
  goal(
    "en",
    "Gross margin Granite Ridge: 29% → 32% by end of 2028",
    {},
    { metric: "grossMargin", baseline: 0.29, target: 0.32 },
  ),
  goalSet("en", [
    {
      account: "A-200",
      text: "Granite Ridge: set up a 24/7 emergency hotline, response time under four hours",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-201",
      text: "Bayline: set up a 24/7 emergency hotline, response time under four hours",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-203",
      text: "Northwind: set up a 24/7 emergency hotline — response time under four hours",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-202",
      text: "Crestview: plan the refit of their cold rooms together with their store operations team",
      copy: false,
      spec: OTHER,
    },
  ]),
];
