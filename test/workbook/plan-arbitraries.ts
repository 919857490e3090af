// fast-check generators of plans for the write-back properties: `validPlan` holds what a plan file
// may hold; `messyPlan` adds the junk real plans contain (blank and repeated ids, NaN, dates that
// are no dates, names instead of ids).

import fc from "fast-check";
import { GOAL_STATUSES, METRICS, type Goal, type Language, type Plan } from "../../src/domain/plan";
import { OWASP_INJECTIONS } from "./write-fixtures";

const text = (max: number) => fc.string({ maxLength: max });
const isoDay = fc
  .integer({ min: 0, max: 30_000 })
  .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const validGoal = (id: string): fc.Arbitrary<Goal> =>
  fc.record({
    id: fc.constant(id),
    account: fc.oneof(fc.constantFrom("D-01", "D-02", "lindner bau ag", "X-9"), text(12)),
    kind: fc.constantFrom("economic", "strategic"),
    metric: fc.constantFrom(...METRICS),
    statement: fc.oneof(text(80), fc.constantFrom(...OWASP_INJECTIONS)),
    baseline: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
    target: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
    unit: fc.option(fc.constantFrom("EUR", "USD", "%", "count", "score", "Stück"), { nil: null }),
    start: fc.option(isoDay, { nil: null }),
    deadline: fc.option(isoDay, { nil: null }),
    actual: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
    actualDate: fc.option(isoDay, { nil: null }),
    owner: fc.option(text(20), { nil: null }),
    status: fc.option(fc.constantFrom(...GOAL_STATUSES), { nil: null }),
  });

export const validPlan: fc.Arbitrary<Plan> = fc.integer({ min: 0, max: 6 }).chain((n) =>
  fc.record({
    version: fc.constant(1 as const),
    language: fc.constantFrom<Language>("de", "en"),
    asOf: fc.option(isoDay, { nil: null }),
    vision: text(300),
    mission: text(300),
    marketing: fc.option(
      fc.record({
        positioning: fc.option(text(30), { nil: null }),
        minGrossMargin: fc.option(fc.double({ min: 0, max: 0.6, noNaN: true }), { nil: null }),
        focusSegments: fc.array(fc.constantFrom("Medizintechnik", "Lebensmittel", "Retail")),
        excludedSegments: fc.array(fc.constantFrom("Tabak", "Tobacco")),
      }),
      { nil: null },
    ),
    goals: fc.tuple(...Array.from({ length: n }, (_, i) => validGoal(`G${i + 1}`))),
  }),
);

const messyGoal: fc.Arbitrary<Goal> = fc
  .record({
    id: fc.oneof(fc.constantFrom("G1", "G2", "g1", "", " ", "G10"), text(6)),
    deadline: fc.option(
      fc.oneof(isoDay, fc.constantFrom("2027-02-30", "31.12.2027", "", "2027", "Q4 2027", "bald")),
      {
        nil: null,
      },
    ),
    target: fc.option(fc.oneof(fc.double({ noNaN: false }), fc.constantFrom(Number.NaN, Infinity)), {
      nil: null,
    }),
    baseline: fc.option(fc.constantFrom(Number.NaN, 0, -5, 0.5), { nil: null }),
    actual: fc.option(fc.constantFrom(Number.NaN, Infinity, 0, 1.5), { nil: null }),
    actualDate: fc.option(fc.constantFrom("2027-02-30", "gestern", "2026-06-30"), { nil: null }),
    account: fc.constantFrom("D-01", "d-02", "Ostsee Fisch eG", "", "  D-03 ", "X-1"),
  })
  .chain((junk) => validGoal("G").map((g) => ({ ...g, ...junk })));

export const messyPlan: fc.Arbitrary<Plan> = validPlan.chain((plan) =>
  fc.array(messyGoal, { maxLength: 5 }).map((goals) => ({ ...plan, goals: [...plan.goals, ...goals] })),
);
