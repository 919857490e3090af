// Held-out part of the corpus: written before the lexicons were tuned, and its failures were not
// looked at while tuning (only its totals are reported). Do not tune against it.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout", "ho");

const PREMIUM_BY_MEANING_DE = {
  positioning: "Technologieführer mit hochwertigen Lösungen – kein Preiswettbewerb",
};
const QUALITY_NOT_PRICE_DE = {
  positioning: "Wir verkaufen Qualität und Beratung, nicht den niedrigsten Preis.",
};
const COST_LEADER_DE = { positioning: "Kostenführer – bester Preis im Markt" };
const PREMIUM_BY_MEANING_EN = {
  positioning: "Technology leader: engineered solutions, no price competition",
};
const QUALITY_NOT_PRICE_EN = { positioning: "We win on quality and service, never on price." };
const COST_LEADER_EN = { positioning: "Cost leader: best value for money" };

export const HELDOUT: readonly CorpusEntry[] = [
  // ── Visions, German ────────────────────────────────────────────────────────────────────────
  vision(
    "de",
    "Bis 2030 wollen wir bei jedem unserer Key Accounts der größte Lieferant sein und den Wettbewerb klar hinter uns lassen.",
    { must: ["VISION_MONETARY"] },
  ),
  vision(
    "de",
    "Wir werden die Nummer eins für Industriearmaturen im deutschsprachigen Raum – vor allen Wettbewerbern.",
    {
      must: ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"],
    },
  ),
  vision("de", "Unser Anspruch: mit allen Schlüsselkunden doppelt so schnell wachsen wie der Markt.", {
    must: ["VISION_MONETARY"],
  }),
  vision(
    "de",
    "In fünf Jahren verdreifachen wir unser Geschäft mit jedem Key Account und werden dort zum Hauptlieferanten.",
    { must: ["VISION_MONETARY"] },
  ),
  vision("de", "Wir wollen Marktführer in Europa werden und jeden relevanten Großkunden für uns gewinnen.", {
    must: ["VISION_MONETARY"],
  }),
  vision(
    "de",
    "Mit 40 Prozent Lieferanteil bei unseren Key Accounts sind wir 2030 bei jedem Projekt gesetzt.",
    {
      must: ["VISION_MONETARY"],
    },
  ),
  vision(
    "de",
    "Wir stehen für Ingenieurskunst, die Maßstäbe setzt, und für ein Team, auf das wir stolz sein können.",
    {
      must: ["VISION_NOT_CUSTOMER_CENTRIC"],
    },
  ),
  vision(
    "de",
    "Wir werden das innovativste Familienunternehmen der Branche – mutig, schnell und verlässlich.",
    {
      must: ["VISION_NOT_CUSTOMER_CENTRIC"],
      not: ["VISION_MONETARY"],
    },
  ),
  vision(
    "de",
    "Technologie, die begeistert: Wir setzen den Standard für intelligente Antriebstechnik in Europa.",
    {
      must: ["VISION_NOT_CUSTOMER_CENTRIC"],
    },
  ),
  vision(
    "de",
    "Wer mit uns arbeitet, soll spüren, dass wir sein Geschäft so gut verstehen wie er selbst – heute und in zwanzig Jahren.",
    { not: ["VISION_NOT_CUSTOMER_CENTRIC"] },
  ),
  vision(
    "de",
    "Unsere Key Accounts wachsen mit uns schneller, weil wir Probleme lösen, bevor sie entstehen.",
    {
      not: ["VISION_MONETARY"],
    },
  ),
  vision(
    "de",
    "Die Einkäufer und Werksleiter unserer wichtigsten Häuser sollen uns als ersten Ansprechpartner sehen, wenn es um Prozesssicherheit geht.",
    { not: ["VISION_NOT_CUSTOMER_CENTRIC"] },
  ),
  vision(
    "de",
    "Für die Unternehmen, die auf uns setzen, sind wir der Partner, ohne den sie keine wichtige Entscheidung mehr treffen wollen.",
    { not: ["VISION_NOT_CUSTOMER_CENTRIC"] },
  ),
  vision(
    "de",
    "Wir wollen für unsere Key Accounts die erste Wahl sein – nicht weil wir am billigsten sind, sondern weil wir ihren Erfolg mitgestalten.",
    { not: ["VISION_MONETARY"] },
  ),

  // ── Visions, English ───────────────────────────────────────────────────────────────────────
  vision("en", "Triple our share with every key account by 2030 and leave no room for a second supplier.", {
    must: ["VISION_MONETARY"],
  }),
  vision("en", "Become the number one supplier of industrial coatings in North America.", {
    must: ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"],
  }),
  vision("en", "We will outgrow every competitor in each of our key accounts, year after year.", {
    must: ["VISION_MONETARY"],
  }),
  vision("en", "To be the largest and most profitable partner our key accounts have ever worked with.", {
    must: ["VISION_MONETARY"],
  }),
  vision("en", "Own the category: the dominant name in cold-chain logistics across the whole continent.", {
    must: ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"],
  }),
  vision("en", "We will be known as the most respected engineering company of our generation.", {
    must: ["VISION_NOT_CUSTOMER_CENTRIC"],
  }),
  vision(
    "en",
    "A company people are proud to work for, with craftsmanship that sets the industry benchmark.",
    {
      must: ["VISION_NOT_CUSTOMER_CENTRIC"],
    },
  ),
  vision(
    "en",
    "Pioneering sustainable materials that will redefine how our whole industry designs and builds.",
    {
      must: ["VISION_NOT_CUSTOMER_CENTRIC"],
    },
  ),
  vision(
    "en",
    "Anyone who builds with us should feel we know their plant as well as they do, now and for decades.",
    { not: ["VISION_NOT_CUSTOMER_CENTRIC"] },
  ),
  vision(
    "en",
    "The businesses we serve will see us as the one partner they would never think of replacing.",
    {
      not: ["VISION_NOT_CUSTOMER_CENTRIC"],
    },
  ),
  vision("en", "Our key accounts grow faster and sleep better because we are part of their team.", {
    not: ["VISION_MONETARY"],
  }),
  vision(
    "en",
    "Be the first call our clients make when a launch is at stake, not the cheapest quote on the table.",
    { not: ["VISION_MONETARY"] },
  ),
  vision(
    "en",
    "The hospitals and labs that rely on us should never have to think twice about their supply.",
    { not: ["VISION_NOT_CUSTOMER_CENTRIC"] },
  ),
  vision(
    "en",
    "Ten years from now, every plant manager working with us should say we made their operation safer.",
    { not: ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"] },
  ),

  // ── Missions, German ───────────────────────────────────────────────────────────────────────
  mission(
    "de",
    "Jeder KAM ruft seine Key Accounts mindestens alle zwei Wochen an, fasst offene Angebote innerhalb von 48 Stunden nach und pflegt das CRM tagesaktuell.",
    { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] },
  ),
  mission(
    "de",
    "Wöchentliche Forecast-Runde, monatliches Pipeline-Review, Besuchsberichte bis Freitag im CRM – so halten wir die Key Accounts im Griff.",
    { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] },
  ),
  mission(
    "de",
    "Wir erhöhen die Besuchsfrequenz auf zwei Termine pro Monat, schicken nach jedem Termin ein Angebot und verfolgen die Abschlussquote je Account.",
    { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] },
  ),
  mission(
    "de",
    "Unsere Mission: Kaltakquise in den Tochtergesellschaften, Cross-Selling bei jedem Kontakt und saubere Opportunities im CRM.",
    { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] },
  ),
  mission("de", "Unsere Mission ist es, der beste Partner unserer Key Accounts zu sein.", {
    must: ["MISSION_NO_HOW"],
    not: ["MISSION_ACTIVITY_LIST"],
  }),
  mission("de", "Exzellenz, Verlässlichkeit und Leidenschaft für unsere Kunden – jeden Tag.", {
    must: ["MISSION_NO_HOW"],
  }),
  mission("de", "Partnerschaft auf Augenhöhe mit allen Key Accounts, heute und morgen.", {
    must: ["MISSION_NO_HOW"],
  }),
  mission(
    "de",
    "Wir verstehen die Wertschöpfung unserer Key Accounts, planen gemeinsam mit ihren Teams und sind in Projekten früh dabei; quartalsweise prüfen wir mit der Geschäftsleitung, was wir besser machen können.",
    { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] },
  ),
  mission(
    "de",
    "Dazu binden wir unsere Entwicklung in die Roadmaps der Kunden ein, teilen Know-how offen und pflegen Beziehungen auf allen Ebenen – vom Einkauf bis zur Geschäftsführung.",
    { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] },
  ),
  mission(
    "de",
    "Wir führen mit jedem Key Account einen jährlichen Strategieworkshop durch und halten die Vereinbarungen daraus im CRM fest, damit alle Beteiligten an einem Strang ziehen.",
    { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] },
  ),

  // ── Missions, English ──────────────────────────────────────────────────────────────────────
  mission(
    "en",
    "Every account manager logs at least ten customer calls a week, chases open quotes within two days and keeps Salesforce spotless.",
    { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] },
  ),
  mission(
    "en",
    "Weekly forecast calls, a monthly pipeline review and a hard close on every quote over $50k.",
    {
      must: ["MISSION_ACTIVITY_LIST"],
      not: ["MISSION_NO_HOW"],
    },
  ),
  mission(
    "en",
    "We hit each key account with a fortnightly touchpoint, push the new catalogue in every meeting and update opportunity stages by Friday.",
    { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] },
  ),
  mission(
    "en",
    "Our mission: more demos, faster follow-ups on RFQs and clean CRM data across all key accounts.",
    {
      must: ["MISSION_ACTIVITY_LIST"],
      not: ["MISSION_NO_HOW"],
    },
  ),
  mission("en", "Our mission is to be the most trusted partner our key accounts have ever had.", {
    must: ["MISSION_NO_HOW"],
    not: ["MISSION_ACTIVITY_LIST"],
  }),
  mission("en", "Excellence, integrity and partnership in everything we do.", { must: ["MISSION_NO_HOW"] }),
  mission("en", "Long-term partnership with every key account, today and tomorrow.", {
    must: ["MISSION_NO_HOW"],
  }),
  mission(
    "en",
    "We learn our customers' businesses from the shop floor up, co-develop solutions with their engineers and sit down with their leadership every quarter to review what we could do better.",
    { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] },
  ),
  mission(
    "en",
    "By embedding our specialists in their project teams, sharing our roadmap early and keeping promises at every level, we make ourselves hard to replace.",
    { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] },
  ),
  mission(
    "en",
    "We agree joint objectives with each key account once a year, track them together in a shared plan and record what we learn in our CRM so nothing gets lost when people change.",
    { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] },
  ),

  // ── Goals, German: selling in other words ──────────────────────────────────────────────────
  goal("de", "Zehn Produktpräsentationen bei Müller im ersten Halbjahr durchführen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Jedes Quartal ein neues Sortiment beim Einkauf von Müller vorstellen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Müller monatlich zu einer Live-Demo der neuen Steuerungssoftware einladen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Pro Quartal zwei zusätzliche Module an Müller cross-sellen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Bis Ende Q2 fünf neue Angebote bei Müller platzieren und konsequent nachfassen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Wöchentlich mindestens drei Telefontermine mit den Einkäufern von Müller vereinbaren", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Sommeraktion für Ersatzteile bei Müller bewerben und 200 Bestellungen erzielen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("de", "Mit einem Gewinnspiel auf der Hausmesse neue Ansprechpartner bei Müller gewinnen", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
    not: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "de",
    "Zweimal im Jahr einen gemeinsamen Innovationsworkshop mit der Entwicklung von Müller durchführen",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal(
    "de",
    "Quartalsweise Strategiegespräche mit der Geschäftsführung von Müller etablieren",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal(
    "de",
    "Monatliche Abstimmung mit dem Werksleiter zu Stillstandszeiten einführen und die Zufriedenheit auf 4 von 5 heben",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal("de", "Umsatz mit Müller durch einen Servicevertrag für die Antriebe auf 2,5 Mio. € steigern", {
    not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal(
    "de",
    "Den Anteil am Ersatzteilgeschäft von Müller ausbauen, indem wir Ersatzteile direkt in die Instandhaltungsplanung einbinden",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
  ),

  // ── Goals, German: positioning ─────────────────────────────────────────────────────────────
  goal("de", "Staffelrabatte bei Volumenzusage anbieten, um den Umsatz mit Müller auf 2,5 Mio. € zu heben", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "de",
    "Das Angebot des Wettbewerbers bei Müller preislich unterbieten und so die Antriebe zurückgewinnen",
    {
      must: ["GOAL_CONTRADICTS_POSITIONING"],
    },
  ),
  goal("de", "Mit einem Einstiegspreis für das Servicepaket bei Müller Fuß fassen", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal("de", "Für Müller ein Paket mit Sonderkonditionen schnüren, damit es ins Budget passt", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "de",
    "Umsatz bei Müller durch einen Preisnachlass von 8 % auf die Ersatzteile sichern",
    { must: ["GOAL_CONTRADICTS_POSITIONING"] },
    {},
    { marketing: PREMIUM_BY_MEANING_DE },
  ),
  goal(
    "de",
    "Bei Müller mit günstigeren Preisen als der Wettbewerb den Lieferanteil ausbauen",
    { must: ["GOAL_CONTRADICTS_POSITIONING"] },
    {},
    { marketing: QUALITY_NOT_PRICE_DE },
  ),
  goal("de", "Über Müller Zugang zu Rüstungszulieferern im Süden aufbauen", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal("de", "Mit Müller gemeinsam Steuerungen für Sportwetten-Terminals entwickeln", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "de",
    "Umsatz mit Falkner durch Servicepakete auf 1,3 Mio. € ausbauen",
    { must: ["GOAL_CONTRADICTS_POSITIONING"] },
    { account: "M-104", target: 1_300_000 },
  ),
  goal(
    "de",
    "Die Marge bei Müller halten, ohne dass wir uns im nächsten Rahmenvertrag erneut auf einen Preiskampf mit dem Wettbewerb einlassen",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
    { metric: "grossMargin", target: 0.29 },
  ),
  goal(
    "de",
    "Mengenrabatt von 5 % gegen eine Abnahmegarantie bei Müller vereinbaren",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
    {},
    { marketing: COST_LEADER_DE },
  ),
  goal(
    "de",
    "Prozesskosten von Müller in der Instandhaltung um 15 % senken und so unseren Lieferanteil ausbauen",
    {
      not: ["GOAL_CONTRADICTS_POSITIONING"],
    },
  ),
  goal(
    "de",
    "Statt über Rabatte über nachweisbare Verfügbarkeit argumentieren und den Umsatz mit Müller auf 2,5 Mio. € steigern",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
  ),
  goal(
    "de",
    "Marge bei Müller verbessern, indem wir die historischen Sonderkonditionen bis 2028 schrittweise auslaufen lassen",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
    { metric: "grossMargin", target: 0.3 },
  ),
  goal(
    "de",
    "Müller bei der Ausschreibung nicht über den Preis, sondern über Lebenszykluskosten überzeugen",
    {
      not: ["GOAL_CONTRADICTS_POSITIONING"],
    },
  ),

  // ── Goals, German: kind and amounts ────────────────────────────────────────────────────────
  goal(
    "de",
    "Neues Geschäftsfeld Retrofit bei Müller erschließen und dort 500.000 € Umsatz erzielen",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 500_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Deckungsbeitrag bei Müller auf 30 % verbessern",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 0.3, unit: "%" },
  ),
  goal(
    "de",
    "Mit dem Bereich Service bei Müller 400.000 € zusätzlich umsetzen",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "newBusinessAreas", target: 400_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Kundenbindung bei Müller über höheren Umsatz sichern",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "revenue" },
  ),
  goal(
    "de",
    "Rahmenvertrag mit Müller (rund 2 Mio. € Volumen) vorzeitig bis 2030 verlängern",
    { not: ["GOAL_KIND_MISMATCH", "GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "retention", target: 1, unit: "%" },
  ),
  goal(
    "de",
    "Zwei gemeinsame Entwicklungsprojekte mit Müller starten, um tiefer in die Produktentwicklung eingebunden zu sein",
    { not: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 2, unit: "count" },
  ),
  goal(
    "de",
    "Servicegeschäft mit Müller auf 300.000 € ausbauen",
    { not: ["GOAL_KIND_MISMATCH"] },
    { kind: "economic", metric: "other", target: 300_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Umsatzbasis bei Müller vollständig halten",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 2_000_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Beziehung zu Müller stärken: Budget für gemeinsame Projekte 250.000 €",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 250_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Müller als Kunden halten – mindestens 1,8 Mio. € Jahresumsatz sichern",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 1_800_000, unit: null },
  ),
  goal(
    "de",
    "Rohertrag bei Müller auf 600.000 € steigern",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "economic", metric: "grossMargin", target: 600_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Kundenbindung bei Müller auf 95 % Wiederkaufrate halten",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "retention", target: 95, unit: "%" },
  ),
  goal(
    "de",
    "Beziehung zu Müller von 3 auf 4 heben – mit Jahresgesprächen auf Vorstandsebene",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal(
    "de",
    "Wiederbestellquote bei Müller auf 95 % sichern",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "retention", target: 0.95, unit: "%" },
  ),
  goalSet("de", [
    {
      account: "M-100",
      text: "Beziehung zu Müller durch Quartalsgespräche mit der Geschäftsführung auf 4 von 5 heben",
      copy: true,
    },
    {
      account: "M-101",
      text: "Beziehung zu Hanse durch Quartalsgespräche mit der Geschäftsführung auf 4 von 5 heben",
      copy: true,
    },
    {
      account: "M-102",
      text: "Beziehung zu Brandt durch Quartalsgespräche mit der Geschäftsführung auf 4 von 5 heben",
      copy: true,
    },
    {
      account: "M-103",
      text: "Beziehung zu Steiner Lebensmittel durch Quartalsgespräche mit der Geschäftsführung auf 4 von 5 heben",
      copy: true,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Rahmenvertrag mit Müller Maschinenbau bis 2030 verlängern und die Verfügbarkeit der Anlagen verbessern",
      copy: true,
    },
    {
      account: "M-101",
      text: "Rahmenvertrag mit Müller Maschinenbau bis 2030 verlängern und die Verfügbarkeit der Anlagen verbessern",
      copy: true,
    },
    {
      account: "M-103",
      text: "Rahmenvertrag mit Steiner bis 2030 verlängern und die Verfügbarkeit der Anlagen verbessern.",
      copy: true,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Umsatz mit Müller durch Retrofit-Pakete für Altanlagen auf 2,5 Mio. € steigern",
      copy: false,
    },
    {
      account: "M-101",
      text: "Umsatz mit Hanse über ein gemeinsames Lagerautomatisierungsprojekt auf 3,6 Mio. € steigern",
      copy: false,
    },
    {
      account: "M-102",
      text: "Umsatz mit Brandt durch Wartungsverträge für die OP-Technik auf 1,7 Mio. € steigern",
      copy: false,
    },
  ]),

  // ── Goals, English: selling in other words ─────────────────────────────────────────────────
  goal("en", "Run monthly demo calls with Granite Ridge's plant buyers", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Cross-sell two additional modules to Granite Ridge per quarter", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Deliver 12 product presentations to Granite Ridge's regional teams in H1", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Pitch the new sensor range to Granite Ridge at every quarterly visit", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Get Granite Ridge to trial three new SKUs each quarter", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Book 8 discovery meetings a month across Granite Ridge's business units", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Send Granite Ridge's purchasing team a promo pack every month", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal("en", "Hit $2.5M in bookings at Granite Ridge by closing out the Q3 pipeline", {
    must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal(
    "en",
    "Hold a joint innovation workshop with Granite Ridge's R&D twice a year",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal(
    "en",
    "Set up quarterly business reviews with Granite Ridge's COO and CFO",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal(
    "en",
    "Meet Granite Ridge's plant managers monthly to review downtime and agree fixes",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal("en", "Grow revenue with Granite Ridge to $2.5M by taking over their cold-chain monitoring", {
    not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal(
    "en",
    "Expand our share of Granite Ridge's packaging spend by designing the line for their new plant",
    {
      not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
    },
  ),

  // ── Goals, English: positioning ────────────────────────────────────────────────────────────
  goal("en", "Undercut the competitor's offer at Granite Ridge to win back the packaging line", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal("en", "Offer Granite Ridge a discounted bundle that fits their budget for 2027", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal("en", "Match the lowest bid in Granite Ridge's tender to keep the cold-chain contract", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal("en", "Give Granite Ridge tiered volume rebates in return for a three-year commitment", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "en",
    "Secure Granite Ridge's renewal with a 10% price reduction on spare parts",
    { must: ["GOAL_CONTRADICTS_POSITIONING"] },
    {},
    { marketing: PREMIUM_BY_MEANING_EN },
  ),
  goal(
    "en",
    "Become Granite Ridge's lowest-priced supplier for sensors",
    { must: ["GOAL_CONTRADICTS_POSITIONING"] },
    {},
    { marketing: QUALITY_NOT_PRICE_EN },
  ),
  goal("en", "Use Granite Ridge as a reference to open doors at sports betting operators", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal("en", "Co-develop ruggedised controllers with Granite Ridge for military vehicle makers", {
    must: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "en",
    "Grow revenue with Ironclad to $1.3M through a service contract",
    { must: ["GOAL_CONTRADICTS_POSITIONING"] },
    { account: "A-204", target: 1_300_000 },
  ),
  goal(
    "en",
    "Protect margin at Granite Ridge without getting dragged into yet another round of price cuts in the renewal",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
    { metric: "grossMargin", target: 0.29 },
  ),
  goal(
    "en",
    "Agree a 5% volume discount with Granite Ridge against a two-year commitment",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
    {},
    { marketing: COST_LEADER_EN },
  ),
  goal(
    "en",
    "Cut Granite Ridge's maintenance costs by 15% with predictive monitoring and grow our share of their spend",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
  ),
  goal("en", "Win the Granite Ridge renewal on lifetime cost and uptime rather than on price", {
    not: ["GOAL_CONTRADICTS_POSITIONING"],
  }),
  goal(
    "en",
    "Raise the margin at Granite Ridge by phasing out the legacy rebates by 2028",
    { not: ["GOAL_CONTRADICTS_POSITIONING"] },
    { metric: "grossMargin", target: 0.3 },
  ),
  goal("en", "Reduce the price pressure at Granite Ridge by showing measurable value in quarterly reviews", {
    not: ["GOAL_CONTRADICTS_POSITIONING", "GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),

  // ── Goals, English: kind and amounts ───────────────────────────────────────────────────────
  goal(
    "en",
    "Open up the retrofit business at Granite Ridge and book $500k of revenue there",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 500_000, unit: "USD" },
  ),
  goal(
    "en",
    "Lift operating profit on the Granite Ridge account to 12%",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 0.12, unit: "%" },
  ),
  goal(
    "en",
    "Bring in an extra $400k through the lab business at Granite Ridge",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "newBusinessAreas", target: 400_000, unit: "USD" },
  ),
  goal(
    "en",
    "Secure loyalty by growing Granite Ridge's revenue",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "revenue" },
  ),
  goal(
    "en",
    "Renew the Granite Ridge master agreement (about $2M a year) early, through 2030",
    { not: ["GOAL_KIND_MISMATCH", "GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "retention", target: 1, unit: "%" },
  ),
  goal(
    "en",
    "Launch two co-development projects with Granite Ridge's engineers to be part of their product roadmap",
    { not: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 2, unit: "count" },
  ),
  goal(
    "en",
    "Grow the service business with Granite Ridge to $300k",
    { not: ["GOAL_KIND_MISMATCH"] },
    { kind: "economic", metric: "other", target: 300_000, unit: "USD" },
  ),
  goal(
    "en",
    "Retain Granite Ridge's full revenue base",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 2_000_000, unit: "USD" },
  ),
  goal(
    "en",
    "Strengthen the relationship with Granite Ridge: $250k budget for joint projects",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 250_000, unit: "USD" },
  ),
  goal(
    "en",
    "Keep Granite Ridge as a customer and lock in at least $1.8M a year",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 1_800_000, unit: null },
  ),
  goal(
    "en",
    "Raise our share of Granite Ridge's wallet to $3M",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "economic", metric: "shareOfWallet", target: 3_000_000, unit: "USD" },
  ),
  goal(
    "en",
    "Keep Granite Ridge's reorder rate at 95%",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "retention", target: 95, unit: "%" },
  ),
  goal(
    "en",
    "Lift the relationship score with Granite Ridge from 3 to 4 through executive sponsorship",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 4 },
  ),
  goal(
    "en",
    "Raise our share of Granite Ridge's wallet to 45%",
    { not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "economic", metric: "shareOfWallet", target: 0.45, unit: "%" },
  ),
  goalSet("en", [
    {
      account: "A-200",
      text: "Lift the relationship with Granite Ridge to 4 out of 5 through quarterly executive reviews.",
      copy: true,
    },
    {
      account: "A-201",
      text: "Lift the relationship with Bayline to 4 out of 5 through quarterly executive reviews.",
      copy: true,
    },
    {
      account: "A-202",
      text: "Lift the relationship with Crestview to 4 out of 5 through quarterly executive reviews",
      copy: true,
    },
    {
      account: "A-203",
      text: "Lift the relationship with Northwind Freight to 4 out of 5 through quarterly executive reviews.",
      copy: true,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Renew Granite Ridge's master agreement through 2030 and add predictive maintenance",
      copy: true,
    },
    {
      account: "A-201",
      text: "Renew Granite Ridge's master agreement through 2030 and add predictive maintenance",
      copy: true,
    },
    {
      account: "A-202",
      text: "Renew Crestview's master agreement through 2030 and add predictive maintenance.",
      copy: true,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Grow revenue with Granite Ridge to $2.5M through cold-chain monitoring",
      copy: false,
    },
    {
      account: "A-201",
      text: "Grow revenue with Bayline to $3.6M by equipping their new imaging centre",
      copy: false,
    },
    {
      account: "A-202",
      text: "Grow revenue with Crestview to $1.7M with a store-refit programme",
      copy: false,
    },
  ]),
];
