// The corpus portfolio: the accounts its goals refer to, and the default context per language.

import { emptyAccount, type Account } from "../../src/domain/account";
import type { Language } from "../../src/domain/plan";

function account(fields: Partial<Account> & { id: string }): Account {
  const areas = fields.businessAreas ?? null;
  return {
    ...emptyAccount("Corpus", 2),
    businessAreas: areas,
    businessAreaCount: areas ? areas.length : null,
    ...fields,
  };
}

export const CORPUS_ACCOUNTS: Record<Language, readonly Account[]> = {
  de: [
    account({
      id: "M-100",
      name: "Müller Maschinenbau GmbH",
      industry: "Maschinenbau",
      revenue: 2_000_000,
      potential: 6_000_000,
      grossMargin: 0.27,
      relationship: 3,
      churnRisk: "medium",
      businessAreas: ["Antriebe", "Service"],
      currency: "EUR",
    }),
    account({
      id: "M-101",
      name: "Hanse Logistik AG",
      industry: "Logistik",
      revenue: 3_200_000,
      potential: 5_000_000,
      grossMargin: 0.21,
      relationship: 4,
      churnRisk: "low",
      businessAreas: ["Lager", "Transport"],
      currency: "EUR",
    }),
    account({
      id: "M-102",
      name: "Brandt Kliniken GmbH",
      industry: "Gesundheitswesen",
      revenue: 1_400_000,
      potential: 4_000_000,
      grossMargin: 0.33,
      relationship: 2,
      churnRisk: "high",
      businessAreas: ["Medizintechnik"],
      currency: "EUR",
    }),
    account({
      id: "M-103",
      name: "Steiner Lebensmittel KG",
      industry: "Lebensmittel",
      revenue: 900_000,
      potential: 2_500_000,
      grossMargin: 0.3,
      relationship: 4,
      churnRisk: "low",
      businessAreas: ["Kühlung"],
      currency: "EUR",
    }),
    account({
      id: "M-104",
      name: "Falkner Wehrtechnik GmbH",
      industry: "Wehrtechnik",
      revenue: 1_000_000,
      potential: 3_000_000,
      grossMargin: 0.3,
      relationship: 3,
      churnRisk: "low",
      businessAreas: ["Elektronik"],
      currency: "EUR",
    }),
    account({
      id: "M-105",
      name: "Nordlicht Wettbüros GmbH",
      industry: "Sportwetten und Spielhallen",
      revenue: 1_000_000,
      potential: 3_000_000,
      grossMargin: 0.3,
      relationship: 3,
      churnRisk: "low",
      businessAreas: ["Kassensysteme"],
      currency: "EUR",
    }),
  ],
  en: [
    account({
      id: "A-200",
      name: "Granite Ridge Foods Inc.",
      industry: "Food processing",
      revenue: 2_000_000,
      potential: 6_000_000,
      grossMargin: 0.27,
      relationship: 3,
      churnRisk: "medium",
      businessAreas: ["Packaging", "Cold chain"],
      currency: "USD",
    }),
    account({
      id: "A-201",
      name: "Bayline Medical Group",
      industry: "Healthcare",
      revenue: 3_200_000,
      potential: 5_000_000,
      grossMargin: 0.21,
      relationship: 4,
      churnRisk: "low",
      businessAreas: ["Imaging", "Lab"],
      currency: "USD",
    }),
    account({
      id: "A-202",
      name: "Crestview Retail LLC",
      industry: "Retail",
      revenue: 1_400_000,
      potential: 4_000_000,
      grossMargin: 0.33,
      relationship: 2,
      churnRisk: "high",
      businessAreas: ["Stores"],
      currency: "USD",
    }),
    account({
      id: "A-203",
      name: "Northwind Freight Ltd",
      industry: "Logistics",
      revenue: 900_000,
      potential: 2_500_000,
      grossMargin: 0.3,
      relationship: 4,
      churnRisk: "low",
      businessAreas: ["Fleet"],
      currency: "USD",
    }),
    account({
      id: "A-204",
      name: "Ironclad Systems Corp.",
      industry: "Military electronics",
      revenue: 1_000_000,
      potential: 3_000_000,
      grossMargin: 0.3,
      relationship: 3,
      churnRisk: "low",
      businessAreas: ["Radar"],
      currency: "USD",
    }),
    account({
      id: "A-205",
      name: "Lucky Star Gaming Ltd",
      industry: "Sports betting and casinos",
      revenue: 1_000_000,
      potential: 3_000_000,
      grossMargin: 0.3,
      relationship: 3,
      churnRisk: "low",
      businessAreas: ["Terminals"],
      currency: "USD",
    }),
  ],
};

export const DEFAULT_ACCOUNT: Record<Language, string> = { de: "M-100", en: "A-200" };

export const DEFAULT_MARKETING = {
  de: {
    positioning: "Qualitätsführer (Premium)",
    minGrossMargin: 0.2,
    focusSegments: ["Gesundheitswesen", "Lebensmittel"],
    excludedSegments: ["Rüstungsindustrie", "Glücksspiel", "Tabak"],
  },
  en: {
    positioning: "Premium quality leader",
    minGrossMargin: 0.2,
    focusSegments: ["Healthcare", "Food"],
    excludedSegments: ["Defence", "Gambling", "Tobacco"],
  },
} as const;

export const DEFAULT_VISION: Record<Language, string> = {
  de: "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  en: "We will be a valued and indispensable partner for our key accounts, today and far into the future.",
};
