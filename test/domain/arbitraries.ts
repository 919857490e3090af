// fast-check generators for accounts, goals, plans and positionings: mostly realistic values,
// with the junk real sheets and plan files contain (NaN, negatives, percentage points, odd text).

import fc from "fast-check";
import type { Account, ChurnRisk } from "../../src/domain/account";
import { METRICS, type Goal, type Plan, type Positioning } from "../../src/domain/plan";

const SEGMENTS = [
  "Tabak",
  "Rüstung",
  "Glücksspiel",
  "Medizintechnik",
  "Lebensmittel",
  "Bau",
  "Holz",
  "Verpackung",
  "Tobacco",
  "Gambling",
  "Retail",
  "Logistics",
  "Mining",
];
const NAMES = [
  "Kessler Verpackungen GmbH",
  "Lindner Bau AG",
  "Messe Frankfurt GmbH",
  "Rabatt-Markt KG",
  "Tabakwaren Müller",
  "Summit Outdoor Inc.",
  "Leads & Co",
  "Umsatz AG",
  "Ostsee Fisch eG",
];

const money = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e9, max: 1e12, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY) },
);
const fraction = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -0.3, max: 0.8, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(29, 1.5, -2, Number.NaN, 0, 1, -1) },
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

export const accountArb = (id: string): fc.Arbitrary<Account> =>
  fc.record({
    id: fc.constant(id),
    name: nullable(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 30 }))),
    industry: nullable(fc.oneof(fc.constantFrom(...SEGMENTS), fc.string({ maxLength: 20 }))),
    region: fc.constant(null),
    revenue: nullable(money),
    potential: nullable(money),
    grossMargin: nullable(fraction),
    profitability: nullable(fraction),
    relationship: nullable(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 2.5, 7, Number.NaN))),
    churnRisk: nullable(fc.constantFrom<ChurnRisk>("low", "medium", "high")),
    customerSince: fc.constant(null),
    owner: nullable(fc.constantFrom("Anna Berg", "Chris Hall")),
    businessAreas: fc.constant(null),
    businessAreaCount: nullable(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 1.5))),
    currency: nullable(fc.constantFrom("EUR", "USD", "CHF")),
    source: fc.record({ sheet: fc.constantFrom("Kunden", "Nord"), row: fc.integer({ min: 2, max: 500 }) }),
  });

/** Accounts with distinct ids, … */
export const accountsArb: fc.Arbitrary<Account[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => accountArb(`A-${i}`))));

export const positioningArb: fc.Arbitrary<Positioning | null> = nullable(
  fc.record({
    positioning: nullable(
      fc.constantFrom(
        "Qualitätsführer (Premium)",
        "premium",
        "Kostenführer",
        "value",
        "Innovation leader",
        "",
      ),
    ),
    minGrossMargin: nullable(
      fc.oneof(fc.double({ min: 0, max: 0.6, noNaN: true }), fc.constantFrom(0.22, 0.25)),
    ),
    focusSegments: fc.subarray(SEGMENTS),
    excludedSegments: fc.subarray(SEGMENTS, { maxLength: 3 }),
  }),
);

const STATEMENTS = [
  "Umsatz mit Kessler auf 2,3 Mio. € ausbauen",
  "50 neue Leads pro Quartal",
  "Preise senken, Rabatt 10 %",
  "Grow revenue with Summit by co-developing the range",
  "Run a campaign for the Tabak segment",
  "",
];

const day = fc
  .integer({ min: 0, max: 20_000 })
  .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

export const goalArb: fc.Arbitrary<Goal> = fc.record({
  id: fc.oneof(fc.constantFrom("G1", "G2", "g1", ""), fc.string({ maxLength: 8 })),
  account: fc.oneof(
    fc.constantFrom("A-0", "A-1", "a-2", "", "Kessler Verpackungen GmbH"),
    fc.string({ maxLength: 12 }),
  ),
  kind: fc.constantFrom("economic", "strategic"),
  metric: fc.constantFrom(...METRICS),
  statement: fc.oneof(
    fc.constantFrom(...STATEMENTS),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
  ),
  baseline: nullable(fc.oneof(money, fraction)),
  target: nullable(fc.oneof(money, fraction, fc.integer({ min: 0, max: 10 }))),
  unit: nullable(fc.constantFrom("EUR", "%", "count", "score", "USD", "€")),
  start: nullable(fc.oneof(day, fc.constantFrom("2026-02-30", ""))),
  deadline: nullable(fc.oneof(day, fc.constantFrom("2027-02-30", "31.12.2027", "", "2027"))),
  actual: nullable(fc.oneof(money, fraction)),
  actualDate: nullable(fc.oneof(day, fc.constantFrom("2026-13-01", ""))),
  owner: nullable(fc.string({ maxLength: 10 })),
  status: nullable(fc.constantFrom("planned", "inProgress", "achieved", "dropped")),
});

export const planArb: fc.Arbitrary<Plan> = fc.record({
  version: fc.constant(1 as const),
  language: fc.constantFrom("de", "en"),
  asOf: nullable(day),
  vision: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom("", "Wir wollen 50 Mio. € Umsatz", "Partner unserer Key Accounts"),
  ),
  mission: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("", "Dazu binden wir uns ein.")),
  marketing: positioningArb,
  goals: fc.array(goalArb, { maxLength: 8 }),
});

export const asOfArb = day;
