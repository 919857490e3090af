// Sixth held-out set: written after the fourth round of tuning, before measuring, in voices the
// earlier sets lack — a sales director's slides, procurement, SaaS (ARR, NRR, seats, renewals,
// QBRs), pharma and medtech (tenders, KOLs), retail and FMCG (listings, WKZ, Jahresgespräche),
// logistics (lanes, rate cards) and the public sector (Rahmenvertrag, Ausschreibung).

import { builders, type CorpusEntry } from "./types";

const { vision, mission, goal, goalSet } = builders("heldout6", "h6");

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
const AMR = { must: ["GOAL_AMOUNT_NOT_A_RATE"], not: ["GOAL_VALUE_OUT_OF_RANGE"] } as const;
const OOR = { must: ["GOAL_VALUE_OUT_OF_RANGE"], not: ["GOAL_AMOUNT_NOT_A_RATE"] } as const;
const RATE_OK = { not: ["GOAL_AMOUNT_NOT_A_RATE", "GOAL_VALUE_OUT_OF_RANGE"] } as const;

const other = (account: string, target = 1, unit = "count") =>
  ({ kind: "strategic", metric: "other", target, unit, account }) as const;
const rate = (account: string, target: number) =>
  ({ kind: "strategic", metric: "other", target, unit: "%", account }) as const;

// Marketing that also excludes coal and adult entertainment (and weapons by that word).
const EXCL_DE = {
  excluded: ["Rüstungsindustrie", "Glücksspiel", "Tabak", "Kohle", "Erwachsenenunterhaltung", "Waffen"],
} as const;
const EXCL_EN = {
  excluded: ["Defence", "Gambling", "Tobacco", "Coal", "Adult entertainment", "Weapons"],
} as const;

export const HELDOUT6: readonly CorpusEntry[] = [
  // ── German ─────────────────────────────────────────────────────────────────────────────────
  vision("de", "Share of Wallet bei den Top-10-Accounts auf 40 % – das ist unser Nordstern.", {
    must: M,
    unsure: NC,
  }),
  vision("de", "Marktführer im deutschsprachigen Klinikmarkt, gemessen an installierten Systemen.", {
    must: M,
    unsure: NC,
  }),
  vision("de", "Bei jedem Schlüsselkunden doppelt so viel Regalfläche wie der nächste Wettbewerber.", {
    must: M,
  }),
  vision(
    "de",
    "Unsere Key Accounts sollen ihre Lieferketten mit uns so verlässlich planen können wie ihre eigene Produktion.",
    { not: VOK },
  ),
  vision(
    "de",
    "Für die Kliniken, mit denen wir arbeiten, wollen wir der Partner sein, dem Pflege und Einkauf gleichermaßen vertrauen.",
    { not: VOK },
  ),
  vision("de", "Wir wollen das innovativste Softwarehaus Europas werden.", { must: NC, not: M }),
  vision("de", "Jeder Händler, der mit uns arbeitet, soll seine Kategorie besser verstehen als vorher.", {
    not: VOK,
  }),
  vision(
    "de",
    "Bis 2032 soll jeder dritte Euro, den unsere Schlüsselkunden für Logistik ausgeben, bei uns landen.",
    { must: M },
  ),
  vision("de", "Der wiederkehrende Umsatz aus unseren Key Accounts soll sich bis 2030 verdreifachen.", {
    must: M,
  }),
  vision(
    "de",
    "Für Behörden und Kommunen, die mit uns arbeiten, sind wir der Partner, der Beschaffung einfach und nachvollziehbar macht.",
    { not: VOK },
  ),
  mission(
    "de",
    "QBR je Account pro Quartal, Renewal-Pipeline wöchentlich prüfen, Upsell-Chancen im CRM pflegen.",
    AL,
  ),
  mission(
    "de",
    "Ausschreibungsportale täglich sichten, Angebote fristgerecht einreichen, nach 14 Tagen nachfassen.",
    AL,
  ),
  mission("de", "Wir sind ein starkes Team mit viel Erfahrung.", NH),
  mission(
    "de",
    "Wir begleiten jede Einführung mit einem eigenen Customer-Success-Team, das Nutzung und Mehrwert gemeinsam mit den Anwendern misst.",
    MOK,
  ),
  mission(
    "de",
    "Indem wir mit den Kategoriemanagern unserer Handelspartner Sortimente und Regalpläne gemeinsam entwickeln, machen wir ihr Geschäft planbarer.",
    MOK,
  ),
  mission("de", "Qualität, Vertrauen, Leidenschaft.", NH),
  mission(
    "de",
    "Über feste Schnittstellen zwischen unserer Disposition und den Lagern unserer Kunden verkürzen wir ihre Durchlaufzeiten.",
    MOK,
  ),
  mission(
    "de",
    "Montags die Anrufliste abarbeiten, donnerstags Besuchsberichte ins CRM, monatlich der Forecast.",
    AL,
  ),
  goal(
    "de",
    "20 Demo-Calls pro Monat mit den Disponenten von Hanse zu unserem neuen Routing-Modul",
    S,
    other("M-101"),
  ),
  goal("de", "Bei Müller bis Q4 von 120 auf 200 Seats hochverkaufen", S, other("M-100")),
  goal("de", "Drei Aktionsplatzierungen pro Quartal bei Steiner durchsetzen", S, other("M-103")),
  goal("de", "Monatlicher Newsletter an alle Apothekeneinkäufer von Brandt", S, other("M-102")),
  goal(
    "de",
    "50 Ansprechpartner von Hanse an unseren Messestand auf der LogiMAT einladen",
    S,
    other("M-101"),
  ),
  goal("de", "Cross-Selling-Quote bei Müller: Zusatzmodule in 30 % der Bestellungen", S, rate("M-100", 0.3)),
  goal("de", "An jeder Ausschreibung von Brandt teilnehmen – Gewinnquote 60 %", S, rate("M-102", 0.6)),
  goal(
    "de",
    "Pro Woche fünf Erstgespräche mit neuen Fachabteilungen bei Müller terminieren",
    S,
    other("M-100"),
  ),
  goal(
    "de",
    "Gemeinsam mit Hanse die Tourenplanung auf der Relation Hamburg–München bis 2027 neu aufsetzen",
    NOT_S,
    other("M-101"),
  ),
  goal(
    "de",
    "Aktive Nutzung unserer Plattform bei Müller auf 80 % der Lizenzen steigern",
    NOT_S,
    rate("M-100", 0.8),
  ),
  goal(
    "de",
    "Vierteljährliche Business Reviews mit der Geschäftsführung von Steiner etablieren",
    NOT_S,
    other("M-103"),
  ),
  goal(
    "de",
    "Mit den leitenden Oberärzten von Brandt einen Fachbeirat für Therapiestandards gründen",
    NOT_S,
    other("M-102"),
  ),
  goal("de", "Verlängerungsquote bei Müller über 95 % halten", NOT_S, {
    kind: "strategic",
    metric: "retention",
    target: 0.95,
    unit: "%",
  }),
  goal(
    "de",
    "Jahresgespräch 2027 mit Steiner auf Basis gemeinsamer Category-Ziele vorbereiten",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY", "GOAL_CONTRADICTS_POSITIONING"] },
    other("M-103"),
  ),
  goal(
    "de",
    "Steiner für die Listung der neuen Produktlinie ein Listungsgeld von 40.000 € zahlen",
    P,
    other("M-103"),
  ),
  goal("de", "Steiner 2 % WKZ auf den Jahresumsatz zusagen", P, other("M-103")),
  goal(
    "de",
    "In der Ausschreibung von Brandt 12 % unter Listenpreis anbieten, um den Rahmenvertrag zu sichern",
    P,
    other("M-102"),
  ),
  goal(
    "de",
    "Hanse auf den Skandinavien-Relationen eine Frachtrate unter Marktniveau einräumen",
    P,
    other("M-101"),
  ),
  goal("de", "Müller die Lizenzgebühren für die ersten drei Monate erlassen", P, other("M-100")),
  goal("de", "Müller Zusatzlizenzen gratis dazugeben, damit sie verlängern", P, other("M-100")),
  goal("de", "Über Müller die Zigarettenmaschinen eines Tabakkonzerns warten", P, other("M-100")),
  goal("de", "Steuerungstechnik an einen Munitionshersteller liefern", P, other("M-100")),
  goal("de", "Kassensysteme für eine Casinokette über Hanse ausrollen", P, other("M-101")),
  goal("de", "Fördertechnik für den Braunkohletagebau eines Partners von Müller liefern", P, other("M-100"), {
    marketing: EXCL_DE,
  }),
  goal("de", "Streaming-Infrastruktur für ein Erotikportal über Hanse bereitstellen", P, other("M-101"), {
    marketing: EXCL_DE,
  }),
  goal("de", "Kesselanlagen an ein Steinkohlekraftwerk liefern", P, other("M-100"), { marketing: EXCL_DE }),
  goal("de", "Jahresgespräch mit Steiner: Konditionen halten, keine zusätzlichen WKZ", NOT_P, other("M-103")),
  goal("de", "Rahmenvertrag mit Brandt ohne Preisnachlass um drei Jahre verlängern", NOT_P, other("M-102")),
  goal(
    "de",
    "Steiner beim Ausstieg aus dem Tabaksortiment mit neuen Konzepten für die Kassenzone unterstützen",
    NOT_P,
    other("M-103"),
  ),
  goal(
    "de",
    "Hanse helfen, den Kohlendioxid-Ausstoß ihrer Flotte um 30 % zu senken",
    NOT_P,
    rate("M-101", 0.3),
    { marketing: EXCL_DE },
  ),
  goal("de", "Preiserhöhung von 4 % bei Müller im Jahresgespräch durchsetzen", NOT_P, rate("M-100", 0.04)),
  goal("de", "Staffelrabatte für Müller abschaffen und durch Servicepakete ersetzen", NOT_P, other("M-100")),
  goal(
    "de",
    "Steiner beim Anlauf der neuen Waffelproduktion mit unserer Kühltechnik begleiten",
    NOT_P,
    other("M-103"),
    { marketing: EXCL_DE },
  ),
  goal("de", "Brandt beim Aufbau einer Ambulanz für Spielsüchtige unterstützen", NOT_P, other("M-102")),
  goal(
    "de",
    "Strategischer Partner von Brandt werden: Deckungsbeitrag je Klinik +10 %",
    KM,
    rate("M-102", 0.1),
  ),
  goal("de", "Net Revenue Retention bei Müller auf 115 % heben", KM, rate("M-100", 1.15)),
  goal(
    "de",
    "Beziehung zu Hanse vertiefen, sodass der Rohertrag auf den Relationen um 300.000 € wächst",
    KM,
    other("M-101"),
  ),
  goal("de", "Brandt als Referenzklinik für unser Hygienekonzept gewinnen", NOT_KM, other("M-102")),
  goal("de", "Netzwerk meinungsbildender Chefärzte bei Brandt auf fünf ausbauen", NOT_KM, other("M-102", 5)),
  goal("de", "Kundenzufriedenheit Steiner – Zielwert 80.000 €", AMR, {
    kind: "strategic",
    metric: "relationship",
    target: 80_000,
    unit: "EUR",
    account: "M-103",
  }),
  goal("de", "Verlängerungsrate bei Müller: 1,2 Mio. € wiederkehrenden Umsatz sichern", AMR, {
    kind: "strategic",
    metric: "retention",
    target: 1_200_000,
    unit: "EUR",
  }),
  goal("de", "Kundenbindung bei Steiner auf 97 % halten", RATE_OK, {
    kind: "strategic",
    metric: "retention",
    target: 0.97,
    unit: "%",
    account: "M-103",
  }),
  goal("de", "Kundenbindungsquote Müller auf 110 %", OOR, {
    kind: "strategic",
    metric: "retention",
    target: 1.1,
    unit: "%",
  }),
  goal("de", "Wiederkehrenden Umsatz mit Müller bis Mitte 2028 auf 2,5 Mio. € ausbauen", {}),
  goal(
    "de",
    "Share of Wallet bei Müller von 33 % auf 50 %",
    {},
    { metric: "shareOfWallet", baseline: 0.33, target: 0.5 },
  ),
  goal("de", "Umsatz Müller GJ 2028: 2,5 Mio. € (Basis 2,0 Mio. €)", {}, { baseline: 2_000_000 }),
  goalSet("de", [
    {
      account: "M-100",
      text: "Müller: QBR-Format mit Nutzungsreport und Roadmap-Ausblick einführen",
      copy: true,
      spec: other("M-100"),
    },
    {
      account: "M-101",
      text: "Hanse – QBR-Format mit Nutzungsreport und Roadmap-Ausblick einführen",
      copy: true,
      spec: other("M-101"),
    },
    {
      account: "M-103",
      text: "QBR-Format mit Nutzungsreport und Roadmap-Ausblick bei Steiner einführen",
      copy: true,
      spec: other("M-103"),
    },
    {
      account: "M-102",
      text: "Brandt: Nutzungsreport für die Sterilgutlogistik mit der Pflegedirektion abstimmen",
      copy: false,
      spec: other("M-102"),
    },
  ]),

  // ── English ────────────────────────────────────────────────────────────────────────────────
  vision("en", "NRR of 120% across our top-20 logos — that's the bar.", { must: M, unsure: NC }),
  vision("en", "Number one supplier by listed SKUs in every key account's planogram.", { must: M }),
  vision("en", "The leading medtech vendor in US hospital networks, measured by installed base.", {
    must: M,
    unsure: NC,
  }),
  vision(
    "en",
    "Our key accounts' supply chains should run on our lanes as naturally as on their own trucks.",
    { not: VOK },
  ),
  vision(
    "en",
    "Clinicians at the hospitals we serve should find our devices the easiest part of their day.",
    { not: VOK },
  ),
  vision("en", "Become the most admired SaaS company in Europe.", { must: NC, not: M }),
  vision("en", "Every retailer we work with should know its shoppers better because of us.", { not: VOK }),
  vision("en", "By 2032 we want every third freight dollar our key accounts spend.", { must: M }),
  vision("en", "Double our wallet share with each strategic customer within five years.", { must: M }),
  vision(
    "en",
    "For the agencies and municipalities we serve, the partner that makes procurement simple and transparent.",
    { not: VOK },
  ),
  mission(
    "en",
    "QBR every quarter, renewal call at T-90, an upsell play in every account plan, CRM updated by Friday.",
    AL,
  ),
  mission(
    "en",
    "Scan the tender portals daily, submit every bid on time, chase the evaluators after two weeks.",
    AL,
  ),
  mission("en", "We are passionate, experienced and customer-obsessed.", NH),
  mission(
    "en",
    "A dedicated customer success manager sits with each account's users and measures with them what our platform changes in their daily work.",
    MOK,
  ),
  mission(
    "en",
    "We build assortments and shelf plans together with our retail partners' category managers so their planning gets easier.",
    MOK,
  ),
  mission("en", "Integrity. Excellence. Teamwork.", NH),
  mission(
    "en",
    "Shared dispatch interfaces between our control tower and our customers' warehouses cut their lead times.",
    MOK,
  ),
  mission(
    "en",
    "Work the call list on Mondays, log visit reports on Thursdays, send the forecast monthly.",
    AL,
  ),
  goal(
    "en",
    "25 demo calls a month with Northwind's dispatch teams on the new routing module",
    S,
    other("A-203"),
  ),
  goal("en", "Upsell Granite Ridge from 120 to 200 seats by Q4", S, other("A-200")),
  goal("en", "Secure three promotional end-cap placements per quarter at Crestview", S, other("A-202")),
  goal("en", "Monthly newsletter to every Bayline pharmacy buyer", S, other("A-201")),
  goal("en", "Invite 50 Northwind contacts to our booth at the logistics trade show", S, other("A-203")),
  goal("en", "Attach rate for add-on modules at Granite Ridge: 30% of orders", S, rate("A-200", 0.3)),
  goal("en", "Bid on every Bayline tender — win rate 60%", S, rate("A-201", 0.6)),
  goal("en", "Book five first meetings a week with new departments at Granite Ridge", S, other("A-200")),
  goal(
    "en",
    "Redesign the Chicago–Dallas lane network together with Northwind by 2027",
    NOT_S,
    other("A-203"),
  ),
  goal(
    "en",
    "Raise active-user adoption of our platform at Granite Ridge to 80% of licences",
    NOT_S,
    rate("A-200", 0.8),
  ),
  goal("en", "Set up quarterly business reviews with Crestview's executive team", NOT_S, other("A-202")),
  goal(
    "en",
    "Found a clinical advisory board on treatment standards with Bayline's lead physicians",
    NOT_S,
    other("A-201"),
  ),
  goal("en", "Keep the renewal rate at Granite Ridge above 95%", NOT_S, {
    kind: "strategic",
    metric: "retention",
    target: 0.95,
    unit: "%",
  }),
  goal(
    "en",
    "Prepare the 2027 joint business plan with Crestview around shared category targets",
    { not: ["GOAL_SALES_OR_MARKETING_ACTIVITY", "GOAL_CONTRADICTS_POSITIONING"] },
    other("A-202"),
  ),
  goal("en", "Pay Crestview a $40k slotting fee to list the new range", P, other("A-202")),
  goal("en", "Commit co-op funds of 2% of Crestview's annual purchases", P, other("A-202")),
  goal("en", "Bid 12% below list in Bayline's tender to lock in the framework agreement", P, other("A-201")),
  goal("en", "Give Northwind a freight rate below market on the Scandinavia lanes", P, other("A-203")),
  goal("en", "Waive Granite Ridge's licence fees for the first three months", P, other("A-200")),
  goal("en", "Throw in extra seats for free so Granite Ridge renews", P, other("A-200")),
  goal("en", "Service a tobacco group's cigarette-making machines through Granite Ridge", P, other("A-200")),
  goal("en", "Ship control units to an ammunition maker", P, other("A-200")),
  goal("en", "Roll out point-of-sale systems for a casino chain via Northwind", P, other("A-203")),
  goal(
    "en",
    "Supply conveyor technology for a lignite mine run by a Granite Ridge affiliate",
    P,
    other("A-200"),
    {
      marketing: EXCL_EN,
    },
  ),
  goal(
    "en",
    "Provide streaming infrastructure for an adult content platform via Northwind",
    P,
    other("A-203"),
    {
      marketing: EXCL_EN,
    },
  ),
  goal("en", "Supply boilers to a coal-fired power station", P, other("A-200"), { marketing: EXCL_EN }),
  goal("en", "Annual review with Crestview: hold terms, no extra co-op funds", NOT_P, other("A-202")),
  goal(
    "en",
    "Renew the Bayline framework agreement for three years without a price reduction",
    NOT_P,
    other("A-201"),
  ),
  goal(
    "en",
    "Help Crestview phase tobacco out of its checkout zones with alternative displays",
    NOT_P,
    other("A-202"),
  ),
  goal("en", "Help Northwind cut its fleet's carbon dioxide emissions by 30%", NOT_P, rate("A-203", 0.3), {
    marketing: EXCL_EN,
  }),
  goal(
    "en",
    "Push through a 4% price increase at Granite Ridge in the annual negotiation",
    NOT_P,
    rate("A-200", 0.04),
  ),
  goal("en", "Replace Granite Ridge's volume discounts with service packages", NOT_P, other("A-200")),
  goal("en", "Help Bayline set up an outpatient clinic for gambling addiction", NOT_P, other("A-201")),
  goal(
    "en",
    "Support Granite Ridge's new waffle line with our refrigeration from the first batch",
    NOT_P,
    other("A-200"),
    { marketing: EXCL_EN },
  ),
  goal(
    "en",
    "Become Bayline's strategic partner: contribution margin per hospital +10%",
    KM,
    rate("A-201", 0.1),
  ),
  goal("en", "Lift net revenue retention at Granite Ridge to 115%", KM, rate("A-200", 1.15)),
  goal(
    "en",
    "Deepen the relationship with Northwind so lane gross profit grows by $300k",
    KM,
    other("A-203"),
  ),
  goal("en", "Win Bayline as a reference site for our infection-control concept", NOT_KM, other("A-201")),
  goal("en", "Grow our KOL network at Bayline to five department heads", NOT_KM, other("A-201", 5)),
  goal("en", "Customer satisfaction at Crestview — target $80k", AMR, {
    kind: "strategic",
    metric: "relationship",
    target: 80_000,
    unit: "USD",
    account: "A-202",
  }),
  goal("en", "Renewal rate Granite Ridge: secure $1.2M of ARR", AMR, {
    kind: "strategic",
    metric: "retention",
    target: 1_200_000,
    unit: "USD",
  }),
  goal("en", "Hold customer retention at Crestview at 97%", RATE_OK, {
    kind: "strategic",
    metric: "retention",
    target: 0.97,
    unit: "%",
    account: "A-202",
  }),
  goal("en", "Customer retention rate Granite Ridge to 110%", OOR, {
    kind: "strategic",
    metric: "retention",
    target: 1.1,
    unit: "%",
  }),
  goal("en", "Grow ARR with Granite Ridge to $2.5M by mid-2028", {}),
  goal(
    "en",
    "Share of wallet at Granite Ridge from 33% to 50%",
    {},
    { metric: "shareOfWallet", baseline: 0.33, target: 0.5 },
  ),
  goal("en", "Revenue Granite Ridge FY28: $2.5M (base $2.0M)", {}, { baseline: 2_000_000 }),
  goalSet("en", [
    {
      account: "A-200",
      text: "Granite Ridge: introduce a QBR format with usage report and roadmap outlook",
      copy: true,
      spec: other("A-200"),
    },
    {
      account: "A-201",
      text: "Bayline — introduce a QBR format with usage report and roadmap outlook",
      copy: true,
      spec: other("A-201"),
    },
    {
      account: "A-203",
      text: "Introduce a QBR format with usage report and roadmap outlook at Northwind",
      copy: true,
      spec: other("A-203"),
    },
    {
      account: "A-202",
      text: "Crestview: agree the usage report for store replenishment with their operations director",
      copy: false,
      spec: other("A-202"),
    },
  ]),
];
