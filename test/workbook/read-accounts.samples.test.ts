import { readAccounts } from "../../src/workbook/read-accounts";
import { findMarketingSheet, readPositioning } from "../../src/workbook/read-marketing";
import { kundenportfolio, sampleProfiles } from "./sample-grids";

describe("sample Beispiel-Kundenportfolio.xlsx", () => {
  const reading = readAccounts(kundenportfolio());
  const byId = (id: string) => reading.accounts.find((a) => a.id === id)!;

  test("reads the five accounts, skips the totals row and the marketing sheet", () => {
    expect(reading.accounts.map((a) => a.id)).toEqual(["D-01", "D-02", "D-03", "D-04", "D-05"]);
    expect(reading.sheets).toEqual([
      { sheet: "Kundenportfolio", layout: "list", headerRow: 3, accounts: 5 },
      { sheet: "Marketing", layout: "marketing", headerRow: null, accounts: 0 },
    ]);
    // The totals row under the last account needs no note.
    expect(reading.findings).toEqual([]);
  });

  test("D-01: numbers, % format, list of business areas", () => {
    expect(byId("D-01")).toEqual({
      id: "D-01",
      name: "Kessler Verpackungen GmbH",
      industry: "Verpackung",
      region: null,
      revenue: 1850000,
      potential: 5200000,
      grossMargin: 0.29,
      profitability: null,
      relationship: 4,
      churnRisk: "low",
      customerSince: null,
      owner: "Anna Berg",
      businessAreas: ["Folien", "Etiketten"],
      businessAreaCount: 2,
      currency: "EUR",
      source: { sheet: "Kundenportfolio", row: 4 },
    });
  });

  test("text notations", () => {
    expect(byId("D-02")).toMatchObject({
      revenue: 2400000,
      potential: 2900000,
      currency: "EUR",
      grossMargin: 0.195,
      churnRisk: "high",
    });
    expect(byId("D-03")).toMatchObject({
      revenue: 760000,
      potential: 3200000,
      grossMargin: 0.33,
      churnRisk: "medium",
    });
    expect(byId("D-04")).toMatchObject({ grossMargin: 0.355, businessAreaCount: 3 });
    expect(byId("D-05")).toMatchObject({
      revenue: null,
      potential: 1500000,
      grossMargin: 0.24,
      source: { sheet: "Kundenportfolio", row: 8 },
    });
  });

  test("marketing positioning", () => {
    const grid = findMarketingSheet(kundenportfolio());
    expect(grid?.name).toBe("Marketing");
    expect(readPositioning(grid!)).toEqual({
      positioning: {
        positioning: "Qualitätsführer (Premium)",
        minGrossMargin: 0.22,
        focusSegments: ["Medizintechnik", "Lebensmittel"],
        excludedSegments: ["Tabak"],
      },
      findings: [],
    });
  });
});

describe("sample sample-profiles-en.xlsx", () => {
  const reading = readAccounts(sampleProfiles());

  test("two profile sheets, the read-me sheet holds no account", () => {
    expect(reading.sheets).toEqual([
      { sheet: "Read me", layout: "none", headerRow: null, accounts: 0 },
      { sheet: "US-7", layout: "profile", headerRow: 3, accounts: 1 },
      { sheet: "US-9", layout: "profile", headerRow: 3, accounts: 1 },
    ]);
    expect(reading.findings).toEqual([]);
  });

  test("US-7 and US-9", () => {
    expect(reading.accounts).toEqual([
      {
        id: "US-7",
        name: "Summit Outdoor Inc.",
        industry: "Retail",
        region: null,
        revenue: 1200000,
        potential: 4500000,
        grossMargin: 0.27,
        profitability: null,
        relationship: 3,
        churnRisk: "low",
        customerSince: null,
        owner: "Chris Hall",
        businessAreas: ["Apparel", "Footwear"],
        businessAreaCount: 2,
        currency: "USD",
        source: { sheet: "US-7", row: 3 },
      },
      {
        id: "US-9",
        name: "Harbor Freight Lines",
        industry: "Logistics",
        region: null,
        revenue: 3650000,
        potential: 4000000,
        grossMargin: 0.145,
        profitability: null,
        relationship: 2,
        churnRisk: "high",
        customerSince: null,
        owner: "Dana Fox",
        businessAreas: ["Fleet services"],
        businessAreaCount: 1,
        currency: "USD",
        source: { sheet: "US-9", row: 3 },
      },
    ]);
  });
});
