// Second held-out part: written after the first round of tuning, before the lexicons were looked
// at again, in the phrasing of KAM plans the team had not seen (abbreviations, long sentences,
// lists, loanwords, passive voice). Its first figures are the honest ones; see README.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout2", "h2");

const M = ["VISION_MONETARY"] as const;
const NC = ["VISION_NOT_CUSTOMER_CENTRIC"] as const;
const BOTH = ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"] as const;
const VOK = ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"] as const;
const AL = { must: ["MISSION_ACTIVITY_LIST"], not: ["MISSION_NO_HOW"] } as const;
const NH = { must: ["MISSION_NO_HOW"], not: ["MISSION_ACTIVITY_LIST"] } as const;
const MOK = { not: ["MISSION_ACTIVITY_LIST", "MISSION_NO_HOW"] } as const;
const S = { must: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] } as const;
const NOT_S = { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY"] } as const;
const P = { must: ["GOAL_CONTRADICTS_POSITIONING"] } as const;
const NOT_P = { not: ["GOAL_CONTRADICTS_POSITIONING"] } as const;
const K = { must: ["GOAL_KIND_MISMATCH"] } as const;
const NOT_K = { not: ["GOAL_KIND_MISMATCH"] } as const;
const A = { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] } as const;
const NOT_A = { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] } as const;
const REL = { kind: "strategic", metric: "relationship", target: 4 } as const;
const OTHER = { kind: "strategic", metric: "other", target: 1, unit: "count" } as const;

const PREMIUM_BY_VALUE_DE = {
  positioning: "Innovationsführer im oberen Preissegment – wir verkaufen Mehrwert, nicht Preis",
};
const SPECIALIST_DE = {
  positioning: "Spezialist für anspruchsvolle Anwendungen: Beratung und Qualität statt Preis",
};
const HIGH_END_DE = { positioning: "Hochwertige Systemlösungen mit erstklassigem Service" };
const PRICE_LEADER_DE = { positioning: "Preisführer: günstigster Anbieter für Standardkomponenten" };
const PREMIUM_BY_VALUE_EN = {
  positioning: "Innovation leader at the top end of the market: we sell value, not price",
};
const SPECIALIST_EN = {
  positioning: "Specialist for demanding applications: expertise and quality rather than price",
};
const HIGH_END_EN = { positioning: "High-end system solutions backed by first-class service" };
const PRICE_LEADER_EN = { positioning: "Price leader: the lowest-cost source of standard components" };

export const HELDOUT2: readonly CorpusEntry[] = [
  // ── Visions, German ────────────────────────────────────────────────────────────────────────
  vision(
    "de",
    "Bis 2030 wollen wir bei jedem KA mindestens jeden zweiten Euro, den er für Antriebstechnik ausgibt, bei uns sehen.",
    { must: M, unsure: NC },
  ),
  vision(
    "de",
    "Ziel ist es, im DACH-Markt die klare Nr. 1 für Fördertechnik zu werden – mit deutlichem Abstand zu allen Wettbewerbern.",
    { must: BOTH },
  ),
  vision(
    "de",
    "Wir möchten unseren Umsatz mit den Top-20-Kunden in fünf Jahren verdoppeln und so zum größten Systemlieferanten der Region werden.",
    { must: M, unsure: NC },
  ),
  vision(
    "de",
    "Unser Anspruch ist die Marktführerschaft bei Industrieventilen – in Deutschland, Österreich und der Schweiz.",
    {
      must: BOTH,
    },
  ),
  vision(
    "de",
    "Wir wachsen bei jedem unserer Schlüsselkunden schneller als der Wettbewerb und bauen unseren Lieferanteil Jahr für Jahr aus.",
    { must: M },
  ),
  vision("de", "2030: 100 Mio. € Umsatz, davon zwei Drittel mit Key Accounts.", { must: M, unsure: NC }),
  vision(
    "de",
    "Platzhirsch in der Lebensmitteltechnik werden – kein relevanter Auftrag soll mehr an uns vorbeigehen.",
    { must: M, unsure: NC },
  ),
  vision(
    "de",
    "Wir wollen den Wettbewerb bei unseren Key Accounts verdrängen und überall Alleinlieferant sein.",
    { must: M },
  ),
  vision("de", "Wir sind stolz auf 120 Jahre Tradition und wollen das modernste Werk Europas betreiben.", {
    must: NC,
    not: M,
  }),
  vision(
    "de",
    "Unsere Vision: die beste Ingenieursmarke Deutschlands – präzise, innovativ, made in Germany.",
    {
      must: NC,
    },
  ),
  vision("de", "Wir wollen ein Arbeitgeber sein, bei dem die besten Talente der Branche arbeiten möchten.", {
    must: NC,
    not: M,
  }),
  vision(
    "de",
    "Unsere Key Accounts sollen bei jedem Projekt erleben, dass sie mit uns schneller, sicherer und mit weniger Aufwand ans Ziel kommen.",
    { not: VOK },
  ),
  vision(
    "de",
    "Wer bei unseren Kunden eine neue Anlage plant, soll als Erstes an uns denken – weil wir seine Produktion verstehen.",
    { not: VOK },
  ),
  vision(
    "de",
    "Mit uns sollen unsere Key Accounts ihre Marktanteile ausbauen und ihre Werke auch in zehn Jahren noch wettbewerbsfähig betreiben.",
    { not: VOK },
  ),
  vision(
    "de",
    "Die Einkaufs- und Technikteams unserer Kunden erleben die Zusammenarbeit mit uns als Entlastung, nicht als zusätzlichen Abstimmungsaufwand.",
    { not: VOK },
  ),
  vision(
    "de",
    "Wir möchten der Partner sein, dem unsere Schlüsselkunden ihre schwierigsten Probleme anvertrauen – nicht der günstigste, sondern der verlässlichste.",
    { not: VOK },
  ),
  vision(
    "de",
    "Gemeinsam mit unseren Key Accounts wachsen – indem ihre Anlagen mit unserer Technik länger, sauberer und günstiger laufen.",
    { not: VOK },
  ),
  vision(
    "de",
    "Für Klinikleitungen und Einkäufer im Gesundheitswesen sind wir in zehn Jahren der erste Ansprechpartner, wenn Versorgungssicherheit zählt.",
    { not: VOK },
  ),
  vision(
    "de",
    "Unsere Kunden verdoppeln mit unseren Lösungen ihre Anlagenverfügbarkeit – das ist unser Maßstab.",
    {
      not: VOK,
    },
  ),
  vision(
    "de",
    "Nicht der größte Lieferant wollen wir sein, sondern der Partner, ohne den bei unseren Key Accounts keine Linie geplant wird.",
    { not: VOK },
  ),

  // ── Visions, English ───────────────────────────────────────────────────────────────────────
  vision("en", "By 2030 we want to capture at least half of every key account's spend in our category.", {
    must: M,
    unsure: NC,
  }),
  vision("en", "Become the undisputed market leader in DACH for industrial sensors.", { must: BOTH }),
  vision(
    "en",
    "Double our revenue with the top 20 accounts within five years and be the biggest supplier in the region.",
    { must: M, unsure: NC },
  ),
  vision("en", "To dominate the mid-market for fleet telematics across Europe.", { must: BOTH }),
  vision("en", "Grow faster than any competitor at every one of our key accounts, every single year.", {
    must: M,
  }),
  vision("en", "A $250M business by 2030, with key accounts contributing two thirds of it.", {
    must: M,
    unsure: NC,
  }),
  vision(
    "en",
    "We aim to be the go-to and largest vendor in food-grade packaging — no major deal should go to anyone else.",
    { must: M, unsure: NC },
  ),
  vision("en", "Push competitors out of our key accounts and become their sole source.", { must: M }),
  vision("en", "Celebrating 100 years of craftsmanship, we will run the most advanced factory in Europe.", {
    must: NC,
    not: M,
  }),
  vision("en", "The most admired engineering brand in the country: precise, bold, built to last.", {
    must: NC,
  }),
  vision("en", "An employer where the best talent in the industry wants to build a career.", {
    must: NC,
    not: M,
  }),
  vision(
    "en",
    "Our key accounts should feel, on every project, that working with us gets them to their goal faster and with less effort.",
    { not: VOK },
  ),
  vision(
    "en",
    "Whenever someone at a customer plans a new line, we should be the first people they think of, because we understand how they produce.",
    { not: VOK },
  ),
  vision(
    "en",
    "With us, our key accounts gain market share and keep their plants competitive for the next decade.",
    { not: VOK },
  ),
  vision(
    "en",
    "The procurement and engineering teams we serve experience working with us as a relief, not as one more coordination burden.",
    { not: VOK },
  ),
  vision(
    "en",
    "We want to be the partner our key accounts trust with their hardest problems — not the cheapest, but the most dependable.",
    { not: VOK },
  ),
  vision(
    "en",
    "Growing together with our key accounts by making their lines run longer, cleaner and at lower cost.",
    { not: VOK },
  ),
  vision(
    "en",
    "For hospital managers and lab directors, we will be the first call whenever continuity of supply matters.",
    { not: VOK },
  ),
  vision(
    "en",
    "Our customers double their uptime with our solutions — that is the yardstick we hold ourselves to.",
    {
      not: VOK,
    },
  ),
  vision(
    "en",
    "Not the biggest supplier, but the partner without whom no new line gets planned at our key accounts.",
    { not: VOK },
  ),

  // ── Missions, German ───────────────────────────────────────────────────────────────────────
  mission(
    "de",
    "Jeder KAM führt pro Woche mindestens 15 Kundentelefonate, besucht jeden KA einmal im Monat und trägt alle Kontakte bis Freitag ins CRM ein.",
    AL,
  ),
  mission(
    "de",
    "Montags Forecast-Call, mittwochs Pipeline-Review, freitags Angebotsnachverfolgung; alle Opportunities über 50 T€ werden wöchentlich an die Vertriebsleitung gemeldet.",
    AL,
  ),
  mission(
    "de",
    "Wir steigern die Besuchsfrequenz, verschicken nach jedem Termin innerhalb von 24 Stunden ein Angebot und halten die Abschlussquote über 30 %.",
    AL,
  ),
  mission(
    "de",
    "Unsere Mission: Cross-Selling bei jedem Kontakt, konsequentes Nachfassen offener Angebote und eine lückenlos gepflegte Salesforce-Datenbank.",
    AL,
  ),
  mission(
    "de",
    "Zwei Touchpoints pro Monat und Account; QBR-Decks immer eine Woche vorher fertig; Besuchsberichte spätestens 48 h nach dem Termin im System.",
    AL,
  ),
  mission(
    "de",
    "Es wird telefoniert, nachgefasst und dokumentiert: Kaltakquise in den Tochterfirmen, eine Angebotsquote je KAM und eine Forecast-Genauigkeit über 90 %.",
    AL,
  ),
  mission("de", "Wir wollen unsere Kunden begeistern – jeden Tag aufs Neue.", NH),
  mission("de", "Qualität, Vertrauen und Nähe zum Kunden sind unser Versprechen.", NH),
  mission(
    "de",
    "Unsere Mission ist es, für alle Key Accounts ein starker und verlässlicher Partner zu sein.",
    NH,
  ),
  mission(
    "de",
    "Wir lernen die Produktion unserer Key Accounts vor Ort kennen, entwickeln mit ihren Ingenieuren Lösungen für ihre Engpässe und prüfen einmal im Quartal gemeinsam mit der Werksleitung, was sich verbessert hat.",
    MOK,
  ),
  mission(
    "de",
    "Dazu stellen wir jedem KA ein festes Team aus Anwendungstechnik und Service zur Seite, teilen unsere Produkt-Roadmap früh und binden seine Anforderungen in unsere Entwicklung ein.",
    MOK,
  ),
  mission(
    "de",
    "Wir verstehen die Wertschöpfungskette unserer Kunden, rechnen Einsparungen transparent vor und halten Zusagen auf allen Ebenen ein – vom Einkauf bis zur Geschäftsführung.",
    MOK,
  ),
  mission(
    "de",
    "Die gemeinsam vereinbarten Ziele werden im CRM festgehalten, damit bei einem Personalwechsel nichts verloren geht, und zweimal im Jahr mit der Geschäftsleitung des Kunden besprochen.",
    MOK,
  ),
  mission(
    "de",
    "Indem wir Stillstände bei unseren Kunden analysieren, Ersatzteile vorausschauend bereitstellen und ihre Instandhalter schulen, machen wir uns schwer ersetzbar.",
    MOK,
  ),
  mission(
    "de",
    "Monatlich sitzen wir mit den Werksleitern zusammen, um Ausfallzeiten zu besprechen und Maßnahmen zu vereinbaren; Verbesserungen messen wir an ihren Kennzahlen, nicht an unseren.",
    MOK,
  ),

  // ── Missions, English ──────────────────────────────────────────────────────────────────────
  mission(
    "en",
    "Every KAM makes at least 15 customer calls a week, visits each account once a month and logs every contact in the CRM by Friday.",
    AL,
  ),
  mission(
    "en",
    "Forecast call on Mondays, pipeline review on Wednesdays, quote follow-ups on Fridays; every opportunity over $50k is reported to sales leadership weekly.",
    AL,
  ),
  mission(
    "en",
    "We increase visit frequency, send a quote within 24 hours of every meeting and keep our win rate above 30%.",
    AL,
  ),
  mission(
    "en",
    "Our mission: upsell on every contact, relentless follow-up on open quotes and a perfectly maintained HubSpot instance.",
    AL,
  ),
  mission(
    "en",
    "Two touchpoints per account per month; QBR decks ready a week ahead; call reports in the system within 48h.",
    AL,
  ),
  mission(
    "en",
    "Dial, follow up, document: cold outreach into the subsidiaries, a quote quota per KAM and forecast accuracy above 90%.",
    AL,
  ),
  mission("en", "Delighting our customers, every day, every time.", NH),
  mission("en", "Quality, trust and closeness to the customer are our promise.", NH),
  mission("en", "Our mission is to be a strong and reliable partner for all our key accounts.", NH),
  mission(
    "en",
    "We get to know our key accounts' production on site, build solutions for their bottlenecks with their engineers and check with plant management every quarter what has improved.",
    MOK,
  ),
  mission(
    "en",
    "To that end every key account gets a fixed team from application engineering and service, sees our product roadmap early and has its requirements built into our development.",
    MOK,
  ),
  mission(
    "en",
    "We understand our customers' value chain, show the savings we deliver in plain numbers and keep our commitments at every level, from purchasing to the board.",
    MOK,
  ),
  mission(
    "en",
    "Jointly agreed objectives are recorded in the CRM so nothing is lost when people move on, and reviewed twice a year with the customer's leadership.",
    MOK,
  ),
  mission(
    "en",
    "By analysing our customers' downtime, staging spare parts before they are needed and training their maintenance crews, we make ourselves hard to replace.",
    MOK,
  ),
  mission(
    "en",
    "Every month we sit down with the plant managers to go through downtime and agree actions; we measure improvement by their KPIs, not ours.",
    MOK,
  ),

  // ── Goals, German: selling in other words ──────────────────────────────────────────────────
  goal(
    "de",
    "Bis Ende Q3 vier Webinare für das Einkaufsteam von Müller durchführen und daraus mindestens 10 Leads generieren",
    S,
  ),
  goal("de", "Pipeline beim KA Müller auf 3 Mio. € aufbauen und die Abschlussquote auf 35 % heben", S),
  goal("de", "Pro Quartal zwei Zusatzmodule an Müller verkaufen – Upselling bei jedem Servicebesuch", S),
  goal("de", "Besuchsfrequenz bei Müller auf zwei Termine pro Monat erhöhen", S, REL),
  goal("de", "Müllers Einkäufer jeden Monat mit einem Newsletter zu unseren Aktionsangeboten versorgen", S),
  goal("de", "Ab 2027 jedes Halbjahr eine neue Produktlinie bei Müller listen lassen", S),
  goal(
    "de",
    "Mailing-Kampagne zur neuen Ventilserie an alle Standorte von Müller fahren; Rücklaufquote mindestens 15 %",
    S,
  ),
  goal(
    "de",
    "Musterkoffer mit dem neuen Sortiment an zehn Werksleiter bei Müller verschicken und nachtelefonieren",
    S,
  ),
  goal("de", "Angebotsquote beim KA Müller verdoppeln: 40 Angebote im Jahr statt bisher 20", S),
  goal("de", "Müller auf der Hannover Messe an unseren Stand holen und dort drei Abschlüsse erzielen", S),
  goal(
    "de",
    "Mit Müller eine gemeinsame Innovations-Roadmap 2027–2029 erarbeiten und zweimal im Jahr mit der Entwicklungsleitung abgleichen",
    NOT_S,
    OTHER,
  ),
  goal(
    "de",
    "QBR mit Einkauf, Technik und Geschäftsführung von Müller einführen, um die gemeinsamen Ziele zu verfolgen",
    NOT_S,
    REL,
  ),
  goal(
    "de",
    "Die Instandhalter von Müller zweimal jährlich schulen, damit Störungen an den Antrieben schneller behoben werden",
    NOT_S,
    REL,
  ),
  goal(
    "de",
    "Ergebnisse des Pilotprojekts der Geschäftsführung von Müller präsentieren und die Ausweitung auf alle Werke vereinbaren",
    NOT_S,
    OTHER,
  ),
  goal(
    "de",
    "Umsatz mit Müller auf 2,5 Mio. € steigern, indem wir die Instandhaltung der Antriebe als Full-Service übernehmen",
    NOT_S,
  ),
  goal(
    "de",
    "Gemeinsam mit Müller einen Demonstrator für die neue Montagelinie bauen und im Werk Ulm testen",
    NOT_S,
    OTHER,
  ),
  goal(
    "de",
    "Monatliche Abstimmung mit der Werksleitung von Müller zu Ausfallzeiten und Liefertreue",
    NOT_S,
    REL,
  ),
  goal(
    "de",
    "SoW bei Müller von 30 % auf 45 % erhöhen, indem wir die Serviceverträge für alle Antriebe übernehmen",
    NOT_S,
    { metric: "shareOfWallet", target: 0.45, baseline: 0.3 },
  ),

  // ── Goals, German: positioning ─────────────────────────────────────────────────────────────
  goal(
    "de",
    "Müller einen Sonderpreis von 12 % auf das Ersatzteilsortiment gewähren, um die Rahmenvereinbarung zu sichern",
    P,
  ),
  goal("de", "Mit einem Kampfpreis die Ausschreibung bei Müller gewinnen", P),
  goal("de", "Rückvergütung von 3 % bei Erreichen von 2 Mio. € Jahresumsatz mit Müller vereinbaren", P),
  goal(
    "de",
    "Auf die geplante Preiserhöhung 2027 bei Müller verzichten, damit der Rahmenvertrag verlängert wird",
    P,
  ),
  goal(
    "de",
    "Jede zehnte Palette für Müller kostenlos liefern, wenn das volle Jahresvolumen abgenommen wird",
    P,
  ),
  goal(
    "de",
    "Unser Angebot bei Müller unter das des Wettbewerbers drücken, um den Auftrag für Linie 3 zu holen",
    P,
  ),
  goal("de", "Preise für Müller drei Jahre lang einfrieren und die Inbetriebnahme gratis dazugeben", P),
  goal(
    "de",
    "Den Einstieg in Müllers neues Werk über einen Nachlass von 15 % auf die Erstausstattung schaffen",
    P,
  ),
  goal("de", "Mengenrabatt von 8 % für Müller ab 500 Einheiten", P, {}, { marketing: PREMIUM_BY_VALUE_DE }),
  goal("de", "Müller mit dem günstigsten Angebot im Markt halten", P, {}, { marketing: SPECIALIST_DE }),
  goal(
    "de",
    "Preisnachlass auf Servicestunden bei Müller anbieten, um gegen den Wettbewerb zu bestehen",
    P,
    {},
    { marketing: HIGH_END_DE },
  ),
  goal("de", "Über Müller Kontakte zu Waffenherstellern in Süddeutschland knüpfen", P),
  goal("de", "Mit Müller Antriebe für Spielautomaten in Spielhallen entwickeln", P),
  goal("de", "Gemeinsam mit Müller die Verpackungslinie eines Zigarettenherstellers ausrüsten", P),
  goal("de", "Den Kontakt zu den Rüstungskonzernen im Netzwerk von Müller für unser Radargeschäft nutzen", P),
  // "zwei Anlagen platzieren" is a sales quota as well (label corrected after the first run).
  goal("de", "Über Müller in die Tabakverarbeitung einsteigen und dort zwei Anlagen platzieren", {
    ...P,
    unsure: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal(
    "de",
    "Umsatz mit Reemann auf 1,2 Mio. € steigern",
    P,
    { target: 1_200_000 },
    {
      account: {
        id: "X-D1",
        name: "Reemann Tabakfabrik GmbH",
        industry: "Tabakwarenherstellung",
        revenue: 1_000_000,
        currency: "EUR",
      },
    },
  ),
  goal(
    "de",
    "Servicevertrag für die Kassensysteme der Spielbank Rheinfels abschließen und den Umsatz auf 800.000 € heben",
    P,
    { target: 800_000 },
    {
      account: {
        id: "X-D2",
        name: "Spielbank Rheinfels GmbH",
        industry: "Spielbanken",
        revenue: 600_000,
        currency: "EUR",
      },
    },
  ),
  goal(
    "de",
    "Mit Müller die Förderbänder für zwei Braunkohlekraftwerke liefern",
    P,
    {},
    { marketing: { excluded: ["Kohleverstromung"] } },
  ),
  goal(
    "de",
    "Umsatz mit Müller auf 2,5 Mio. € steigern, ohne dass wir uns dabei – wie zuletzt bei der Ausschreibung 2025 – auf einen Preiskampf mit dem Wettbewerb einlassen",
    NOT_P,
  ),
  goal(
    "de",
    "Preisgespräche mit Müller auf Basis des Mehrwerts führen und die Marge bei 29 % halten",
    NOT_P,
    { metric: "grossMargin", target: 0.29 },
  ),
  goal(
    "de",
    "Die Gesamtbetriebskosten der Antriebe bei Müller um 10 % senken und so unseren Lieferanteil ausbauen",
    NOT_P,
  ),
  goal(
    "de",
    "Mehr Spielraum bei Lieferterminen mit Müller vereinbaren, um Eilaufträge zu vermeiden",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Unsere Position bei Müller gegen den neuen Wettbewerber verteidigen – über Servicequalität, nicht über Rabatte",
    NOT_P,
  ),
  goal(
    "de",
    "Müller bei der Nachrüstung von Rauchmeldern in allen Hallen mit unserer Sensorik unterstützen",
    NOT_P,
    OTHER,
  ),
  goal("de", "Mit Müller Antriebe für die Spielwarenproduktion eines gemeinsamen Kunden entwickeln", NOT_P),
  goal("de", "Historische Sonderrabatte bei Müller bis 2028 abbauen und die Marge auf 30 % bringen", NOT_P, {
    metric: "grossMargin",
    target: 0.3,
  }),
  goal(
    "de",
    "Rabattforderungen von Müller mit einer Wertanalyse begegnen statt mit Preisnachlässen",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Staffelrabatt von 5 % gegen eine Dreijahreszusage mit Müller vereinbaren",
    NOT_P,
    {},
    { marketing: PRICE_LEADER_DE },
  ),
  goal(
    "de",
    "Müller einen Rabatt von 5 % auf Ersatzteile gewähren",
    NOT_P,
    {},
    { marketing: { positioning: null } },
  ),

  // ── Goals, German: kind and amounts ────────────────────────────────────────────────────────
  goal("de", "Strategische Partnerschaft mit Müller ausbauen: 1 Mio. € Zusatzumsatz bis 2028", K, {
    kind: "strategic",
    metric: "other",
    target: 1_000_000,
    unit: "EUR",
  }),
  goal("de", "DB II beim KA Müller auf 28 % steigern", K, {
    kind: "strategic",
    metric: "other",
    target: 0.28,
    unit: "%",
  }),
  goal(
    "de",
    "Neues Geschäftsfeld Digitalservices bei Müller erschließen – Ziel ist es, dort 150 T€ Umsatz p. a. zu erzielen",
    K,
    { kind: "strategic", metric: "newBusinessAreas", target: 150_000, unit: "EUR" },
  ),
  goal("de", "Müller langfristig binden, indem wir den Umsatz jedes Jahr um 10 % steigern", K, {
    kind: "strategic",
    metric: "retention",
  }),
  goal("de", "Preferred-Supplier-Status bei Müller bis Ende 2028 erreichen", NOT_K, OTHER),
  goal("de", "In zwei weiteren Werken von Müller als Systemlieferant gelistet werden", NOT_K, {
    kind: "strategic",
    metric: "newBusinessAreas",
    target: 2,
    unit: "count",
  }),
  goal("de", "Ersatzteilgeschäft mit Müller auf 400.000 € ausbauen", NOT_K, {
    kind: "economic",
    metric: "other",
    target: 400_000,
    unit: "EUR",
  }),
  goal("de", "Kundenbindung Müller: Jahresumsatz von mindestens 1,9 Mio. € halten", A, {
    kind: "strategic",
    metric: "retention",
    target: 1_900_000,
    unit: "EUR",
  }),
  goal(
    "de",
    "Beziehungsqualität zu Müller verbessern – 80.000 € für gemeinsame Workshops und Werksbesuche",
    A,
    {
      kind: "strategic",
      metric: "relationship",
      target: 80_000,
      unit: "EUR",
    },
  ),
  goal("de", "SoW bei Müller auf 2,8 Mio. € erhöhen", A, {
    kind: "economic",
    metric: "shareOfWallet",
    target: 2_800_000,
    unit: "EUR",
  }),
  goal("de", "Profitabilität des Müller-Accounts auf 250.000 € Ergebnis heben", A, {
    kind: "economic",
    metric: "profitability",
    target: 250_000,
    unit: "EUR",
  }),
  goal("de", "Wiederkaufrate bei Müller bei 97 % halten", NOT_A, {
    kind: "strategic",
    metric: "retention",
    target: 0.97,
    unit: "%",
  }),
  goal("de", "Beziehungsscore zu Müller von 3 auf 4,5 heben – über regelmäßige Werksbesuche der GF", NOT_A, {
    kind: "strategic",
    metric: "relationship",
    target: 4.5,
    baseline: 3,
  }),
  goal(
    "de",
    "Kundenbindungsquote Müller: 98 %",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "retention", target: 98, unit: "%" },
  ),
  goalSet("de", [
    {
      account: "M-100",
      text: "KA Müller: Beziehung durch halbjährliche Strategiegespräche mit der GF auf 4 von 5 heben",
      copy: true,
      spec: REL,
    },
    {
      account: "M-101",
      text: "KA Hanse: Beziehung durch halbjährliche Strategiegespräche mit der GF auf 4 von 5 heben",
      copy: true,
      spec: REL,
    },
    {
      account: "M-102",
      text: "KA Brandt Kliniken: Beziehung durch halbjährliche Strategiegespräche mit der GF auf 4 von 5 heben.",
      copy: true,
      spec: REL,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Müllers Rahmenvertrag vorzeitig bis 2030 verlängern und die Ersatzteilverfügbarkeit auf 98 % bringen",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-101",
      text: "Hanses Rahmenvertrag vorzeitig bis 2030 verlängern und die Ersatzteilverfügbarkeit auf 98 % bringen",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Den Rahmenvertrag von Steiner vorzeitig bis 2030 verlängern und die Ersatzteilverfügbarkeit auf 98 % bringen",
      copy: true,
      spec: OTHER,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Beziehung zu Müller auf 4 heben, indem unsere Servicetechniker bei Stillständen innerhalb von 4 Stunden vor Ort sind",
      copy: false,
      spec: REL,
    },
    {
      account: "M-101",
      text: "Beziehung zu Hanse auf 4 heben, indem wir die Lagerplanung für das neue Hub in Bremen gemeinsam erarbeiten",
      copy: false,
      spec: REL,
    },
    {
      account: "M-102",
      text: "Beziehung zu Brandt auf 4 heben, indem wir die Hygienevalidierung der OP-Technik für die Kliniken übernehmen",
      copy: false,
      spec: REL,
    },
  ]),

  // ── Goals, English: selling in other words ─────────────────────────────────────────────────
  goal(
    "en",
    "Run four webinars for Granite Ridge's buying team by the end of Q3 and generate at least 10 leads",
    S,
  ),
  goal("en", "Build a $3M pipeline at Granite Ridge and lift our close rate to 35%", S),
  goal("en", "Sell two add-on modules to Granite Ridge every quarter, upselling on every service visit", S),
  goal("en", "Increase call frequency at Granite Ridge to two meetings a month", S, REL),
  goal("en", "Keep Granite Ridge's buyers informed of our promotions with a monthly newsletter", S),
  goal("en", "Get a new product line listed at Granite Ridge every six months from 2027", S),
  goal(
    "en",
    "Run an email campaign on the new valve series across all Granite Ridge sites; response rate of 15%",
    S,
  ),
  goal(
    "en",
    "Ship sample kits of the new range to ten plant managers at Granite Ridge and follow up by phone",
    S,
  ),
  goal("en", "Double the number of quotes we submit to Granite Ridge: 40 a year instead of 20", S),
  goal("en", "Bring Granite Ridge to our booth at Pack Expo and close three deals on the show floor", S),
  goal(
    "en",
    "Draw up a joint innovation roadmap for 2027–2029 with Granite Ridge and review it with their R&D lead twice a year",
    NOT_S,
    OTHER,
  ),
  goal(
    "en",
    "Introduce a QBR with Granite Ridge's purchasing, engineering and leadership to track our shared objectives",
    NOT_S,
    REL,
  ),
  goal(
    "en",
    "Train Granite Ridge's maintenance technicians twice a year so that faults on the lines are fixed faster",
    NOT_S,
    REL,
  ),
  goal(
    "en",
    "Present the pilot results to Granite Ridge's leadership and agree the roll-out to all plants",
    NOT_S,
    OTHER,
  ),
  goal(
    "en",
    "Grow revenue with Granite Ridge to $2.5M by taking over line maintenance as a full service",
    NOT_S,
  ),
  goal(
    "en",
    "Build a demonstrator for the new packing line together with Granite Ridge and test it at their Dayton plant",
    NOT_S,
    OTHER,
  ),
  goal(
    "en",
    "Monthly check-in with Granite Ridge's plant management on downtime and on-time delivery",
    NOT_S,
    REL,
  ),
  goal(
    "en",
    "Raise SoW at Granite Ridge from 30% to 45% by taking over the service contracts for all lines",
    NOT_S,
    { metric: "shareOfWallet", target: 0.45, baseline: 0.3 },
  ),

  // ── Goals, English: positioning ────────────────────────────────────────────────────────────
  goal("en", "Give Granite Ridge special pricing of 12% off spare parts to secure the frame agreement", P),
  goal("en", "Win the Granite Ridge tender with an aggressive price", P),
  goal("en", "Agree a 3% rebate with Granite Ridge once annual revenue reaches $2M", P),
  goal("en", "Waive the planned 2027 price increase for Granite Ridge so they renew the master agreement", P),
  goal(
    "en",
    "Ship every tenth pallet to Granite Ridge free of charge if they take the full annual volume",
    P,
  ),
  goal("en", "Price below the competitor's offer at Granite Ridge to win the line 3 order", P),
  goal("en", "Freeze Granite Ridge's prices for three years and throw in commissioning for free", P),
  goal("en", "Get into Granite Ridge's new plant with 15% off the initial equipment", P),
  goal(
    "en",
    "Volume discount of 8% for Granite Ridge above 500 units",
    P,
    {},
    { marketing: PREMIUM_BY_VALUE_EN },
  ),
  goal("en", "Keep Granite Ridge with the cheapest offer in the market", P, {}, { marketing: SPECIALIST_EN }),
  goal(
    "en",
    "Offer Granite Ridge reduced rates on service hours to hold off the competition",
    P,
    {},
    { marketing: HIGH_END_EN },
  ),
  goal("en", "Use Granite Ridge's network to reach arms manufacturers in the Midwest", P),
  goal("en", "Develop drives for slot machines in casinos together with Granite Ridge", P),
  goal("en", "Equip a cigarette maker's packaging line together with Granite Ridge", P),
  goal("en", "Leverage Granite Ridge's contacts with defense contractors for our radar business", P),
  goal("en", "Enter tobacco processing through Granite Ridge and place two lines there", {
    ...P,
    unsure: ["GOAL_SALES_OR_MARKETING_ACTIVITY"],
  }),
  goal(
    "en",
    "Grow revenue with Redfield to $1.2M",
    P,
    { target: 1_200_000 },
    {
      account: {
        id: "X-E1",
        name: "Redfield Leaf Company",
        industry: "Cigarette manufacturing",
        revenue: 1_000_000,
        currency: "USD",
      },
    },
  ),
  goal(
    "en",
    "Close a service contract for the cash systems at Silver Coast and lift revenue to $800k",
    P,
    { target: 800_000 },
    {
      account: {
        id: "X-E2",
        name: "Silver Coast Resorts Inc.",
        industry: "Casino resorts",
        revenue: 600_000,
        currency: "USD",
      },
    },
  ),
  goal(
    "en",
    "Supply the conveyors for two coal-fired power stations together with Granite Ridge",
    P,
    {},
    { marketing: { excluded: ["Coal power"] } },
  ),
  goal(
    "en",
    "Grow revenue with Granite Ridge to $2.5M without once again getting drawn, as in the 2025 tender, into a price war with the competition",
    NOT_P,
  ),
  goal(
    "en",
    "Hold price discussions with Granite Ridge on the basis of added value and keep margin at 29%",
    NOT_P,
    { metric: "grossMargin", target: 0.29 },
  ),
  goal("en", "Reduce Granite Ridge's cost of ownership by 10% and grow our share of their spend", NOT_P),
  goal("en", "Agree more leeway on delivery dates with Granite Ridge to avoid rush orders", NOT_P, OTHER),
  goal(
    "en",
    "Defend our position at Granite Ridge against the new entrant — through service quality, not discounts",
    NOT_P,
  ),
  goal(
    "en",
    "Support Granite Ridge in retrofitting smoke detectors in all halls with our sensors",
    NOT_P,
    OTHER,
  ),
  goal("en", "Develop drives for a joint customer's toy production together with Granite Ridge", NOT_P),
  goal("en", "Phase out Granite Ridge's legacy special rebates by 2028 and bring margin to 30%", NOT_P, {
    metric: "grossMargin",
    target: 0.3,
  }),
  goal(
    "en",
    "Answer Granite Ridge's discount requests with a value analysis instead of price cuts",
    NOT_P,
    OTHER,
  ),
  goal(
    "en",
    "Agree a 5% tiered rebate with Granite Ridge against a three-year commitment",
    NOT_P,
    {},
    { marketing: PRICE_LEADER_EN },
  ),
  goal(
    "en",
    "Give Granite Ridge a 5% discount on spare parts",
    NOT_P,
    {},
    { marketing: { positioning: null } },
  ),

  // ── Goals, English: kind and amounts ───────────────────────────────────────────────────────
  goal("en", "Expand the strategic partnership with Granite Ridge: $1M in additional revenue by 2028", K, {
    kind: "strategic",
    metric: "other",
    target: 1_000_000,
    unit: "USD",
  }),
  goal("en", "Lift contribution margin on the Granite Ridge account to 28%", K, {
    kind: "strategic",
    metric: "other",
    target: 0.28,
    unit: "%",
  }),
  goal(
    "en",
    "Open up digital services as a new business area at Granite Ridge — the aim is $150k revenue p.a. there",
    K,
    { kind: "strategic", metric: "newBusinessAreas", target: 150_000, unit: "USD" },
  ),
  goal("en", "Tie Granite Ridge in for the long term by growing revenue 10% every year", K, {
    kind: "strategic",
    metric: "retention",
  }),
  goal("en", "Reach preferred-supplier status at Granite Ridge by the end of 2028", NOT_K, OTHER),
  goal("en", "Get listed as system supplier at two more Granite Ridge plants", NOT_K, {
    kind: "strategic",
    metric: "newBusinessAreas",
    target: 2,
    unit: "count",
  }),
  goal("en", "Grow the spare-parts business with Granite Ridge to $400k", NOT_K, {
    kind: "economic",
    metric: "other",
    target: 400_000,
    unit: "USD",
  }),
  goal("en", "Retention at Granite Ridge: hold annual revenue of at least $1.9M", A, {
    kind: "strategic",
    metric: "retention",
    target: 1_900_000,
    unit: "USD",
  }),
  goal(
    "en",
    "Improve relationship quality with Granite Ridge — $80k for joint workshops and plant visits",
    A,
    {
      kind: "strategic",
      metric: "relationship",
      target: 80_000,
      unit: "USD",
    },
  ),
  goal("en", "Raise SoW at Granite Ridge to $2.8M", A, {
    kind: "economic",
    metric: "shareOfWallet",
    target: 2_800_000,
    unit: "USD",
  }),
  goal("en", "Lift profitability of the Granite Ridge account to $250k in operating profit", A, {
    kind: "economic",
    metric: "profitability",
    target: 250_000,
    unit: "USD",
  }),
  goal("en", "Keep Granite Ridge's repurchase rate at 97%", NOT_A, {
    kind: "strategic",
    metric: "retention",
    target: 0.97,
    unit: "%",
  }),
  goal(
    "en",
    "Raise the relationship score with Granite Ridge from 3 to 4.5 through regular plant visits by our MD",
    NOT_A,
    {
      kind: "strategic",
      metric: "relationship",
      target: 4.5,
      baseline: 3,
    },
  ),
  goal(
    "en",
    "Granite Ridge retention rate: 98%",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] },
    { kind: "strategic", metric: "retention", target: 98, unit: "%" },
  ),
  goalSet("en", [
    {
      account: "A-200",
      text: "Granite Ridge: lift the relationship to 4 out of 5 through half-yearly strategy sessions with their MD",
      copy: true,
      spec: REL,
    },
    {
      account: "A-201",
      text: "Bayline: lift the relationship to 4 out of 5 through half-yearly strategy sessions with their MD",
      copy: true,
      spec: REL,
    },
    {
      account: "A-202",
      text: "Crestview Retail: lift the relationship to 4 out of 5 through half-yearly strategy sessions with their MD.",
      copy: true,
      spec: REL,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Renew Granite Ridge's frame agreement early, through 2030, and bring spare-parts availability to 98%",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-201",
      text: "Renew Bayline's frame agreement early, through 2030, and bring spare-parts availability to 98%",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-203",
      text: "Renew the frame agreement with Northwind early, through 2030, and bring spare-parts availability to 98%",
      copy: true,
      spec: OTHER,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Lift the relationship with Granite Ridge to 4 by having our technicians on site within 4 hours of any stoppage",
      copy: false,
      spec: REL,
    },
    {
      account: "A-201",
      text: "Lift the relationship with Bayline to 4 by planning the imaging centre fit-out together with their facilities team",
      copy: false,
      spec: REL,
    },
    {
      account: "A-202",
      text: "Lift the relationship with Crestview to 4 by taking over the store-refit scheduling for their regional managers",
      copy: false,
      spec: REL,
    },
  ]),
];
