// Ninth held-out set: written after the sixth round of tuning (heldout7 and heldout8 joined the
// gate) and committed before measuring; never tuned against. `npm run eval` reports it on its own
// and nothing gates on it. Voices: packaging, temporary staffing, lift maintenance, lab and pharma
// supplies, water treatment, labels and printing, telecoms, security services, 3PL logistics;
// terse bullet lists, bureaucratic long sentences, Denglisch, US and British English.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout9", "h9");

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
const KM = { must: ["GOAL_KIND_MISMATCH"] } as const;
const NOT_KM = { not: ["GOAL_KIND_MISMATCH"] } as const;
const OTHER = { kind: "strategic", metric: "other", target: 1, unit: "count" } as const;
const AMOUNT = { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] } as const;
const RANGE = { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] } as const;
const FINE = { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] } as const;

export const HELDOUT9: readonly CorpusEntry[] = [
  // ── German ─────────────────────────────────────────────────────────────────────────────────
  vision(
    "de",
    "Bis 2030 soll mehr als die Hälfte aller Verpackungen, die unsere Schlüsselkunden kaufen, von uns kommen.",
    { must: M, unsure: NC },
  ),
  vision("de", "Wir wollen der größte Personaldienstleister für die Logistikbranche in Deutschland sein.", {
    must: [...M, ...NC],
  }),
  vision("de", "Unsere Kunden sollen sich um ihre Aufzüge keine Gedanken mehr machen müssen.", { not: VOK }),
  vision(
    "de",
    "Pharmakunden vertrauen uns, weil ihre Chargen mit unseren Materialien jedes Audit bestehen.",
    { not: VOK },
  ),
  vision("de", "Umsatzverdopplung bis 2028 mit allen Key Accounts.", { must: M, unsure: NC }),
  vision("de", "Ein starkes Team mit Spaß an der Arbeit.", { must: NC, not: M }),
  vision("de", "Krankenhäuser, die mit uns arbeiten, haben mehr Zeit für ihre Patienten.", { not: VOK }),
  vision("de", "Wir wachsen schneller als der Markt und setzen Maßstäbe in der Branche.", {
    must: M,
    unsure: NC,
  }),
  vision("de", "Für unsere Key Accounts der erste Ansprechpartner, wenn es um sauberes Prozesswasser geht.", {
    not: VOK,
  }),
  vision("de", "Deutschlands bekannteste Marke für Etiketten.", { must: NC, unsure: M }),
  mission(
    "de",
    "Montags Pipeline-Review, dienstags bis donnerstags Kundenbesuche, freitags Angebote schreiben und CRM pflegen.",
    AL,
  ),
  mission("de", "Gemeinsam stark.", NH),
  mission(
    "de",
    "Wir übernehmen für unsere Kunden das komplette Wartungsmanagement ihrer Aufzüge und melden jeden Befund noch am selben Tag.",
    MOK,
  ),
  mission(
    "de",
    "Wir schulen das Laborpersonal unserer Kunden vor Ort, damit jede Probe beim ersten Mal gelingt.",
    MOK,
  ),
  mission("de", "- Angebotsquote erhöhen - Besuchsfrequenz steigern - Forecast-Genauigkeit verbessern", AL),
  mission("de", "Kundenorientierung ist unsere DNA.", NH),
  mission(
    "de",
    "Indem wir Personalbedarf und Schichtpläne unserer Kunden mitplanen, sichern wir ihre Lieferfähigkeit.",
    MOK,
  ),
  mission("de", "Wir stehen für Zuverlässigkeit.", NH),
  goal("de", "Acht Kundentermine pro Monat bei den Einkäufern von Müller", S, OTHER),
  goal("de", "Neues Verpackungssortiment bis Q3 bei Müller vorstellen und listen lassen", S, OTHER),
  goal("de", "Mailing zur Produkteinführung an die Werke von Müller", S, OTHER),
  goal("de", "Zwei Webinare für die Techniker von Müller zu unseren Neuheiten", S, OTHER),
  goal("de", "Upselling von Wartungspaketen an alle Standorte von Müller", S, OTHER),
  goal("de", "20 Angebote für Zusatzleistungen an Müller im Jahr 2027", S, OTHER),
  goal("de", "Müller auf unserer Hausmesse die Neuheiten präsentieren", S, OTHER),
  goal("de", "Mit Müller einen gemeinsamen Qualitätszirkel aufbauen (quartalsweise)", NOT_S, OTHER),
  goal("de", "Bei Müller ein Frühwarnsystem für Aufzugsausfälle installieren", NOT_S, OTHER),
  goal("de", "Halbjährliches Strategiegespräch mit dem Vorstand von Müller etablieren", NOT_S, OTHER),
  goal("de", "Mit der Logistik von Müller die Anlieferfenster neu abstimmen", NOT_S, OTHER),
  goal("de", "Müller 15 % Einführungsrabatt auf die neue Etikettenlinie gewähren", P, OTHER),
  goal("de", "Um den Auftrag zu halten, beim Stundensatz für Müller um 5 € runtergehen", P, OTHER),
  goal("de", "Wartungsverträge für Müller zum Selbstkostenpreis anbieten", P, OTHER),
  goal("de", "Die Kalibrierung für Müller kostenlos mitmachen", P, OTHER),
  goal("de", "Müller ein Jahr lang keine Preiserhöhung weitergeben", P, OTHER),
  goal("de", "Mit einem Paketpreis unter dem Angebot der Konkurrenz bei Müller punkten", P, OTHER),
  goal("de", "Müller die Transportkosten erstatten", P, OTHER),
  goal("de", "Preisanpassung gemäß Indexklausel mit Müller durchsetzen", NOT_P, OTHER),
  goal("de", "Müller vom Mehrwert unseres 24h-Service überzeugen, statt über Rabatte zu reden", NOT_P, OTHER),
  goal("de", "Durchlaufzeiten im Labor von Müller um 20 % senken", NOT_P, OTHER),
  goal("de", "Etiketten für einen Hersteller von Handfeuerwaffen über Müller liefern", P, OTHER),
  goal("de", "Aufzüge in einem Spielcasino warten (Auftrag über Hanse)", P, { ...OTHER, account: "M-101" }),
  goal("de", "Personal für das Tabaklager eines Müller-Kunden stellen", P, OTHER),
  goal("de", "Die Unterhaltsreinigung einer Kaserne über Müller übernehmen", P, OTHER),
  goal("de", "Die Wettbewerbsfähigkeit von Müller durch Automatisierung stärken", NOT_P, OTHER),
  goal("de", "Rauchmelder in allen Hallen von Müller nachrüsten", NOT_P, OTHER),
  goal("de", "Einen Spielzeughersteller aus dem Netzwerk von Müller als Referenz gewinnen", NOT_P, OTHER),
  goal(
    "de",
    "Durch engere Zusammenarbeit 300.000 € mehr Deckungsbeitrag bei Müller erwirtschaften",
    KM,
    OTHER,
  ),
  goal("de", "Mit Müller profitabler werden", KM, OTHER),
  goal("de", "Müller als Referenzkunden für die Pharmabranche gewinnen", NOT_KM, OTHER),
  goal("de", "Die Abhängigkeit von Müller bei den Rohstoffen gemeinsam verringern", NOT_KM, OTHER),
  goal("de", "Kundenbindung Müller: Servicebudget 80.000 €", AMOUNT, {
    kind: "strategic",
    metric: "retention",
    target: 80_000,
    unit: "EUR",
  }),
  goal("de", "Vertrauensverhältnis zu Müller: 30 T€ für gemeinsame Workshops", AMOUNT, {
    kind: "strategic",
    metric: "relationship",
    target: 30_000,
    unit: "EUR",
  }),
  goal("de", "Zufriedenheit bei Müller auf 4 von 5", FINE, {
    kind: "strategic",
    metric: "relationship",
    target: 4,
    unit: "score",
  }),
  goal("de", "Beziehungsindex Müller auf 12 (Skala 1–5)", RANGE, {
    kind: "strategic",
    metric: "relationship",
    target: 12,
    unit: "score",
  }),
  goal("de", "Haltequote der Rahmenverträge bei Müller: 85 %", FINE, {
    kind: "strategic",
    metric: "retention",
    target: 0.85,
    unit: "%",
  }),
  goal("de", "Umsatz Müller 2028: 2,9 Mio. €", {}, { target: 2_900_000 }),
  goal("de", "Mit dem Werk Süd von Müller einen gemeinsamen Audit-Kalender pflegen", {}, OTHER),
  goal("de", "Die Etikettenfreigaben für Müller von zehn auf drei Tage verkürzen", {}, OTHER),
  goalSet("de", [
    {
      account: "M-100",
      text: "Müller: Reklamationsquote unter 0,5 % durch gemeinsame Wareneingangsprüfung",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-101",
      text: "Reklamationsquote bei Hanse unter 0,5 % durch gemeinsame Wareneingangsprüfung",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Reklamationsquote unter 0,5 % durch gemeinsame Wareneingangsprüfung (Steiner)",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-102",
      text: "Brandt: Fehlerquote der Sterilgutaufbereitung gemeinsam analysieren",
      copy: false,
      spec: OTHER,
    },
  ]),
  goalSet("de", [
    {
      account: "M-100",
      text: "Müller: Notfallplan für Lieferausfälle der Verpackungslinie abstimmen",
      copy: false,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Steiner: Notfallplan für Kühlkettenunterbrechungen im Zentrallager abstimmen",
      copy: false,
      spec: OTHER,
    },
  ]),

  // ── English ────────────────────────────────────────────────────────────────────────────────
  vision("en", "By 2030, more than half of the packaging our key accounts buy should come from us.", {
    must: M,
    unsure: NC,
  }),
  vision("en", "To be the largest staffing provider for the logistics industry in North America.", {
    must: [...M, ...NC],
  }),
  vision("en", "Our customers never have to think about their elevators again.", { not: VOK }),
  vision("en", "Pharma customers trust us because their batches pass every audit with our materials.", {
    not: VOK,
  }),
  vision("en", "Double revenue with every key account by 2028.", { must: M, unsure: NC }),
  vision("en", "A strong team that enjoys its work.", { must: NC, not: M }),
  vision("en", "Hospitals that work with us have more time for their patients.", { not: VOK }),
  vision("en", "We grow faster than the market and set the standard in our industry.", {
    must: M,
    unsure: NC,
  }),
  vision("en", "For our key accounts, the first call whenever process water is the question.", {
    not: VOK,
  }),
  vision("en", "America's best-known label brand.", { must: NC, unsure: M }),
  mission(
    "en",
    "Mondays pipeline review, Tuesday to Thursday customer visits, Fridays write quotes and update the CRM.",
    AL,
  ),
  mission("en", "Stronger together.", NH),
  mission(
    "en",
    "We take over the complete maintenance management of our customers' elevators and report every finding the same day.",
    MOK,
  ),
  mission(
    "en",
    "We train our customers' lab staff on site so that every sample succeeds the first time.",
    MOK,
  ),
  mission("en", "- Raise quote ratio - Increase visit frequency - Improve forecast accuracy", AL),
  mission("en", "Customer focus is in our DNA.", NH),
  mission(
    "en",
    "By planning our customers' staffing needs and shift rosters with them, we secure their ability to deliver.",
    MOK,
  ),
  mission("en", "We stand for reliability.", NH),
  goal("en", "Eight customer appointments a month with Granite Ridge buyers", S, OTHER),
  goal("en", "Present and get listed the new packaging range at Granite Ridge by Q3", S, OTHER),
  goal("en", "Launch mailing to Granite Ridge's plants", S, OTHER),
  goal("en", "Two webinars on our new products for Granite Ridge technicians", S, OTHER),
  goal("en", "Upsell maintenance packages to all Granite Ridge sites", S, OTHER),
  goal("en", "20 quotes for add-on services to Granite Ridge in 2027", S, OTHER),
  goal("en", "Showcase our new products to Granite Ridge at our in-house exhibition", S, OTHER),
  goal("en", "Set up a joint quality circle with Granite Ridge (quarterly)", NOT_S, OTHER),
  goal("en", "Install an early-warning system for elevator failures at Granite Ridge", NOT_S, OTHER),
  goal("en", "Establish a twice-yearly strategy meeting with Granite Ridge's board", NOT_S, OTHER),
  goal("en", "Realign delivery windows with Granite Ridge's logistics team", NOT_S, OTHER),
  goal("en", "Grant Granite Ridge a 15% launch discount on the new label line", P, OTHER),
  goal("en", "To keep the contract, go down $5 on the hourly rate for Granite Ridge", P, OTHER),
  goal("en", "Offer Granite Ridge maintenance contracts at cost", P, OTHER),
  goal("en", "Do the calibration for Granite Ridge for free", P, OTHER),
  goal("en", "Pass no price increase on to Granite Ridge for a year", P, OTHER),
  goal("en", "Win Granite Ridge with a bundle price below the competitor's offer", P, OTHER),
  goal("en", "Reimburse Granite Ridge's transport costs", P, OTHER),
  goal("en", "Enforce the index-clause price adjustment with Granite Ridge", NOT_P, OTHER),
  goal(
    "en",
    "Convince Granite Ridge of the value of our 24h service instead of talking discounts",
    NOT_P,
    OTHER,
  ),
  goal("en", "Cut lab turnaround times at Granite Ridge by 20%", NOT_P, OTHER),
  goal("en", "Supply labels to a handgun manufacturer through Granite Ridge", P, OTHER),
  goal("en", "Maintain the elevators of a casino hotel (contract via Northwind)", P, {
    ...OTHER,
    account: "A-203",
  }),
  goal("en", "Provide staff for the tobacco warehouse of a Granite Ridge customer", P, OTHER),
  goal("en", "Take over the janitorial contract of an army base via Granite Ridge", P, OTHER),
  goal("en", "Strengthen Granite Ridge's competitiveness through automation", NOT_P, OTHER),
  goal("en", "Retrofit smoke detectors in all Granite Ridge halls", NOT_P, OTHER),
  goal("en", "Win a toy maker from Granite Ridge's network as a reference", NOT_P, OTHER),
  goal("en", "Earn $300k more contribution margin at Granite Ridge through closer collaboration", KM, OTHER),
  goal("en", "Become more profitable with Granite Ridge", KM, OTHER),
  goal("en", "Win Granite Ridge as a reference customer for the pharma industry", NOT_KM, OTHER),
  goal("en", "Reduce Granite Ridge's dependence on single raw-material sources together", NOT_KM, OTHER),
  goal("en", "Customer retention Granite Ridge: service budget $80,000", AMOUNT, {
    kind: "strategic",
    metric: "retention",
    target: 80_000,
    unit: "USD",
  }),
  goal("en", "Trust with Granite Ridge: $30k for joint workshops", AMOUNT, {
    kind: "strategic",
    metric: "relationship",
    target: 30_000,
    unit: "USD",
  }),
  goal("en", "Satisfaction at Granite Ridge to 4 out of 5", FINE, {
    kind: "strategic",
    metric: "relationship",
    target: 4,
    unit: "score",
  }),
  goal("en", "Relationship index Granite Ridge to 12 (scale 1–5)", RANGE, {
    kind: "strategic",
    metric: "relationship",
    target: 12,
    unit: "score",
  }),
  goal("en", "Framework contract retention at Granite Ridge: 85%", FINE, {
    kind: "strategic",
    metric: "retention",
    target: 0.85,
    unit: "%",
  }),
  goal("en", "Revenue Granite Ridge 2028: $2.9M", {}, { target: 2_900_000 }),
  goal("en", "Keep a joint audit calendar with Granite Ridge's southern plant", {}, OTHER),
  goal("en", "Cut label approvals for Granite Ridge from ten days to three", {}, OTHER),
  goalSet("en", [
    {
      account: "A-200",
      text: "Granite Ridge: complaint rate below 0.5% through joint incoming inspection",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-201",
      text: "Complaint rate at Bayline below 0.5% through joint incoming inspection",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-203",
      text: "Complaint rate below 0.5% through joint incoming inspection (Northwind)",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-202",
      text: "Crestview: analyse the error rate of shelf replenishment together",
      copy: false,
      spec: OTHER,
    },
  ]),
  goalSet("en", [
    {
      account: "A-200",
      text: "Granite Ridge: agree an emergency plan for packaging-line supply failures",
      copy: false,
      spec: OTHER,
    },
    {
      account: "A-202",
      text: "Crestview: agree an emergency plan for cold-chain breaks in the central warehouse",
      copy: false,
      spec: OTHER,
    },
  ]),
];
