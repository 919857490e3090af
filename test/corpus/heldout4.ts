// Fourth held-out set: written before the third round of tuning, in styles the earlier sets lack —
// terse bullet goals, long consultant prose, Swiss and Austrian German, British and US business
// idiom, misspellings and missing umlauts, German mixed with English, dates and money in many
// formats — with a good half of good entries and near misses that must raise nothing.

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout4", "h4");

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
const NPS = { kind: "strategic", metric: "other", baseline: 20, target: 40, unit: "count" } as const;
const RATE = { kind: "strategic", metric: "other", target: 0.4, unit: "%" } as const;

export const HELDOUT4: readonly CorpusEntry[] = [
  // ── German ─────────────────────────────────────────────────────────────────────────────────
  vision("de", "Nr. 1 bei allen Top-10-Kunden bis 2030 – gemessen am Share of Wallet.", { must: M }),
  vision("de", "Marktanteil DACH verdoppeln, Key Accounts als Hebel.", { must: M, unsure: NC }),
  vision("de", "Wir wollen schneller wachsen als jeder Mitbewerber in der Lebensmitteltechnik.", {
    must: [...M, ...NC],
  }),
  vision(
    "de",
    "Für unsere Schlüsselkunden in der Schweiz sind wir der Partner, dem sie ihre heikelsten Projekte anvertrauen.",
    { not: VOK },
  ),
  vision("de", "Unsere Schluesselkunden sollen uns als unverzichtbaren Partner fuer ihre Zukunft erleben.", {
    not: VOK,
  }),
  vision("de", "Trusted Advisor unserer Key Accounts sein – in jeder Phase ihrer Digitalisierung.", {
    not: VOK,
  }),
  vision(
    "de",
    "Unser Anspruch ist es, dass die Entscheider in unseren Schlüsselkunden bei jeder neuen Herausforderung zuerst an uns denken, weil wir ihr Geschäft verstehen wie kaum ein anderer.",
    { not: VOK },
  ),
  vision("de", "Bis 2030 ein Viertel des Einkaufsvolumens jedes Key Accounts auf uns vereinen.", { must: M }),
  vision("de", "Die Umsatzmilliarde bis 2031 – getragen von unseren Key Accounts.", { must: M }),
  vision("de", "Wir stehen für Ingenieurskunst, Präzision und Tradition seit 1898.", { must: NC, not: M }),
  vision("de", "Mit unseren Key Accounts gemeinsam die Lebensmittelversorgung von morgen gestalten.", {
    not: VOK,
  }),
  vision("de", "Die Nummer eins im Alpenraum werden – nach Umsatz und Kundenzahl.", { must: M, unsure: NC }),
  vision(
    "de",
    "In zehn Jahren soll jeder unserer Schlüsselkunden sagen: Ohne diesen Partner wären wir nicht so weit gekommen.",
    { not: VOK },
  ),
  vision(
    "de",
    "Wir wollen, dass unsere Key Accounts mit uns profitabler produzieren als mit jedem anderen Lieferanten.",
    { not: VOK },
  ),
  mission(
    "de",
    "• 2 Kundenbesuche/Woche • Angebote binnen 48 h nachfassen • CRM-Pflege freitags • Forecast-Call montags",
    AL,
  ),
  mission("de", "Pipeline füllen, Leads qualifizieren, Abschlüsse machen – und das jeden Monat.", AL),
  mission(
    "de",
    "Offerten innert drei Arbeitstagen stellen, jede Offerte zweimal nachfassen, Besuchsrapporte wöchentlich ablegen.",
    AL,
  ),
  mission("de", "Wir geben jeden Tag unser Bestes für unsere Kunden.", NH),
  mission("de", "Qualitaet, Verlaesslichkeit und Leidenschaft – dafuer stehen wir.", NH),
  mission(
    "de",
    "Wir verankern uns in den Entscheidungsprozessen unserer Key Accounts, indem wir gemeinsame Lenkungsausschüsse einrichten und ihre Roadmap mit unserer abstimmen.",
    MOK,
  ),
  mission(
    "de",
    "Wir verwirklichen die Vision, indem wir für jeden Key Account ein interdisziplinäres Team aus Vertrieb, Technik und Service bilden, das die Wertschöpfungskette des Kunden kennt und Verbesserungspotenziale gemeinsam mit ihm hebt.",
    MOK,
  ),
  mission(
    "de",
    "Mit quartalsweisen Business Reviews und einem gemeinsamen Innovationsboard machen wir die Anliegen unserer Schlüsselkunden zu unseren eigenen.",
    MOK,
  ),
  mission(
    "de",
    "Wir setzen auf Co-Creation mit unseren Key Accounts: gemeinsame Workshops, Pilotprojekte und ein geteiltes Roadmapping.",
    MOK,
  ),
  goal("de", "Upselling von Premium-Services bei Müller: 5 Zusatzverträge bis 06/2027", S),
  goal("de", "Cross-Selling: Müller bis Ende 2027 drei weitere Produktlinien verkaufen", S),
  goal("de", "Pipeline Müller bis Q2/28 auf 4 Mio. € füllen", S),
  goal("de", "Messeeinladung + Mailing an alle Einkäufer von Müller vor der Interpack", S),
  goal("de", "10 Produktdemos pro Quartal bei Müller", S, OTHER),
  goal("de", "Im Jänner eine Roadshow mit Produktvorstellung durch alle Werke von Müller", S, OTHER),
  goal("de", "Newsletter-Öffnungsrate bei den Müller-Kontakten auf 40 % steigern", S, RATE),
  goal("de", "Anzahl Angebote an Müller: 25 je Halbjahr", S, OTHER),
  goal(
    "de",
    "Gemeinsamen Lenkungsausschuss mit Müller etablieren, tagt 2x jährlich, bis 03/2027",
    NOT_S,
    OTHER,
  ),
  goal(
    "de",
    "QBR-Rhythmus mit Müller einführen (vierteljährliche Business Reviews auf GF-Ebene)",
    NOT_S,
    REL,
  ),
  goal("de", "Technologie-Roadmap 2027–2030 mit der F&E von Müller abstimmen", NOT_S, OTHER),
  goal("de", "Kundenzufriedenheit Müller (NPS) von +20 auf +40 heben", NOT_S, NPS),
  goal(
    "de",
    "Müller beim Hochlauf ihres eigenen neuen Werks in Tschechien begleiten, damit sie dort bis 2028 wachsen können",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY", "GOAL_CONTRADICTS_POSITIONING", "GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal("de", "Offerte für Müller mit 8 % Rabattierung auf das Gesamtpaket", P),
  goal("de", "Preisnachlaesse von 5 % für Müller bei Abnahme über 1 Mio. EUR", P),
  goal("de", "Dem Einkauf von Müller ein Zuckerl geben: Gratis-Schulungen für das ganze Team", P),
  goal("de", "Preise für Müller auf Wettbewerbsniveau angleichen, um den Rahmenvertrag zu halten", P),
  goal("de", "Listenpreise für Müller um 7 % senken", P),
  goal("de", "Naturalrabatt für Müller: bei zehn bestellten Maschinen gibt es die elfte dazu", P),
  goal("de", "Über Müller Komponenten an einen Zigarettenhersteller liefern", P),
  goal("de", "Über Müller die Automatenhallen einer Spielothek-Kette ausstatten", P),
  goal("de", "Über Müller Steuerungen an einen Panzerbauer liefern", P),
  goal(
    "de",
    "Angesichts der angespannten Budgetlage bei Müller empfiehlt es sich, im Zuge der Vertragsverlängerung eine gestaffelte Konditionsverbesserung von bis zu 6 % in Aussicht zu stellen, um die Wechselbereitschaft zu dämpfen.",
    P,
  ),
  goal(
    "de",
    "TCO für Müller über 5 Jahre um 12 % senken – durch Energie- und Wartungsoptimierung",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Preisgespräch mit Müller wertbasiert führen: Preisanpassung +3 % mit Nutzennachweis",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Keine Rabatte, sondern Mehrwert: Müller ein Schulungsprogramm für die Instandhaltung anbieten",
    NOT_P,
    OTHER,
  ),
  goal("de", "Ausschussquote von Müller mit unserer Prozessberatung um 30 % reduzieren", NOT_P, OTHER),
  goal("de", "Den Rabattdruck von Müller abwehren und unser Preisniveau halten", NOT_P, OTHER),
  goal(
    "de",
    "Vor dem Hintergrund der Konsolidierung im Lebensmittelhandel und des zunehmenden Kostendrucks bei Müller sollten wir gemeinsam mit dem Einkauf ein Programm aufsetzen, das über die nächsten 18 Monate die Gesamtbetriebskosten der Anlagen spürbar senkt, ohne dass wir dafür in einen Preiswettbewerb eintreten.",
    NOT_P,
    OTHER,
  ),
  goal(
    "de",
    "Strategische Partnerschaft Müller: Umsatz +15 % p.a.",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 0.15, unit: "%" },
  ),
  goal(
    "de",
    "Kundenbindung Müller staerken – Zielwert 250.000 EUR",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"], unsure: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "retention", target: 250_000, unit: "EUR" },
  ),
  goal(
    "de",
    "Müller bis Ende 2027 als Referenzkunden für unsere Medizintechnik gewinnen",
    { not: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "de",
    "Wiederbestellquote von Müller bei 92 % halten",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 0.92, unit: "%" },
  ),
  goal("de", "Umsatz Müller +12 % bis Q4/27", {}),
  goal(
    "de",
    "DB-Marge Müller von 27 auf 31 % bis 30.06.2028",
    {},
    { metric: "grossMargin", baseline: 0.27, target: 0.31 },
  ),
  goal("de", "Umsatz mit Müller per Ende GJ 27/28 auf 2,4 Mio. EUR ausbauen", {}, { target: 2_400_000 }),
  goal(
    "de",
    "Share of Wallet bei Müller von 33 % auf 45 % (Geschäftsjahr 2027/28)",
    {},
    { metric: "shareOfWallet", baseline: 0.33, target: 0.45 },
  ),
  goal("de", "Mehrumsatz von € 500.000,– mit Müller im Servicegeschäft bis KW 26/2028", {}),
  goalSet("de", [
    {
      account: "M-100",
      text: "Lenkungskreis mit Müller etablieren und Zufriedenheit auf 4,5 von 5 heben",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-101",
      text: "Lenkungskreis mit Hanse etablieren und Zufriedenheit auf 4,5 von 5 heben",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-103",
      text: "Lenkungskreis mit Steiner etablieren, Zufriedenheit auf 4,5 von 5 heben",
      copy: true,
      spec: OTHER,
    },
    {
      account: "M-102",
      text: "Mit Brandt Kliniken ein gemeinsames Hygienekonzept für die OP-Säle entwickeln",
      copy: false,
      spec: OTHER,
    },
  ]),

  // ── English ────────────────────────────────────────────────────────────────────────────────
  vision("en", "#1 supplier at every top-10 account by 2030, measured by share of wallet.", { must: M }),
  vision("en", "Double our DACH market share, with key accounts as the lever.", { must: M, unsure: NC }),
  vision("en", "Outpace every competitor in food processing equipment.", { must: [...M, ...NC] }),
  vision("en", "To be the partner our key accounts across the UK trust with their trickiest projects.", {
    not: VOK,
  }),
  vision("en", "Our key acounts should experiance us as the partner they cant do without.", { not: VOK }),
  vision("en", "Trusted advisor to our key accounts through every stage of their digital journey.", {
    not: VOK,
  }),
  vision(
    "en",
    "Our aspiration is that decision-makers at our key accounts think of us first whenever a new challenge arises, because we understand their business like few others do.",
    { not: VOK },
  ),
  vision("en", "By 2030, capture a quarter of every key account's spend in our category.", { must: M }),
  vision("en", "A billion-dollar business by 2031, powered by our key accounts.", { must: M }),
  vision("en", "Engineering excellence, precision and heritage since 1898.", { must: NC, not: M }),
  vision("en", "Shaping tomorrow's food supply together with our key accounts.", { not: VOK }),
  vision("en", "Become number one in the Midwest by revenue and customer count.", { must: M, unsure: NC }),
  vision(
    "en",
    "Ten years from now, every key account of ours should say they would not have come this far without us.",
    { not: VOK },
  ),
  vision("en", "We want our key accounts to run more profitably with us than with any other supplier.", {
    not: VOK,
  }),
  mission(
    "en",
    "• 2 customer visits/week • chase quotes within 48h • CRM hygiene every Friday • forecast call on Mondays",
    AL,
  ),
  mission("en", "Fill the pipeline, qualify leads, close deals — every single month.", AL),
  mission(
    "en",
    "Land and expand: get a foot in the door with one product line, then upsell the rest of the catalogue at every renewal.",
    AL,
  ),
  mission("en", "We give our best for our customers every single day.", NH),
  mission("en", "Quality, reliabilty and passion — thats what we stand for.", NH),
  mission(
    "en",
    "We anchor ourselves in our key accounts' decision-making by setting up joint steering committees and aligning their roadmap with ours.",
    MOK,
  ),
  mission(
    "en",
    "We realise the vision by forming, for each key account, a cross-functional team of sales, engineering and service that knows the customer's value chain and unlocks improvements together with them.",
    MOK,
  ),
  mission(
    "en",
    "With a quarterly business review cadence and a joint innovation board we make our key accounts' concerns our own.",
    MOK,
  ),
  mission(
    "en",
    "We co-create with our key accounts: joint workshops, pilot projects and shared roadmapping.",
    MOK,
  ),
  goal("en", "Upsell premium services at Granite Ridge: 5 add-on contracts by 06/2027", S),
  goal("en", "Land and expand at Granite Ridge — sell 3 more product lines by end of 2027", S),
  goal("en", "Build the Granite Ridge pipeline to $4M by Q2 FY28", S),
  goal("en", "Trade-show invite + mailer to all Granite Ridge buyers ahead of Pack Expo", S),
  goal("en", "10 product demos per quarter at Granite Ridge", S, OTHER),
  goal("en", "Roadshow with product launches through every Granite Ridge plant in January", S, OTHER),
  goal("en", "Lift the newsletter open rate among Granite Ridge contacts to 40%", S, RATE),
  goal("en", "Number of quotes to Granite Ridge: 25 per half-year", S, OTHER),
  goal(
    "en",
    "Set up a joint steering committee with Granite Ridge, meeting twice a year, by 03/2027",
    NOT_S,
    OTHER,
  ),
  goal(
    "en",
    "Introduce a QBR cadence with Granite Ridge (quarterly business reviews at exec level)",
    NOT_S,
    REL,
  ),
  goal("en", "Align a 2027–2030 technology roadmap with Granite Ridge's R&D", NOT_S, OTHER),
  goal("en", "Raise Granite Ridge's NPS from +20 to +40", NOT_S, NPS),
  goal(
    "en",
    "Support Granite Ridge in ramping up their own new plant in Mexico so they can grow there by 2028",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY", "GOAL_CONTRADICTS_POSITIONING", "GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal("en", "Knock 8% off the whole package in the Granite Ridge proposal", P),
  goal("en", "Volume rebate of 5% for Granite Ridge on orders above $1M", P),
  goal("en", "Throw in free training for the whole Granite Ridge team as a sweetener", P),
  goal("en", "Price-match the competitor to keep Granite Ridge's framework agreement", P),
  goal("en", "Cut list prices for Granite Ridge by 7%", P),
  goal("en", "Buy ten machines, get the eleventh thrown in — for Granite Ridge", P),
  goal("en", "Supply components to a cigarette manufacturer through Granite Ridge", P),
  goal("en", "Fit out a chain of slot-machine arcades via Granite Ridge", P),
  goal("en", "Deliver control units to a tank builder via Granite Ridge", P),
  goal(
    "en",
    "In light of Granite Ridge's tight budget, it would be advisable to hold out the prospect of staggered improvements in terms of up to 6% as part of the renewal, so as to dampen their willingness to switch.",
    P,
  ),
  goal(
    "en",
    "Lower Granite Ridge's 5-year TCO by 12% through energy and maintenance optimisation",
    NOT_P,
    OTHER,
  ),
  goal("en", "Value-based price review with Granite Ridge: +3% backed by documented savings", NOT_P, OTHER),
  goal(
    "en",
    "No discounts — add value instead: offer Granite Ridge a maintenance training programme",
    NOT_P,
    OTHER,
  ),
  goal("en", "Cut Granite Ridge's scrap rate by 30% with our process consulting", NOT_P, OTHER),
  goal("en", "Fend off Granite Ridge's pressure for discounts and hold our price level", NOT_P, OTHER),
  goal(
    "en",
    "Given the consolidation in grocery retail and mounting cost pressure at Granite Ridge, we should set up a programme with their procurement team that noticeably lowers the total cost of ownership of their lines over the next 18 months, without entering a price war.",
    NOT_P,
    OTHER,
  ),
  goal(
    "en",
    "Strategic partnership Granite Ridge: revenue +15% p.a.",
    { must: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "other", target: 0.15, unit: "%" },
  ),
  goal(
    "en",
    "Strengthen customer loyalty at Granite Ridge — target value $250,000",
    { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"], unsure: ["GOAL_KIND_MISMATCH"] },
    { kind: "strategic", metric: "retention", target: 250_000, unit: "USD" },
  ),
  goal(
    "en",
    "Win Granite Ridge as a reference customer for our medical technology by end of 2027",
    { not: ["GOAL_KIND_MISMATCH"] },
    OTHER,
  ),
  goal(
    "en",
    "Hold Granite Ridge's reorder rate at 92%",
    { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] },
    { kind: "strategic", metric: "retention", target: 0.92, unit: "%" },
  ),
  goal("en", "Granite Ridge revenue +12% by Q4 FY27", {}),
  goal(
    "en",
    "GM Granite Ridge from 27% to 31% by 6/30/2028",
    {},
    { metric: "grossMargin", baseline: 0.27, target: 0.31 },
  ),
  goal("en", "Grow Granite Ridge to $2.4M in revenue by year-end FY 27/28", {}, { target: 2_400_000 }),
  goal(
    "en",
    "Share of wallet at Granite Ridge 33% → 45% (FY 2027/28)",
    {},
    { metric: "shareOfWallet", baseline: 0.33, target: 0.45 },
  ),
  goal("en", "$500k incremental service revenue with Granite Ridge by Dec 31, 2027", {}),
  goalSet("en", [
    {
      account: "A-200",
      text: "Set up a steering group with Granite Ridge and lift satisfaction to 4.5 out of 5",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-201",
      text: "Set up a steering group with Bayline and lift satisfaction to 4.5 out of 5",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-203",
      text: "Set up a steering group with Northwind, lift satisfaction to 4.5 out of 5",
      copy: true,
      spec: OTHER,
    },
    {
      account: "A-202",
      text: "Develop a joint store-refit concept with Crestview for their flagship locations",
      copy: false,
      spec: OTHER,
    },
  ]),
];
