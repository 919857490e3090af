import { checkPlan } from "../../src/domain/rules";
// Shared test data: the sample portfolio (Beispiel-Kundenportfolio.xlsx as the reader returns it),
// marketing's positioning from its Marketing sheet, the seed's vision and mission, and builders.

import { emptyAccount, type Account } from "../../src/domain/account";
import type { Goal, Plan, Positioning } from "../../src/domain/plan";

export const AS_OF = "2026-12-01";

export function account(overrides: Partial<Account> & { id: string | null }): Account {
  const areas = overrides.businessAreas ?? null;
  return {
    ...emptyAccount("Kundenportfolio", 4),
    businessAreas: areas,
    businessAreaCount: areas ? areas.length : null,
    ...overrides,
  };
}

export const KESSLER = account({
  id: "D-01",
  name: "Kessler Verpackungen GmbH",
  industry: "Verpackung",
  revenue: 1_850_000,
  potential: 5_200_000,
  grossMargin: 0.29,
  relationship: 4,
  churnRisk: "low",
  owner: "Anna Berg",
  businessAreas: ["Folien", "Etiketten"],
  source: { sheet: "Kundenportfolio", row: 4 },
});
export const LINDNER = account({
  id: "D-02",
  name: "Lindner Bau AG",
  industry: "Bau",
  revenue: 2_400_000,
  potential: 2_900_000,
  grossMargin: 0.195,
  relationship: 2,
  churnRisk: "high",
  owner: "Tom Krause",
  businessAreas: ["Befestigung"],
  currency: "EUR",
  source: { sheet: "Kundenportfolio", row: 5 },
});
export const OSTSEE = account({
  id: "D-03",
  name: "Ostsee Fisch eG",
  industry: "Lebensmittel",
  revenue: 760_000,
  potential: 3_200_000,
  grossMargin: 0.33,
  relationship: 3,
  churnRisk: "medium",
  owner: "Anna Berg",
  businessAreas: ["Kühltechnik"],
  currency: "EUR",
  source: { sheet: "Kundenportfolio", row: 6 },
});
export const VOSS = account({
  id: "D-04",
  name: "Voss Medical GmbH",
  industry: "Medizintechnik",
  revenue: 3_100_000,
  potential: 4_100_000,
  grossMargin: 0.355,
  relationship: 5,
  churnRisk: "low",
  owner: "Lea Schmid",
  businessAreas: ["Sensorik", "Service", "Software"],
  source: { sheet: "Kundenportfolio", row: 7 },
});
export const TIROL = account({
  id: "D-05",
  name: "Tirol Holz KG",
  industry: "Holz",
  revenue: null,
  potential: 1_500_000,
  grossMargin: 0.24,
  relationship: 3,
  churnRisk: "medium",
  owner: "Tom Krause",
  businessAreas: ["Antriebe"],
  currency: "EUR",
  source: { sheet: "Kundenportfolio", row: 8 },
});
export const SAMPLE_ACCOUNTS: readonly Account[] = [KESSLER, LINDNER, OSTSEE, VOSS, TIROL];

export const SUMMIT = account({
  id: "US-7",
  name: "Summit Outdoor Inc.",
  industry: "Retail",
  revenue: 1_200_000,
  potential: 4_500_000,
  grossMargin: 0.27,
  relationship: 3,
  churnRisk: "low",
  owner: "Chris Hall",
  businessAreas: ["Apparel", "Footwear"],
  currency: "USD",
  source: { sheet: "US-7", row: 3 },
});
export const HARBOR = account({
  id: "US-9",
  name: "Harbor Freight Lines",
  industry: "Logistics",
  revenue: 3_650_000,
  potential: 4_000_000,
  grossMargin: 0.145,
  relationship: 1,
  churnRisk: "high",
  owner: "Dana Fox",
  businessAreas: ["Fleet services"],
  currency: "USD",
  source: { sheet: "US-9", row: 3 },
});
export const US_ACCOUNTS: readonly Account[] = [SUMMIT, HARBOR];

export const MARKETING: Positioning = {
  positioning: "Qualitätsführer (Premium)",
  minGrossMargin: 0.22,
  focusSegments: ["Medizintechnik", "Lebensmittel"],
  excludedSegments: ["Tabak"],
};

export const SEED_VISION =
  "Wir werden für unsere Key-Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.";
export const SEED_MISSION =
  "Um dies zu erreichen, werden wir zusammen mit unseren Key-Accounts wachsen. Dazu müssen wir uns so tief wie möglich in ihre Geschäfte einbinden und dort verankern.";
export const EN_VISION =
  "We will be a valued and indispensable partner for our key accounts, today and far into the future.";
export const EN_MISSION =
  "To achieve this, we will grow together with our key accounts by embedding ourselves as deeply as possible in their business.";

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: "G1",
    account: "D-01",
    kind: "economic",
    metric: "revenue",
    statement: "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € ausbauen",
    baseline: null,
    target: 2_300_000,
    unit: "EUR",
    start: null,
    deadline: "2027-12-31",
    actual: null,
    actualDate: null,
    owner: "Anna Berg",
    status: null,
    ...overrides,
  };
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    language: "de",
    asOf: AS_OF,
    vision: SEED_VISION,
    mission: SEED_MISSION,
    marketing: MARKETING,
    goals: [],
    ...overrides,
  };
}

/** /work/shared/samples/Beispiel-Plan.json, with the Marketing sheet's positioning. */
export const BEISPIEL_PLAN: Plan = plan({
  vision:
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  mission:
    "Um dies zu erreichen, wachsen wir zusammen mit unseren Key Accounts und verankern uns so tief wie möglich in ihren Geschäften.",
  goals: [
    goal(),
    goal({
      id: "G2",
      account: "D-02",
      kind: "strategic",
      metric: "retention",
      statement: "Lindner langfristig binden: Rahmenvertrag bis 2029 verlängern",
      target: 1,
      unit: "%",
      deadline: "2027-06-30",
      owner: "Tom Krause",
    }),
    goal({
      id: "G3",
      account: "D-04",
      kind: "strategic",
      metric: "newBusinessAreas",
      statement: "Bei Voss Medical den Bereich Kalibrierservice als vierten Geschäftsbereich erschließen",
      target: 4,
      unit: "count",
      deadline: "2028-03-31",
      owner: "Lea Schmid",
    }),
  ],
});

export const US_MARKETING: Positioning = {
  positioning: "Premium quality leader",
  minGrossMargin: 0.2,
  focusSegments: ["Retail"],
  excludedSegments: ["Tobacco", "Gambling"],
};

/** An English plan over the US sample accounts. */
export function enPlan(overrides: Partial<Plan> = {}): Plan {
  return plan({
    language: "en",
    vision: EN_VISION,
    mission: EN_MISSION,
    marketing: US_MARKETING,
    ...overrides,
  });
}

export function enGoal(overrides: Partial<Goal> = {}): Goal {
  return goal({
    account: "US-7",
    statement: "Grow revenue with Summit Outdoor by co-developing the footwear range",
    target: 1_500_000,
    unit: "USD",
    owner: "Chris Hall",
    ...overrides,
  });
}

/** Whether a strategic goal with this statement (on Kessler) is flagged as really economic. */
export function strategicGoalMismatch(statement: string): boolean {
  return checkPlan(
    plan({ goals: [goal({ statement, kind: "strategic", metric: "other", target: 1, unit: "count" })] }),
    [KESSLER],
    { asOf: AS_OF },
  ).some((f) => f.code === "GOAL_KIND_MISMATCH");
}
