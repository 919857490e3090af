import type { AccountField } from "../../src/domain/account";
import {
  headerPeriodRank,
  headerScaleMax,
  headerUnit,
  headerYear,
  isPartialPeriod,
  matchHeader,
  normaliseHeader,
  scoreHeader,
} from "../../src/workbook/headers";

const HEADERS: [string, AccountField][] = [
  // German
  ["Kunden-ID", "id"],
  ["Kundennr.", "id"],
  ["Kundennummer", "id"],
  ["Debitor", "id"],
  ["Debitoren-Nr.", "id"],
  ["Nr.", "id"],
  ["Kundenname", "name"],
  ["Kunde", "name"],
  ["Firma", "name"],
  ["Unternehmen", "name"],
  ["Branche", "industry"],
  ["Industrie", "industry"],
  ["Sektor", "industry"],
  ["Region", "region"],
  ["Gebiet", "region"],
  ["Land", "region"],
  ["Vertriebsgebiet", "region"],
  ["Umsatz 2025 (€)", "revenue"],
  ["Umsatz Vorjahr", "revenue"],
  ["Vorjahresumsatz", "revenue"],
  ["Umsatz lfd. Jahr in TEUR", "revenue"],
  ["Jahresumsatz (T€)", "revenue"],
  ["Nettoumsatz", "revenue"],
  ["Umsatzpotenzial", "potential"],
  ["Umsatz-Potenzial 2026", "potential"],
  ["Potenzial", "potential"],
  ["Potenzial Umsatz", "potential"],
  ["Bruttomarge (%)", "grossMargin"],
  ["Account #", "id"],
  ["Total Spend", "potential"],
  ["DB in %", "grossMargin"],
  ["Bruttogewinnmarge", "grossMargin"],
  ["Deckungsbeitrag I (%)", "grossMargin"],
  ["Rohertrag %", "grossMargin"],
  ["Marge", "grossMargin"],
  ["Marge in %", "grossMargin"],
  ["DB-Marge", "grossMargin"],
  ["Rentabilität", "profitability"],
  ["Umsatzrendite", "profitability"],
  ["EBIT-Marge", "profitability"],
  ["Beziehung (1-5)", "relationship"],
  ["Beziehungsstärke", "relationship"],
  ["Abwanderungsrisiko", "churnRisk"],
  ["Kündigungsrisiko", "churnRisk"],
  ["Risiko", "churnRisk"],
  ["Kunde seit", "customerSince"],
  ["Geschäftsbeziehung seit", "customerSince"],
  ["KAM", "owner"],
  ["Key Account Manager", "owner"],
  ["Verantwortlich", "owner"],
  ["Betreuer", "owner"],
  ["Kundenbetreuer", "owner"],
  ["Belieferte Bereiche", "businessAreas"],
  ["Geschäftsbereiche", "businessAreas"],
  ["Sparten", "businessAreas"],
  ["Anzahl Geschäftsbereiche", "businessAreas"],
  // English
  ["Account ID", "id"],
  ["Customer ID", "id"],
  ["ID", "id"],
  ["Customer No.", "id"],
  ["Account name", "name"],
  ["Account", "name"],
  ["Customer", "name"],
  ["Company", "name"],
  ["Industry", "industry"],
  ["Sector", "industry"],
  ["Vertical", "industry"],
  ["Territory", "region"],
  ["Country", "region"],
  ["Sales region", "region"],
  ["Revenue (last FY)", "revenue"],
  ["Revenue FY2025 (USD)", "revenue"],
  ["Annual revenue", "revenue"],
  ["Sales", "revenue"],
  ["Turnover", "revenue"],
  ["Revenue potential", "potential"],
  ["Wallet size", "potential"],
  ["Wallet size (USD m)", "potential"],
  ["Gross margin", "grossMargin"],
  ["GM %", "grossMargin"],
  ["Gross profit margin", "grossMargin"],
  ["Profitability", "profitability"],
  ["Net margin", "profitability"],
  ["EBIT margin", "profitability"],
  ["Relationship strength", "relationship"],
  ["Relationship", "relationship"],
  ["Churn risk", "churnRisk"],
  ["Risk of churn", "churnRisk"],
  ["Customer since", "customerSince"],
  ["Account since", "customerSince"],
  ["Relationship since", "customerSince"],
  ["Owner", "owner"],
  ["Account manager", "owner"],
  ["Key account manager", "owner"],
  ["Relationship manager", "owner"],
  ["Business areas served", "businessAreas"],
  ["Business areas", "businessAreas"],
  ["Divisions", "businessAreas"],
  // spelling variants
  ["  UMSATZ  ", "revenue"],
  ["KundenName", "name"],
  ["accountName", "name"],
  ["Umsatz_Vorjahr", "revenue"],
  ["Kunden ID", "id"],
  ["Abwanderungs-Risiko", "churnRisk"],
];

describe("matchHeader", () => {
  test.each(HEADERS)("%p → %s", (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  test.each([
    "Bemerkung",
    "Notes",
    "Datum",
    "Kommentar",
    "Umsatzziel 2026",
    "Revenue target",
    "Marktanteil",
    "Share of wallet",
    "Umsatzwachstum",
    "Lfd. Nr.",
    "Telefon",
    "E-Mail",
    "",
    "(€)",
    "2025",
    "Gesamt",
    "Key Accounts – Region DACH – eine sehr lange Überschrift, die eher ein Satz als eine Spaltenüberschrift ist und nicht passt",
  ])("near miss %p → null", (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  test("whole-header matches outrank generic words and stems", () => {
    const exact = scoreHeader("Kunden-ID")!.score;
    const weak = scoreHeader("ID")!.score;
    const stem = scoreHeader("Kundennummer alt")!.score;
    expect(exact).toBeGreaterThan(weak);
    expect(weak).toBeGreaterThan(stem);
  });

  test("language of the matching word", () => {
    expect(scoreHeader("Umsatz")?.language).toBe("de");
    expect(scoreHeader("Revenue")?.language).toBe("en");
    expect(scoreHeader("Region")?.language).toBeNull();
  });
});

describe("normaliseHeader", () => {
  test.each([
    ["Umsatz 2025 (€)", "umsatz"],
    ["Bruttomarge (%)", "bruttomarge"],
    ["Beziehung (1-5)", "beziehung"],
    ["Beziehungsstärke", "beziehungsstaerke"],
    ["Geschäftsbereiche", "geschaeftsbereiche"],
    ["Umsatz in TEUR", "umsatz"],
    ["Revenue (last FY)", "revenue"],
    ["Key-Account-Manager", "keyaccountmanager"],
    ["Straße", "strasse"],
  ])("%p → %p", (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });
});

describe("headerUnit", () => {
  test.each([
    ["Umsatz (T€)", { percent: false, currency: "EUR", scale: 1e3 }],
    ["Umsatz in TEUR", { percent: false, currency: "EUR", scale: 1e3 }],
    ["Umsatz (Mio. €)", { percent: false, currency: "EUR", scale: 1e6 }],
    ["Umsatz 2025 (€)", { percent: false, currency: "EUR", scale: 1 }],
    ["Revenue (USD m)", { percent: false, currency: "USD", scale: 1e6 }],
    ["Revenue ($k)", { percent: false, currency: "USD", scale: 1e3 }],
    ["Umsatz Tsd.", { percent: false, currency: null, scale: 1e3 }],
    ["Bruttomarge (%)", { percent: true, currency: null, scale: 1 }],
    ["Marge in Prozent", { percent: true, currency: null, scale: 1 }],
    ["Umsatz", { percent: false, currency: null, scale: 1 }],
    ["Turnover", { percent: false, currency: null, scale: 1 }],
  ])("%p", (header, unit) => {
    expect(headerUnit(header)).toEqual(unit);
  });

  test("scale and year helpers", () => {
    expect(headerScaleMax("Risiko (1-3)")).toBe(3);
    expect(headerScaleMax("Beziehung (1–5)")).toBe(5);
    expect(headerScaleMax("Risiko")).toBeNull();
    expect(headerYear("Umsatz 2024 vs. 2025")).toBe(2025);
    expect(headerYear("Umsatz")).toBeNull();
  });
});

describe("headers teams write, tried on an Austrian wholesaler's list", () => {
  test.each([
    ["RoS %", "profitability"],
    ["RoI", null],
    ["Zufriedenheit (1-5)", "relationship"],
    ["Customer satisfaction", "relationship"],
    ["umsatzVorjahr", "revenue"],
  ] as const)("%s → %s", (text, field) => {
    expect(scoreHeader(text)?.field ?? null).toBe(field);
  });

  test("the running year is a part of a year; the year before it a full one", () => {
    expect(isPartialPeriod(headerPeriodRank("lfd. Jahr (EUR)"))).toBe(true);
    expect(isPartialPeriod(headerPeriodRank("YTD 2026"))).toBe(true);
    expect(isPartialPeriod(headerPeriodRank("Vj. (EUR)"))).toBe(false);
    expect(isPartialPeriod(headerPeriodRank("2025"))).toBe(false);
    expect(headerPeriodRank("Vj. (EUR)")).toBeGreaterThan(headerPeriodRank("lfd. Jahr (EUR)"));
  });
});
