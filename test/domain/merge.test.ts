// The three-way merge: the scenarios a shared workbook produces (table-driven), and properties over
// random base/mine/theirs edit sets — no one-sided change is ever lost, every overlapping change is
// reported as a conflict, and nothing else is.

import fc from "fast-check";
import {
  baseOf,
  fingerprint,
  GOAL_FIELDS,
  packFingerprints,
  sameValue,
  STATEMENT_FIELDS,
  statementValue,
  unpackFingerprints,
  type GoalField,
} from "../../src/domain/fingerprint";
import {
  conflictKey,
  mergePlans,
  rebase,
  resolveConflicts,
  settle,
  type Conflict,
} from "../../src/domain/merge";
import type { Goal, Plan } from "../../src/domain/plan";

const goal = (id: string, over: Partial<Goal> = {}): Goal => ({
  id,
  account: "K-1",
  kind: "economic",
  metric: "revenue",
  statement: `Umsatz mit ${id} ausbauen`,
  baseline: 4_000_000,
  target: 5_000_000,
  unit: "EUR",
  deadline: "2027-12-31",
  owner: "Anna Berg",
  status: null,
  start: null,
  actual: null,
  actualDate: null,
  ...over,
});

const plan = (over: Partial<Plan> = {}): Plan => ({
  version: 1,
  language: "de",
  asOf: "2026-12-01",
  vision: "Unverzichtbarer Partner unserer Key Accounts",
  mission: "Wir wachsen gemeinsam mit unseren Kunden",
  marketing: null,
  goals: [goal("G1"), goal("G2"), goal("G3")],
  ...over,
});

const edit = (p: Plan, id: string, over: Partial<Goal>): Plan => ({
  ...p,
  goals: p.goals.map((g) => (g.id === id ? { ...g, ...over } : g)),
});
const drop = (p: Plan, id: string): Plan => ({ ...p, goals: p.goals.filter((g) => g.id !== id) });
const keys = (conflicts: readonly Conflict[]) => conflicts.map((c) => c.key).sort();

describe("mergePlans: the shared-workbook scenarios", () => {
  const base = plan();
  const b = baseOf(base);

  test.each([
    {
      name: "the issue's scenario: a co-author changed G1's target, I changed only the vision",
      mine: { ...base, vision: "Neue Vision für unsere Key Accounts" },
      theirs: edit(base, "G1", { target: 7_000_000 }),
      check: (p: Plan) => {
        expect(p.vision).toBe("Neue Vision für unsere Key Accounts");
        expect(p.goals[0]?.target).toBe(7_000_000);
      },
      conflicts: [],
    },
    {
      name: "different fields of one goal: both survive",
      mine: edit(base, "G2", { statement: "Mein Text" }),
      theirs: edit(base, "G2", { deadline: "2028-06-30" }),
      check: (p: Plan) => {
        expect(p.goals[1]).toMatchObject({ statement: "Mein Text", deadline: "2028-06-30" });
      },
      conflicts: [],
    },
    {
      name: "the same field changed to the same value: no conflict",
      mine: edit(base, "G1", { target: 6_000_000 }),
      theirs: edit(base, "G1", { target: 6_000_000 }),
      check: (p: Plan) => {
        expect(p.goals[0]?.target).toBe(6_000_000);
      },
      conflicts: [],
    },
    {
      name: "the same field changed differently: a conflict, the workbook's value until decided",
      mine: edit(base, "G1", { target: 6_000_000 }),
      theirs: edit(base, "G1", { target: 7_000_000 }),
      check: (p: Plan) => {
        expect(p.goals[0]?.target).toBe(7_000_000);
      },
      conflicts: ["goal:G1:target"],
    },
    {
      name: "the mission changed on both sides",
      mine: { ...base, mission: "A" },
      theirs: { ...base, mission: "B" },
      check: (p: Plan) => {
        expect(p.mission).toBe("B");
      },
      conflicts: ["statement:mission"],
    },
    {
      name: "deleted there, untouched here: stays deleted",
      mine: base,
      theirs: drop(base, "G2"),
      check: (p: Plan) => {
        expect(p.goals.map((g) => g.id)).toEqual(["G1", "G3"]);
      },
      conflicts: [],
    },
    {
      name: "deleted here, untouched there: deleted",
      mine: drop(base, "G3"),
      theirs: base,
      check: (p: Plan) => {
        expect(p.goals.map((g) => g.id)).toEqual(["G1", "G2"]);
      },
      conflicts: [],
    },
    {
      name: "deleted here, edited there: a conflict",
      mine: drop(base, "G1"),
      theirs: edit(base, "G1", { owner: "Chris Hall" }),
      check: (p: Plan) => {
        expect(p.goals.map((g) => g.id)).toEqual(["G1", "G2", "G3"]);
      },
      conflicts: ["deleted:G1"],
    },
    {
      name: "deleted there, edited here: a conflict",
      mine: edit(base, "G2", { status: "achieved" }),
      theirs: drop(base, "G2"),
      check: (p: Plan) => {
        expect(p.goals.map((g) => g.id)).toEqual(["G1", "G3"]);
      },
      conflicts: ["deleted:G2"],
    },
    {
      name: "both added a goal under the same id: both kept, mine renumbered",
      mine: { ...base, goals: [...base.goals, goal("G4", { statement: "Meins" })] },
      theirs: { ...base, goals: [...base.goals, goal("G4", { statement: "Ihres" })] },
      check: (p: Plan) => {
        expect(p.goals.map((g) => [g.id, g.statement]).slice(3)).toEqual([
          ["G4", "Ihres"],
          ["G5", "Meins"],
        ]);
      },
      conflicts: [],
    },
  ])("$name", ({ mine, theirs, check, conflicts }) => {
    const result = mergePlans(b, mine, theirs);
    check(result.plan);
    expect(keys(result.conflicts)).toEqual(conflicts);
  });

  test("without a base nothing is decided silently: every difference is a conflict", () => {
    const result = mergePlans(null, { ...base, vision: "A" }, edit(base, "G1", { target: 1 }));
    expect(keys(result.conflicts)).toEqual(["goal:G1:target", "statement:vision"]);
    // Goals only one side has are kept: without a base, a deletion cannot be told from an addition.
    expect(mergePlans(null, drop(base, "G1"), base).plan.goals).toHaveLength(3);
  });

  test("decisions per conflict: keep mine or take theirs", () => {
    const result = mergePlans(
      b,
      edit({ ...base, mission: "A" }, "G1", { target: 6 }),
      edit({ ...base, mission: "B" }, "G1", { target: 7 }),
    );
    const mineForTarget = resolveConflicts(result, (c) => (c.kind === "goalField" ? "mine" : "theirs"));
    expect(mineForTarget.goals[0]?.target).toBe(6);
    expect(mineForTarget.mission).toBe("B");
    const deletion = mergePlans(b, drop(base, "G1"), edit(base, "G1", { owner: "X" }));
    expect(resolveConflicts(deletion, () => "mine").goals.map((g) => g.id)).toEqual(["G2", "G3"]);
    expect(resolveConflicts(deletion, () => "theirs").goals[0]?.owner).toBe("X");
  });

  test("a refresh keeps open conflicts open; a decision settles them", () => {
    const mine = edit(base, "G1", { target: 6 });
    const theirs = edit(base, "G1", { target: 7 });
    const first = mergePlans(b, mine, theirs);
    const rebased = rebase(b, theirs, first.conflicts);
    // The same conflict is found again against the refreshed base.
    expect(keys(mergePlans(rebased, mine, theirs).conflicts)).toEqual(["goal:G1:target"]);
    const [conflict] = first.conflicts;
    const settled = settle(rebased, conflict!);
    expect(mergePlans(settled, mine, theirs).conflicts).toEqual([]);
    expect(mergePlans(settled, mine, theirs).plan.goals[0]?.target).toBe(6);
  });

  test("fingerprints pack into a fixed-width text and back; unknown fields stay unknown", () => {
    const prints = baseOf(base).goals.get("G1")!;
    const packed = packFingerprints(prints, GOAL_FIELDS);
    expect(packed).toMatch(/^[0-9a-z]{91}$/);
    expect(unpackFingerprints(packed, GOAL_FIELDS)).toEqual(prints);
    expect(unpackFingerprints(`${packed}x`, GOAL_FIELDS)).toBeNull();
    const partial = packFingerprints({ target: fingerprint(5) }, ["target", "actual"]);
    expect(unpackFingerprints(partial, ["target", "actual"])).toEqual({ target: fingerprint(5) });
  });

  test("fingerprints tell null, numbers and text apart", () => {
    const values = [null, 0, "0", "", 1, "1", -0, "n0", false];
    const prints = new Set(values.map((v) => fingerprint(v)));
    expect(prints.size).toBe(values.length - 1); // -0 and 0 are the same number
  });
});

// ---- properties ---------------------------------------------------------------------------------

const FIELD_VALUES: Record<GoalField, readonly Goal[GoalField][]> = {
  account: ["K-1", "K-2", "K-3"],
  kind: ["economic", "strategic"],
  metric: ["revenue", "grossMargin", "retention"],
  statement: ["A", "B", "C", "Kühlkette gemeinsam planen"],
  baseline: [null, 1, 2, 0.5],
  target: [null, 3, 4, 0.75],
  unit: [null, "EUR", "%"],
  deadline: [null, "2027-12-31", "2028-06-30"],
  owner: [null, "Anna Berg", "Chris Hall"],
  status: [null, "planned", "achieved"],
  start: [null, "2026-01-01", "2026-12-01"],
  actual: [null, 2, 3.5],
  actualDate: [null, "2026-06-30"],
};

const goalArb = (id: string): fc.Arbitrary<Goal> =>
  fc.tuple(...GOAL_FIELDS.map((f) => fc.constantFrom(...FIELD_VALUES[f]))).map((values) => {
    const g: Record<string, unknown> = { id };
    GOAL_FIELDS.forEach((f, i) => (g[f] = values[i]));
    return g as Goal;
  });

const statementArb = fc.constantFrom("Vision A", "Vision B", "");
const positioningArb = fc.constantFrom(null, {
  positioning: "premium",
  minGrossMargin: 0.25,
  focusSegments: ["Medizintechnik"],
  excludedSegments: [],
});

const basePlanArb: fc.Arbitrary<Plan> = fc
  .integer({ min: 0, max: 5 })
  .chain((n) =>
    fc.record({
      vision: statementArb,
      mission: statementArb,
      marketing: positioningArb,
      goals: fc.tuple(...Array.from({ length: n }, (_, i) => goalArb(`G${i + 1}`))),
    }),
  )
  .map((p) => ({ version: 1, language: "de", asOf: null, ...p }));

type GoalEdit = { kind: "keep" } | { kind: "delete" } | { kind: "edit"; fields: Partial<Goal> };

const goalEditArb: fc.Arbitrary<GoalEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<GoalEdit>({ kind: "keep" }) },
  { weight: 1, arbitrary: fc.constant<GoalEdit>({ kind: "delete" }) },
  {
    weight: 4,
    arbitrary: fc.subarray([...GOAL_FIELDS], { minLength: 1, maxLength: 3 }).chain((fields) =>
      fc.tuple(...fields.map((f) => fc.constantFrom(...FIELD_VALUES[f]))).map((values) => {
        const over: Record<string, unknown> = {};
        fields.forEach((f, i) => (over[f] = values[i]));
        return { kind: "edit", fields: over } satisfies GoalEdit;
      }),
    ),
  },
);

/** One side's edits of a base plan: statements, each goal, and goals added (ids G7+ or the shared G9). */
const sideArb = (base: Plan): fc.Arbitrary<Side> =>
  fc.record({
    vision: fc.option(statementArb, { nil: undefined }),
    mission: fc.option(statementArb, { nil: undefined }),
    marketing: fc.option(positioningArb, { nil: undefined }),
    goals: fc.tuple(...base.goals.map(() => goalEditArb)),
    added: fc
      .array(fc.constantFrom("G7", "G8", "G9"), { maxLength: 2 })
      .chain((ids) => fc.tuple(...[...new Set(ids)].map((id) => goalArb(id)))),
  });

function applySide(base: Plan, side: Side): Plan {
  const goals = base.goals.flatMap((g, i) => {
    const e = side.goals[i] ?? { kind: "keep" };
    if (e.kind === "delete") return [];
    return [e.kind === "edit" ? { ...g, ...e.fields } : g];
  });
  return {
    ...base,
    vision: side.vision ?? base.vision,
    mission: side.mission ?? base.mission,
    marketing: side.marketing === undefined ? base.marketing : side.marketing,
    goals: [...goals, ...side.added],
  };
}
type Side = {
  vision: string | undefined;
  mission: string | undefined;
  marketing: Plan["marketing"] | undefined;
  goals: GoalEdit[];
  added: Goal[];
};

const scenario = basePlanArb.chain((base) =>
  fc.record({ base: fc.constant(base), mine: sideArb(base), theirs: sideArb(base) }),
);

describe("mergePlans: properties over random edit sets", () => {
  test("no one-sided change is lost; every overlapping change is a conflict; nothing else is", () => {
    fc.assert(
      fc.property(scenario, ({ base, mine: mineEdits, theirs: theirsEdits }) => {
        const mine = applySide(base, mineEdits);
        const theirs = applySide(base, theirsEdits);
        const result = mergePlans(baseOf(base), mine, theirs);
        const expected = new Set<string>();
        const conflictKeys = new Set(result.conflicts.map((c) => c.key));

        for (const field of STATEMENT_FIELDS) {
          const b = statementValue(base, field);
          const m = statementValue(mine, field);
          const t = statementValue(theirs, field);
          const got = statementValue(result.plan, field);
          if (sameValue(m, t)) expect(sameValue(got, m)).toBe(true);
          else if (sameValue(t, b)) expect(sameValue(got, m)).toBe(true);
          else if (sameValue(m, b)) expect(sameValue(got, t)).toBe(true);
          else expected.add(conflictKey.statement(field));
        }

        const find = (p: Plan, id: string) => p.goals.find((g) => g.id === id);
        for (const b of base.goals) {
          const m = find(mine, b.id);
          const t = find(theirs, b.id);
          const got = find(result.plan, b.id);
          const changed = (g: Goal) => GOAL_FIELDS.some((f) => !sameValue(g[f], b[f]));
          if (m && t) {
            expect(got).toBeDefined();
            for (const f of GOAL_FIELDS) {
              if (sameValue(m[f], t[f])) expect(sameValue(got?.[f], m[f])).toBe(true);
              else if (sameValue(t[f], b[f])) expect(sameValue(got?.[f], m[f])).toBe(true);
              else if (sameValue(m[f], b[f])) expect(sameValue(got?.[f], t[f])).toBe(true);
              else expected.add(conflictKey.goalField(b.id, f));
            }
          } else if (m && !t) {
            if (changed(m)) expected.add(conflictKey.goalDeleted(b.id));
            else expect(got).toBeUndefined();
          } else if (!m && t) {
            if (changed(t)) expected.add(conflictKey.goalDeleted(b.id));
            else expect(got).toBeUndefined();
          } else expect(got).toBeUndefined();
        }

        // Additions on either side survive (mine's perhaps under a new id).
        const baseIds = new Set(base.goals.map((g) => g.id));
        const contains = (g: Goal) =>
          result.plan.goals.some((r) => GOAL_FIELDS.every((f) => sameValue(r[f], g[f])));
        for (const added of [...mine.goals, ...theirs.goals].filter((g) => !baseIds.has(g.id)))
          expect(contains(added)).toBe(true);

        expect([...conflictKeys].sort()).toEqual([...expected].sort());
        // Ids stay unique.
        const ids = result.plan.goals.map((g) => g.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 600 },
    );
  });

  test("deciding every conflict for one side yields that side's values", () => {
    fc.assert(
      fc.property(scenario, ({ base, mine: mineEdits, theirs: theirsEdits }) => {
        const mine = applySide(base, mineEdits);
        const theirs = applySide(base, theirsEdits);
        const result = mergePlans(baseOf(base), mine, theirs);
        for (const side of ["mine", "theirs"] as const) {
          const decided = resolveConflicts(result, () => side);
          for (const c of result.conflicts) {
            if (c.kind === "statement")
              expect(sameValue(statementValue(decided, c.field), c[side])).toBe(true);
            else if (c.kind === "goalField")
              expect(sameValue(decided.goals.find((g) => g.id === c.id)?.[c.field], c[side])).toBe(true);
            else expect(decided.goals.some((g) => g.id === c.id)).toBe(c[side] !== null);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("merging with nothing changed on one side gives the other side", () => {
    fc.assert(
      fc.property(scenario, ({ base, theirs: edits }) => {
        const theirs = applySide(base, edits);
        const result = mergePlans(baseOf(base), base, theirs);
        expect(result.conflicts).toEqual([]);
        expect(baseOf(result.plan)).toEqual(baseOf(theirs));
        const back = mergePlans(baseOf(base), theirs, base);
        expect(back.conflicts).toEqual([]);
        expect(baseOf(back.plan).statements).toEqual(baseOf(theirs).statements);
      }),
      { numRuns: 300 },
    );
  });
});
