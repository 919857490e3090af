// Dev part of the corpus: the statements the lexicons were tuned on.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("dev", "dev");

const M = ["VISION_MONETARY"] as const;
const NC = ["VISION_NOT_CUSTOMER_CENTRIC"] as const;
const BOTH = ["VISION_MONETARY", "VISION_NOT_CUSTOMER_CENTRIC"] as const;
const AL = ["MISSION_ACTIVITY_LIST"] as const;
const NH = ["MISSION_NO_HOW"] as const;
const S = ["GOAL_SALES_OR_MARKETING_ACTIVITY"] as const;
const P = ["GOAL_CONTRADICTS_POSITIONING"] as const;
const K = ["GOAL_KIND_MISMATCH"] as const;
const A = ["GOAL_AMOUNT_NOT_A_RATE"] as const;
const REL = { kind: "strategic", metric: "relationship", target: 4 } as const;
const RET = { kind: "strategic", metric: "retention", target: 1, unit: "%" } as const;
const MARGIN = { metric: "grossMargin", target: 0.3 } as const;
const AREAS = { kind: "strategic", metric: "newBusinessAreas", target: 3 } as const;

export const DEV: readonly CorpusEntry[] = [
  // ── Visions, German: money and size in other words ─────────────────────────────────────────
  vision("de", "Wir wollen unseren Umsatz mit den Key Accounts bis 2030 auf 80 Mio. € steigern.", {
    must: M,
  }),
  vision("de", "Bis 2028 verdoppeln wir unser Geschäftsvolumen mit jedem Schlüsselkunden.", { must: M }),
  vision("de", "Wir werden Weltmarktführer für Verpackungslösungen in der Lebensmittelindustrie.", {
    must: BOTH,
  }),
  vision("de", "Unser Ziel ist die Marktführerschaft in der DACH-Region – bei allen relevanten Großkunden.", {
    must: M,
  }),
  vision(
    "de",
    "Wir wachsen jedes Jahr schneller als der Markt und bauen unseren Vorsprung bei den Key Accounts aus.",
    {
      must: M,
    },
  ),
  vision("de", "Bei jedem Key Account wollen wir Hauptlieferant sein und den Wettbewerb verdrängen.", {
    must: M,
  }),
  vision("de", "Wir werden der größte unabhängige Anbieter von Prüftechnik in Europa.", { must: BOTH }),
  vision("de", "Die Nummer 1 im deutschen Markt für Industriekleber – das ist unser Weg bis 2030.", {
    must: BOTH,
  }),
  vision(
    "de",
    "Wir wollen die Konkurrenz bei unseren Key Accounts abhängen und dort Alleinlieferant werden.",
    {
      must: M,
    },
  ),
  vision("de", "Mit einer Marge von über 30 Prozent sind wir der profitabelste Partner unserer Kunden.", {
    must: M,
  }),
  vision(
    "de",
    "Wir vervielfachen unser Geschäft mit den zwanzig wichtigsten Kunden und setzen uns an die Spitze der Branche.",
    {
      must: M,
    },
  ),
  vision("de", "Wir dominieren den Markt für Hygienelösungen im Gesundheitswesen.", { must: BOTH }),
  vision("de", "In fünf Jahren gehören wir zu den Top 3 Lieferanten jedes Key Accounts.", { must: M }),
  vision("de", "Doppelt so stark wachsen wie der Wettbewerb – gemeinsam mit unseren Key Accounts.", {
    must: M,
  }),
  // ── Visions, German: self-centred ──────────────────────────────────────────────────────────
  vision("de", "Wir sind das innovativste Unternehmen unserer Branche und setzen technologische Maßstäbe.", {
    must: NC,
  }),
  vision("de", "Qualität aus Leidenschaft: Wir bauen die zuverlässigsten Antriebe, die es gibt.", {
    must: NC,
  }),
  vision("de", "Wir wollen ein Arbeitgeber sein, bei dem die besten Ingenieure gern arbeiten.", { must: NC }),
  vision("de", "Nachhaltig, digital und mutig – so gestalten wir die Zukunft der Intralogistik.", {
    must: NC,
  }),
  vision(
    "de",
    "Wir entwickeln Technologien, die Maßstäbe setzen, und bleiben dabei ein bodenständiges Familienunternehmen.",
    {
      must: NC,
    },
  ),
  vision("de", "Unser Name soll für Präzision, Verlässlichkeit und deutsche Ingenieurskunst stehen.", {
    must: NC,
  }),
  vision(
    "de",
    "Wir machen unsere Fertigung bis 2030 klimaneutral und bleiben Vorreiter für saubere Produktion.",
    {
      must: NC,
    },
  ),
  // ── Visions, German: near misses ───────────────────────────────────────────────────────────
  vision(
    "de",
    "Unsere Key Accounts sollen uns als den Partner sehen, ohne den sie ihre Projekte nicht mehr planen wollen.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Wer bei uns kauft, bekommt mehr als ein Produkt: einen Partner, der mitdenkt und Wort hält.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Die Werke, die wir beliefern, laufen sicherer und länger, weil wir ihre Anlagen wie unsere eigenen kennen.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Für unsere Schlüsselkunden sind wir die erste Adresse, wenn es schwierig wird – heute und in zehn Jahren.",
    {
      not: BOTH,
    },
  ),
  vision("de", "Gemeinsam mit unseren Key Accounts wachsen und ihren Erfolg langfristig mitgestalten.", {
    not: BOTH,
  }),
  vision(
    "de",
    "Unsere Kunden sollen ihren Wettbewerbern immer einen Schritt voraus sein – mit uns an ihrer Seite.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Jedes Unternehmen, das mit uns arbeitet, soll spüren: Hier denkt jemand an unsere Zukunft mit.",
    {
      not: BOTH,
    },
  ),
  vision("de", "Wir wollen für unsere Kunden nicht der größte, sondern der verlässlichste Lieferant sein.", {
    not: BOTH,
  }),
  vision(
    "de",
    "Unverzichtbar für unsere Key Accounts: als Partner, der ihre Prozesse versteht und verbessert.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Einkauf und Technik unserer Schlüsselkunden sollen uns als Teil ihres eigenen Teams erleben.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Wir wollen die Nummer eins für unsere Key Accounts sein, wenn es um Versorgungssicherheit geht.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Die Menschen in den Kliniken, die uns vertrauen, sollen sich auf jede Lieferung verlassen können.",
    {
      not: BOTH,
    },
  ),
  vision(
    "de",
    "Unsere Auftraggeber sollen ihre Ziele mit uns schneller erreichen als mit jedem anderen Partner.",
    {
      not: BOTH,
    },
  ),

  // ── Visions, English: money and size in other words ────────────────────────────────────────
  vision("en", "Reach $100M in revenue with our top twenty accounts by 2030.", { must: M }),
  vision("en", "Double our business with every strategic account within five years.", { must: M }),
  vision("en", "Be the undisputed market leader in industrial sensors across Europe.", { must: BOTH }),
  vision(
    "en",
    "We will be the largest supplier to each of our key accounts and the benchmark our rivals chase.",
    {
      must: M,
    },
  ),
  vision("en", "Grow faster than the market, every year, in every key account.", { must: M }),
  vision("en", "Become the sole supplier for all packaging needs of our key accounts.", { must: M }),
  vision("en", "To dominate the premium coffee equipment market in North America.", { must: BOTH }),
  vision("en", "Number one in the UK for commercial flooring by 2029.", { must: BOTH }),
  vision("en", "Win a bigger share of wallet than any competitor at each of our key accounts.", { must: M }),
  vision("en", "Leave the competition behind and become the leading provider of lab automation.", {
    must: BOTH,
  }),
  vision("en", "We will quadruple recurring revenue with our enterprise clients.", { must: M }),
  vision("en", "Outpace every rival in the accounts that matter most to us.", { must: M }),
  vision("en", "To be among the top three vendors in every key account's supplier ranking.", { must: M }),
  vision("en", "Make our key accounts our most profitable channel by a wide margin.", { must: M }),
  // ── Visions, English: self-centred ─────────────────────────────────────────────────────────
  vision("en", "We will be the most innovative and admired manufacturer in our field.", { must: NC }),
  vision("en", "Engineering excellence, every day, in everything we make.", { must: NC }),
  vision("en", "A workplace where talented people do the best work of their careers.", { must: NC }),
  vision("en", "Carbon-neutral operations and zero waste across all our sites by 2030.", { must: NC }),
  vision("en", "We set the standard for precision machining and keep raising it year after year.", {
    must: NC,
  }),
  vision("en", "Our brand will stand for reliability, craftsmanship and honest engineering.", { must: NC }),
  vision("en", "Building the most advanced battery technology on the planet.", { must: NC }),
  // ── Visions, English: near misses ──────────────────────────────────────────────────────────
  vision("en", "Our key accounts will think of us first whenever something critical is at stake.", {
    not: BOTH,
  }),
  vision("en", "Everyone who works with us should feel their business is understood and cared for.", {
    not: BOTH,
  }),
  vision("en", "The manufacturers we supply should never lose a production hour because of us.", {
    not: BOTH,
  }),
  vision("en", "Be the partner our clients would recommend without being asked, today and in ten years.", {
    not: BOTH,
  }),
  vision(
    "en",
    "Help our customers stay ahead of their competitors by solving problems before they surface.",
    {
      not: BOTH,
    },
  ),
  vision("en", "Grow together with our key accounts as a partner they trust with their toughest projects.", {
    not: BOTH,
  }),
  vision("en", "Not the biggest supplier, but the one our customers would miss the most.", { not: BOTH }),
  vision(
    "en",
    "Those who rely on us should be able to forget about their supply chain and focus on patients.",
    {
      not: BOTH,
    },
  ),
  vision("en", "Be the number one choice for our key accounts whenever uptime really matters.", {
    not: BOTH,
  }),
  vision(
    "en",
    "Procurement and engineering teams at our biggest accounts should see us as part of their own team.",
    {
      not: BOTH,
    },
  ),
  vision("en", "We want the businesses that choose us to succeed beyond what they thought possible.", {
    not: BOTH,
  }),
  vision(
    "en",
    "Become an indispensable partner to the companies we serve, for decades rather than quarters.",
    {
      not: BOTH,
    },
  ),
  vision(
    "en",
    "A valued partner whose advice our key accounts seek before every major investment decision.",
    {
      not: BOTH,
    },
  ),

  // ── Goals, German: selling, campaigns and quotas ───────────────────────────────────────────
  goal("de", "Frühjahrs-Mailing an alle Einkäufer von Müller versenden", { must: S }),
  goal("de", "Drei Vorführungen der neuen Schweißzelle im Werk von Müller bis Ende Q1", { must: S }),
  goal("de", "Pro Monat vier Angebote für Ersatzteilpakete an Müller schicken", { must: S }),
  goal("de", "Müller auf der Hannover Messe an unseren Stand einladen und Leads sammeln", { must: S }),
  goal("de", "Alle zwei Wochen einen Termin beim Einkauf von Müller wahrnehmen", { must: S }),
  goal("de", "Jeden Monat mindestens ein neues Produkt bei Müller platzieren", { must: S }),
  goal("de", "Quartalsweise Upselling-Gespräche mit den Instandhaltern von Müller führen", { must: S }),
  goal("de", "Bei Müller 15 Musterlieferungen im Halbjahr durchsetzen", { must: S }),
  goal("de", "Anzeigenkampagne in der Hauszeitschrift von Müller schalten", { must: S }),
  goal("de", "Täglich zwei Telefonate mit den Disponenten von Müller führen", { must: S }),
  goal("de", "Sechs neue Artikel im Katalog von Müller listen lassen", { must: S }),
  goal("de", "Im ersten Quartal 20 Verkaufsgespräche mit den Werksteams von Müller führen", { must: S }),
  goal("de", "Über eine Rabattaktion im Webshop die Bestellungen von Müller verdoppeln", {
    must: [...S, ...P],
  }),
  goal("de", "Neukunden im Umfeld von Müller gewinnen, etwa deren Zulieferer", { must: S }),
  goal("de", "Jede Woche die neue Produktlinie bei einem weiteren Standort von Müller vorstellen", {
    must: S,
  }),
  goal("de", "Kaltakquise bei den Tochterfirmen von Müller starten", { must: S }),
  goal("de", "Jährliches Strategiegespräch mit dem Vorstand von Müller etablieren", { not: S }, REL),
  goal(
    "de",
    "Monatliche Telefonkonferenz mit der Geschäftsführung von Müller zu laufenden Projekten",
    { not: S },
    REL,
  ),
  goal(
    "de",
    "Gemeinsamen Lenkungskreis mit Müller einrichten, der sich quartalsweise trifft",
    { not: S },
    REL,
  ),
  goal(
    "de",
    "Zwei Entwicklungsprojekte pro Jahr gemeinsam mit dem Engineering von Müller umsetzen",
    { not: S },
    REL,
  ),
  goal(
    "de",
    "Zufriedenheit der Instandhaltung bei Müller jährlich erheben und auf 4 von 5 steigern",
    { not: S },
    REL,
  ),
  goal("de", "Umsatz mit Müller über Wartungsverträge für alle Antriebe auf 2,5 Mio. € ausbauen", { not: S }),
  goal("de", "Lieferanteil bei Müller erhöhen, indem wir die Ersatzteillogistik für drei Werke übernehmen", {
    not: S,
  }),
  goal(
    "de",
    "Bei Müller den Bereich Schmierstoffe als dritten Geschäftsbereich erschließen",
    { not: S },
    AREAS,
  ),
  goal("de", "Müller bei der Planung des neuen Werks ab der Konzeptphase begleiten", { not: S }, REL),
  goal("de", "Keine Rabattaktionen mehr: Müller über Serviceverträge auf 2,5 Mio. € entwickeln", {
    not: [...S, ...P],
  }),
  goal("de", "Vierteljährlich mit dem Werksleiter von Müller die Stillstände auswerten", { not: S }, REL),
  goal("de", "Mit Müller jedes Jahr ein gemeinsames Innovationsprojekt starten", { not: S }, REL),

  // ── Goals, German: positioning ─────────────────────────────────────────────────────────────
  goal("de", "Müller mit 12 % Preisnachlass auf Verschleißteile halten", { must: P }),
  goal("de", "Mit aggressiven Kampfpreisen den Wettbewerber bei Müller verdrängen", { must: P }),
  goal("de", "Bonusvereinbarung mit Müller abschließen: 3 % Rückvergütung ab 2 Mio. € Umsatz", { must: P }),
  goal("de", "Preise für Müller um 5 % senken, um die Ausschreibung sicher zu gewinnen", { must: P }),
  goal("de", "Müller preislich entgegenkommen, damit der Rahmenvertrag verlängert wird", { must: P }),
  goal("de", "Günstiger als der Wettbewerb anbieten und so den Lieferanteil bei Müller steigern", {
    must: P,
  }),
  goal("de", "Skonto und Sonderpreise für Müller einführen, um die Bestellmengen zu erhöhen", { must: P }),
  goal("de", "Bei Müller die Konditionen verbessern, damit wir im Werk Süd gelistet werden", { must: P }),
  goal(
    "de",
    "Den Preis des Wettbewerbers bei Müller unterbieten und die Linie 3 übernehmen",
    { must: P },
    {},
    { marketing: { positioning: "Innovationsführer im Maschinenbau" } },
  ),
  goal(
    "de",
    "Umsatz bei Müller mit einem Mengenrabatt von 7 % absichern",
    { must: P },
    {},
    { marketing: { positioning: "Hochwertige Systemlösungen mit erstklassiger Beratung" } },
  ),
  goal(
    "de",
    "Müller mit Tiefpreisen für Standardteile an uns binden",
    { must: P },
    {},
    { marketing: { positioning: "Spitzenqualität made in Germany, kein Wettbewerb über den Preis" } },
  ),
  goal("de", "Über Müller Kontakte zu Waffenherstellern in Osteuropa knüpfen", { must: P }),
  goal("de", "Mit Müller Komponenten für Munitionsfabriken entwickeln", { must: P }),
  goal("de", "Gemeinsam mit Müller Automaten für Spielhallen ausrüsten", { must: P }),
  goal("de", "Verpackungen für Zigarettenhersteller über Müller anbieten", { must: P }),
  goal(
    "de",
    "Bei Nordlicht den Umsatz mit Kassensystemen auf 1,4 Mio. € steigern",
    { must: P },
    { account: "M-105", target: 1_400_000 },
  ),
  goal(
    "de",
    "Bei Falkner einen zweiten Geschäftsbereich erschließen",
    { must: P },
    { account: "M-104", ...AREAS, target: 2 },
  ),
  goal("de", "Beziehung zu Falkner auf 4 von 5 stärken", { not: P }, { account: "M-104", ...REL }),
  goal(
    "de",
    "Marge bei Müller sichern, ohne uns auf die Preisspirale der Wettbewerber einzulassen",
    { not: P },
    MARGIN,
  ),
  goal(
    "de",
    "Rabatte bei Müller bis 2028 schrittweise abbauen und durch Servicepakete ersetzen",
    { not: P },
    MARGIN,
  ),
  goal("de", "Nicht über Preisnachlässe, sondern über Verfügbarkeit den Umsatz mit Müller steigern", {
    not: P,
  }),
  goal("de", "Energiekosten im Werk von Müller um 10 % senken und damit den Servicevertrag begründen", {
    not: P,
  }),
  goal("de", "Betriebskosten von Müller durch vorausschauende Wartung reduzieren", { not: P }),
  goal(
    "de",
    "Mengenrabatt für Müller ab 500 Einheiten anbieten",
    { not: P },
    {},
    { marketing: { positioning: "Preisführer – günstigster Anbieter im Segment" } },
  ),
  goal(
    "de",
    "Bei Müller mit Sonderpreisen die Standardteile zurückgewinnen",
    { not: P },
    {},
    { marketing: { positioning: "Bestes Preis-Leistungs-Verhältnis am Markt" } },
  ),
  goal("de", "Den Wettbewerbsvorteil von Müller durch kürzere Rüstzeiten stärken", { not: P }),
  goal("de", "Verteidigung unseres Lieferanteils bei Müller durch bessere Liefertreue", { not: P }),
  goal("de", "Preiserhöhung von 3 % bei Müller durch nachweisbare Einsparungen begründen", { not: P }),
  goal("de", "Ohne Sonderkonditionen den Rahmenvertrag mit Müller bis 2030 verlängern", { not: P }, RET),

  // ── Goals, German: kind and amounts ────────────────────────────────────────────────────────
  goal(
    "de",
    "Mit dem neuen Geschäftsbereich Software bei Müller 250.000 € Umsatz machen",
    { must: K },
    { ...AREAS, target: 250_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Ertrag aus dem Servicegeschäft mit Müller deutlich steigern",
    { must: K },
    { kind: "strategic", metric: "other", target: 0.2, unit: "%" },
  ),
  goal(
    "de",
    "Profitabilität des Accounts Müller auf 12 % EBIT heben",
    { must: K },
    { kind: "strategic", metric: "other", target: 0.12, unit: "%" },
  ),
  goal(
    "de",
    "Absatz von Verschleißteilen bei Müller auf 800.000 € steigern",
    { must: K },
    { kind: "strategic", metric: "other", target: 800_000, unit: "€" },
  ),
  goal(
    "de",
    "Marge bei Müller verbessern",
    { must: K },
    { kind: "strategic", metric: "grossMargin", target: 0.3 },
  ),
  goal(
    "de",
    "Share of Wallet bei Müller auf 50 % steigern",
    { must: K },
    { kind: "strategic", metric: "shareOfWallet", target: 0.5 },
  ),
  goal(
    "de",
    "Deckungsbeitrag im Ersatzteilgeschäft mit Müller auf 35 % anheben",
    { must: K },
    { kind: "strategic", metric: "other", target: 0.35, unit: "%" },
  ),
  goal(
    "de",
    "Kundenbindung bei Müller sichern: Verlängerung des Rahmenvertrags über 3 Mio. € Volumen",
    { not: [...K, ...A] },
    RET,
  ),
  goal(
    "de",
    "Vertrauen der Geschäftsführung von Müller gewinnen – messbar an einer Beziehung von 4 von 5",
    { not: [...K, ...A] },
    REL,
  ),
  goal(
    "de",
    "Drei gemeinsame Innovationsprojekte mit Müller anstoßen",
    { not: K },
    { kind: "strategic", metric: "other", target: 3, unit: "count" },
  ),
  goal(
    "de",
    "Zufriedenheit bei Müller (NPS) auf 50 steigern",
    { not: K },
    { kind: "strategic", metric: "other", target: 50, unit: "count" },
  ),
  goal(
    "de",
    "Neuen Bereich Kalibrierservice bei Müller erschließen, der mittelfristig Umsatz bringt",
    { not: K },
    AREAS,
  ),
  goal(
    "de",
    "Umsatz im Bereich Retrofit bei Müller auf 400.000 € bringen",
    { not: K },
    { kind: "economic", metric: "other", target: 400_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Kundenbindung bei Müller: 2,2 Mio. € Umsatz halten",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 2_200_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Beziehungsqualität zu Müller über gemeinsame Projekte im Wert von 300.000 € verbessern",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 300_000, unit: "€" },
  ),
  goal(
    "de",
    "Bruttomarge bei Müller auf 540.000 € heben",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { metric: "grossMargin", target: 540_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Lieferanteil bei Müller auf 3 Mio. € ausbauen",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { metric: "shareOfWallet", target: 3_000_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Müller halten und den Jahresumsatz von 2 Mio. € verteidigen",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 2_000_000, unit: null },
  ),
  goal(
    "de",
    "Beziehung zu Müller verbessern: Projektbudget 120.000",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 120_000, unit: null },
  ),
  goal(
    "de",
    "Bruttomarge bei Müller auf 30 verbessern",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: A },
    { metric: "grossMargin", target: 30, unit: "%" },
  ),
  goal(
    "de",
    "Beziehung zu Müller auf 6 heben",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: A },
    { kind: "strategic", metric: "relationship", target: 6, unit: "score" },
  ),
  goal(
    "de",
    "Lieferanteil bei Müller auf 45 % ausbauen",
    { not: [...A, "GOAL_VALUE_OUT_OF_RANGE"] },
    { metric: "shareOfWallet", target: 0.45, unit: "%" },
  ),
  goal(
    "de",
    "Kündigungsquote bei Müller auf null halten und den Rahmenvertrag verlängern",
    { not: [...A, "GOAL_VALUE_OUT_OF_RANGE"] },
    RET,
  ),
  // ── Goals, English: selling, campaigns and quotas ──────────────────────────────────────────
  goal("en", "Launch an email campaign to Granite Ridge's plant buyers for the spring range", { must: S }),
  goal("en", "Deliver four product demos at Granite Ridge sites before the end of Q2", { must: S }),
  goal("en", "Send Granite Ridge three new quotes every month", { must: S }),
  goal("en", "Invite Granite Ridge to our booth at the Pack Expo trade show and collect leads", { must: S }),
  goal("en", "Visit Granite Ridge's purchasing office every other week", { must: S }),
  goal("en", "Place at least one new product with Granite Ridge each month", { must: S }),
  goal("en", "Hold upsell conversations with Granite Ridge's maintenance leads every quarter", { must: S }),
  goal("en", "Get 15 sample orders out of Granite Ridge in H1", { must: S }),
  goal("en", "Run a LinkedIn ad series aimed at Granite Ridge's engineers", { must: S }),
  goal("en", "Make two phone calls a day to Granite Ridge's dispatchers", { must: S }),
  goal("en", "Get six new SKUs listed in Granite Ridge's supplier catalogue", { must: S }),
  goal("en", "Hold 20 sales meetings with Granite Ridge's plant teams in the first quarter", { must: S }),
  goal("en", "Double Granite Ridge's webshop orders with a spring promotion", { must: S }),
  goal("en", "Win new customers around Granite Ridge, such as their own suppliers", { must: S }),
  goal("en", "Present the new product line at another Granite Ridge site every week", { must: S }),
  goal("en", "Cold-call Granite Ridge's subsidiaries to open new doors", { must: S }),
  goal("en", "Establish an annual strategy meeting with Granite Ridge's board", { not: S }, REL),
  goal("en", "Hold a monthly call with Granite Ridge's CEO on the running projects", { not: S }, REL),
  goal("en", "Set up a joint steering committee with Granite Ridge that meets quarterly", { not: S }, REL),
  goal("en", "Deliver two joint engineering projects a year with Granite Ridge's R&D", { not: S }, REL),
  goal(
    "en",
    "Survey Granite Ridge's maintenance team yearly and lift satisfaction to 4 out of 5",
    { not: S },
    REL,
  ),
  goal("en", "Grow revenue with Granite Ridge to $2.5M through maintenance contracts for all lines", {
    not: S,
  }),
  goal(
    "en",
    "Increase our share of Granite Ridge's spend by taking over spare-parts logistics for three plants",
    {
      not: S,
    },
  ),
  goal("en", "Open up lubricants as a third business area at Granite Ridge", { not: S }, AREAS),
  goal("en", "Support Granite Ridge in planning their new plant from the concept phase on", { not: S }, REL),
  goal("en", "No more promotions: develop Granite Ridge to $2.5M through service contracts", {
    not: [...S, ...P],
  }),
  goal("en", "Review downtime with Granite Ridge's plant manager every quarter", { not: S }, REL),
  goal("en", "Start one joint innovation project with Granite Ridge every year", { not: S }, REL),
  goal(
    "en",
    "Listen to Granite Ridge's operators twice a year in structured shop-floor interviews",
    { not: S },
    REL,
  ),

  // ── Goals, English: positioning ────────────────────────────────────────────────────────────
  goal("en", "Keep Granite Ridge with a 12% price cut on wear parts", { must: P }),
  goal("en", "Push out the competitor at Granite Ridge with aggressive pricing", { must: P }),
  goal("en", "Sign a loyalty bonus with Granite Ridge: 3% money back above $2M spend", { must: P }),
  goal("en", "Lower our prices for Granite Ridge by 5% to be sure of winning the tender", { must: P }),
  goal("en", "Sweeten the deal for Granite Ridge so that the master agreement gets renewed", { must: P }),
  goal("en", "Be cheaper than the competition and grow our share of Granite Ridge's spend", { must: P }),
  goal("en", "Offer Granite Ridge special pricing on standard parts to lift order volumes", { must: P }),
  goal("en", "Give Granite Ridge better terms so that we get listed at their southern plant", { must: P }),
  goal(
    "en",
    "Beat the competitor's price at Granite Ridge and take over line 3",
    { must: P },
    {},
    { marketing: { positioning: "Innovation leader in automation" } },
  ),
  goal(
    "en",
    "Protect revenue at Granite Ridge with a 7% volume discount",
    { must: P },
    {},
    { marketing: { positioning: "High-end systems with best-in-class engineering support" } },
  ),
  goal(
    "en",
    "Lock Granite Ridge in with rock-bottom prices on standard parts",
    { must: P },
    {},
    { marketing: { positioning: "Superior quality; we never compete on price" } },
  ),
  goal("en", "Use Granite Ridge to reach weapons manufacturers in Eastern Europe", { must: P }),
  goal("en", "Develop components for an ammunition plant together with Granite Ridge", { must: P }),
  goal("en", "Equip casino floors together with Granite Ridge", { must: P }),
  goal("en", "Offer packaging to cigarette makers through Granite Ridge", { must: P }),
  goal(
    "en",
    "Grow revenue with Lucky Star to $1.4M with payment terminals",
    { must: P },
    { account: "A-205", target: 1_400_000 },
  ),
  goal(
    "en",
    "Open up a second business area at Ironclad",
    { must: P },
    { account: "A-204", ...AREAS, target: 2 },
  ),
  goal(
    "en",
    "Strengthen the relationship with Ironclad to 4 out of 5",
    { not: P },
    { account: "A-204", ...REL },
  ),
  goal(
    "en",
    "Secure margin at Granite Ridge without joining the competitors' race to the bottom on price",
    {
      not: P,
    },
    MARGIN,
  ),
  goal(
    "en",
    "Phase out the rebates at Granite Ridge step by step by 2028 and replace them with service packages",
    {
      not: P,
    },
    MARGIN,
  ),
  goal("en", "Grow revenue with Granite Ridge through availability, not through price concessions", {
    not: P,
  }),
  goal(
    "en",
    "Cut energy costs in Granite Ridge's plant by 10% and use that to justify the service contract",
    {
      not: P,
    },
  ),
  goal("en", "Reduce Granite Ridge's operating costs through predictive maintenance", { not: P }),
  goal(
    "en",
    "Offer Granite Ridge a volume discount from 500 units",
    { not: P },
    {},
    { marketing: { positioning: "Price leader: lowest prices in the segment" } },
  ),
  goal(
    "en",
    "Win back the standard parts at Granite Ridge with special prices",
    { not: P },
    {},
    { marketing: { positioning: "Best value for money in the market" } },
  ),
  goal("en", "Strengthen Granite Ridge's competitive edge through shorter changeover times", { not: P }),
  goal("en", "Defend our share at Granite Ridge through better delivery reliability", { not: P }),
  goal("en", "Justify a 3% price increase at Granite Ridge with documented savings", { not: P }),
  goal("en", "Renew the Granite Ridge master agreement through 2030 without special terms", { not: P }, RET),

  // ── Goals, English: kind and amounts ───────────────────────────────────────────────────────
  goal(
    "en",
    "Make $250k of revenue with the new software business area at Granite Ridge",
    { must: K },
    { ...AREAS, target: 250_000, unit: "USD" },
  ),
  goal(
    "en",
    "Significantly raise earnings from the service business with Granite Ridge",
    { must: K },
    { kind: "strategic", metric: "other", target: 0.2, unit: "%" },
  ),
  goal(
    "en",
    "Lift account profitability at Granite Ridge to 12% EBIT",
    { must: K },
    { kind: "strategic", metric: "other", target: 0.12, unit: "%" },
  ),
  goal(
    "en",
    "Grow wear-part sales at Granite Ridge to $800k",
    { must: K },
    { kind: "strategic", metric: "other", target: 800_000, unit: "$" },
  ),
  goal(
    "en",
    "Improve the margin at Granite Ridge",
    { must: K },
    { kind: "strategic", metric: "grossMargin", target: 0.3 },
  ),
  goal(
    "en",
    "Lift our share of wallet at Granite Ridge to 50%",
    { must: K },
    { kind: "strategic", metric: "shareOfWallet", target: 0.5 },
  ),
  goal(
    "en",
    "Raise the contribution margin on spare parts with Granite Ridge to 35%",
    { must: K },
    { kind: "strategic", metric: "other", target: 0.35, unit: "%" },
  ),
  goal(
    "en",
    "Secure loyalty at Granite Ridge: renew the master agreement worth $3M",
    { not: [...K, ...A] },
    RET,
  ),
  goal(
    "en",
    "Win the trust of Granite Ridge's leadership, measured as a relationship of 4 out of 5",
    { not: [...K, ...A] },
    REL,
  ),
  goal(
    "en",
    "Kick off three joint innovation projects with Granite Ridge",
    { not: K },
    { kind: "strategic", metric: "other", target: 3, unit: "count" },
  ),
  goal(
    "en",
    "Lift Granite Ridge's NPS to 50",
    { not: K },
    { kind: "strategic", metric: "other", target: 50, unit: "count" },
  ),
  goal(
    "en",
    "Open up calibration services at Granite Ridge as an area that brings revenue later on",
    {
      not: K,
    },
    AREAS,
  ),
  goal(
    "en",
    "Bring retrofit revenue at Granite Ridge to $400k",
    { not: K },
    { kind: "economic", metric: "other", target: 400_000, unit: "USD" },
  ),
  goal(
    "en",
    "Retention at Granite Ridge: hold on to $2.2M of revenue",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 2_200_000, unit: "USD" },
  ),
  goal(
    "en",
    "Improve the relationship with Granite Ridge through joint projects worth $300k",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 300_000, unit: "$" },
  ),
  goal(
    "en",
    "Raise gross margin at Granite Ridge to $540k",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { metric: "grossMargin", target: 540_000, unit: "USD" },
  ),
  goal(
    "en",
    "Grow our share of Granite Ridge's wallet to $3M",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { metric: "shareOfWallet", target: 3_000_000, unit: "USD" },
  ),
  goal(
    "en",
    "Keep Granite Ridge and defend the $2M of annual revenue",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 2_000_000, unit: null },
  ),
  goal(
    "en",
    "Improve the relationship with Granite Ridge: project budget 120,000",
    { must: A, not: ["GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "relationship", target: 120_000, unit: null },
  ),
  goal(
    "en",
    "Improve the gross margin at Granite Ridge to 30",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: A },
    { metric: "grossMargin", target: 30, unit: "%" },
  ),
  goal(
    "en",
    "Lift the relationship with Granite Ridge to 6",
    { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: A },
    { kind: "strategic", metric: "relationship", target: 6, unit: "score" },
  ),
  goal(
    "en",
    "Grow our share of Granite Ridge's wallet to 45%",
    { not: [...A, "GOAL_VALUE_OUT_OF_RANGE"] },
    { metric: "shareOfWallet", target: 0.45, unit: "%" },
  ),
  goal(
    "en",
    "Keep churn at Granite Ridge at zero and renew the master agreement",
    { not: [...A, "GOAL_VALUE_OUT_OF_RANGE"] },
    RET,
  ),

  // ── Goal sets: copies ──────────────────────────────────────────────────────────────────────
  goalSet("de", [
    {
      account: "M-100",
      text: "Müller langfristig binden: Servicevertrag für alle Anlagen bis 2029 abschließen",
      copy: true,
      spec: RET,
    },
    {
      account: "M-101",
      text: "Hanse Logistik langfristig binden: Servicevertrag für alle Anlagen bis 2029 abschließen",
      copy: true,
      spec: RET,
    },
    {
      account: "M-102",
      text: "Brandt langfristig binden – Servicevertrag für alle Anlagen bis 2029 abschließen.",
      copy: true,
      spec: RET,
    },
    {
      account: "M-103",
      text: "Steiner Lebensmittel langfristig binden: Servicevertrag für alle Anlagen bis 2029 abschließen",
      copy: true,
      spec: RET,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Umsatz mit Müller durch den Ausbau des Ersatzteilgeschäfts und Schulungen für die Instandhaltung steigern",
      copy: true,
    },
    {
      account: "M-101",
      text: "Umsatz mit Hanse durch den Ausbau des Ersatzteilgeschäfts und Schulungen für die Instandhaltung erhöhen",
      copy: true,
    },
    {
      account: "M-102",
      text: "Umsatz mit Brandt durch Ausbau des Ersatzteilgeschäfts und Schulungen für die Instandhaltung steigern",
      copy: true,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Beziehung zu Müller über gemeinsame Werksbegehungen mit der Instandhaltung stärken",
      copy: false,
      spec: REL,
    },
    {
      account: "M-101",
      text: "Beziehung zu Hanse über ein gemeinsames Lagerprojekt mit dem Betriebsleiter stärken",
      copy: false,
      spec: REL,
    },
    {
      account: "M-102",
      text: "Beziehung zu Brandt über ein jährliches Treffen mit der Klinikleitung stärken",
      copy: false,
      spec: REL,
    },
    {
      account: "M-103",
      text: "Beziehung zu Steiner über gemeinsame Hygiene-Audits in der Produktion stärken",
      copy: false,
      spec: REL,
    },
  ]),
  goalSet("de", [
    { account: "M-100", text: "Umsatz mit Müller ausbauen", copy: false },
    { account: "M-101", text: "Umsatz mit Hanse ausbauen", copy: false },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Retain Granite Ridge for the long term: sign a service agreement for all lines by 2029",
      copy: true,
      spec: RET,
    },
    {
      account: "A-201",
      text: "Retain Bayline Medical for the long term: sign a service agreement for all lines by 2029",
      copy: true,
      spec: RET,
    },
    {
      account: "A-202",
      text: "Retain Crestview for the long term - sign a service agreement for all lines by 2029.",
      copy: true,
      spec: RET,
    },
    {
      account: "A-203",
      text: "Retain Northwind for the long term: sign a service agreement for all lines by 2029",
      copy: true,
      spec: RET,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Grow revenue with Granite Ridge's plants by expanding the spare-parts business and training their maintenance crews",
      copy: true,
    },
    {
      account: "A-201",
      text: "Grow revenue with Bayline's sites by expanding the spare-parts business and training their maintenance crews",
      copy: true,
    },
    {
      account: "A-202",
      text: "Increase revenue with Crestview's stores by expanding the spare-parts business and training their maintenance crews",
      copy: true,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Strengthen the relationship with Granite Ridge through joint plant walks with maintenance",
      copy: false,
      spec: REL,
    },
    {
      account: "A-201",
      text: "Strengthen the relationship with Bayline through a yearly meeting with the hospital board",
      copy: false,
      spec: REL,
    },
    {
      account: "A-202",
      text: "Strengthen the relationship with Crestview through a store-refit pilot with their operations lead",
      copy: false,
      spec: REL,
    },
    {
      account: "A-203",
      text: "Strengthen the relationship with Northwind through joint route-planning workshops",
      copy: false,
      spec: REL,
    },
  ]),
  goalSet("en", [
    { account: "A-200", text: "Grow revenue with Granite Ridge", copy: false },
    { account: "A-201", text: "Grow revenue with Bayline", copy: false },
  ]),
  // ── Missions, German ───────────────────────────────────────────────────────────────────────
  mission(
    "de",
    "Jede Woche zehn Kundenanrufe pro KAM, offene Angebote nach drei Tagen nachfassen, Forecast jeden Montag im CRM aktualisieren.",
    { must: AL, not: NH },
  ),
  mission(
    "de",
    "Wir besuchen jeden Key Account monatlich, pflegen alle Kontakte im CRM und melden die Pipeline wöchentlich.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission(
    "de",
    "Mehr Termine, schnellere Angebote, bessere Abschlussquote: Darauf richten wir die Key-Account-Arbeit aus.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission(
    "de",
    "Upselling bei jedem Gespräch, Cross-Selling in allen Werken und eine saubere Opportunity-Pflege in Salesforce.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission(
    "de",
    "Unsere KAMs telefonieren täglich mit den Einkäufern, erstellen Besuchsberichte und halten den Forecast aktuell.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission("de", "Unsere Mission: Begeisterung für unsere Key Accounts, jeden Tag aufs Neue.", {
    must: NH,
    not: AL,
  }),
  mission("de", "Verlässlichkeit, Qualität und Partnerschaft sind unser Versprechen an jeden Key Account.", {
    must: NH,
    not: AL,
  }),
  mission("de", "Wir wollen der bevorzugte Partner aller Schlüsselkunden sein.", { must: NH, not: AL }),
  mission("de", "Kundenorientierung und Exzellenz in allem, was wir für unsere Key Accounts tun.", {
    must: NH,
    not: AL,
  }),
  mission(
    "de",
    "Wir lernen die Produktion jedes Key Accounts kennen, entwickeln mit ihren Ingenieuren Lösungen und sprechen zweimal im Jahr mit der Geschäftsführung über die gemeinsame Roadmap.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "de",
    "Dazu verankern wir uns in den Entwicklungsprojekten unserer Key Accounts, stellen feste Ansprechpartner und halten unsere Zusagen.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "de",
    "Indem wir ihre Prozesse besser verstehen als jeder Wettbewerber, machen wir uns bei unseren Key Accounts unentbehrlich; im CRM halten wir fest, was wir über sie lernen.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "de",
    "Wir begleiten unsere Key Accounts mit einem festen Team, teilen unser Wissen in gemeinsamen Workshops und planen Investitionen gemeinsam.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "de",
    "Um dies zu erreichen, binden wir uns früh in ihre Projekte ein, hören zu und lösen Probleme, bevor sie entstehen.",
    { not: [...AL, ...NH] },
  ),

  // ── Missions, English ──────────────────────────────────────────────────────────────────────
  mission(
    "en",
    "Twenty calls per KAM per week, every quote chased within 48 hours, forecast updated in the CRM every Monday.",
    { must: AL, not: NH },
  ),
  mission(
    "en",
    "We visit every key account monthly, log every contact in HubSpot and report pipeline weekly.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission(
    "en",
    "More meetings, faster quotes and a higher close rate on opportunities across our key accounts.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission(
    "en",
    "Upsell in every conversation, cross-sell into every plant, and keep opportunity stages current.",
    {
      must: AL,
      not: NH,
    },
  ),
  mission("en", "Our KAMs run weekly pipeline calls, chase open RFQs and keep forecast accuracy above 90%.", {
    must: AL,
    not: NH,
  }),
  mission("en", "Passion for our key accounts, every single day.", { must: NH, not: AL }),
  mission("en", "Quality, reliability and partnership are our promise to every key account.", {
    must: NH,
    not: AL,
  }),
  mission("en", "To be the preferred partner of all our strategic customers.", { must: NH, not: AL }),
  mission("en", "Customer focus and excellence in all we do for our key accounts.", { must: NH, not: AL }),
  mission(
    "en",
    "We get to know each key account's operations first-hand, solve problems with their engineers and review the joint roadmap with their leadership twice a year.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "en",
    "We embed dedicated teams in our key accounts' development projects, keep our commitments and share what we know.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "en",
    "By understanding their processes better than any competitor we become indispensable; our CRM keeps what we learn about them in one place.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "en",
    "We stand beside our key accounts with a fixed team, run joint workshops and plan investments together with them.",
    { not: [...AL, ...NH] },
  ),
  mission(
    "en",
    "To achieve this we involve ourselves early in their projects, listen carefully and fix problems before they grow.",
    { not: [...AL, ...NH] },
  ),
];
