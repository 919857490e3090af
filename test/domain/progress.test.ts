import fc from "fast-check";
import { emptyAccount } from "../../src/domain/account";
import { trackStatus } from "../../src/domain/figures";
import type { Goal } from "../../src/domain/plan";
import {
  attainmentOf,
  elapsedShare,
  goalProgress,
  roundProgress,
  trackStatusOf,
  TRACK_STATUSES,
  withActualFromAccount,
  type TrackStatus,
} from "../../src/domain/progress";
import { accountProgress, ragOf } from "../../src/domain/review";
import { checkPlan } from "../../src/domain/rules";
import { goal, plan } from "./fixtures";

describe("attainment", () => {
  test.each<[string, number | null, number | null, number | null, number | null]>([
    ["half way", 100, 200, 150, 0.5],
    ["target reached", 100, 200, 200, 1],
    ["beyond the target", 100, 200, 250, 1.5],
    ["below the baseline", 100, 200, 90, -0.1],
    ["a reduction goal (target below baseline)", 0.3, 0.2, 0.25, 0.5],
    ["no actual", 100, 200, null, null],
    ["no baseline", null, 200, 150, null],
    ["no target", 100, null, 150, null],
    ["target equals baseline: no way to cover", 100, 100, 150, null],
    ["not a number", Number.NaN, 200, 150, null],
  ])("%s", (_, baseline, target, actual, expected) => {
    const result = attainmentOf(baseline, target, actual);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});

describe("time elapsed", () => {
  test.each<[string, string | null, string | null, string | null, number | null]>([
    ["half the days", "2026-01-01", "2026-01-11", "2026-01-06", 0.5],
    ["on the start", "2026-01-01", "2027-01-01", "2026-01-01", 0],
    ["before the start", "2026-01-01", "2026-01-11", "2025-12-31", -0.1],
    ["after the deadline", "2026-01-01", "2026-01-11", "2026-01-16", 1.5],
    ["a leap day counts", "2024-02-28", "2024-03-01", "2024-02-29", 0.5],
    ["deadline on the start", "2026-01-01", "2026-01-01", "2026-01-01", null],
    ["deadline before the start", "2026-02-01", "2026-01-01", "2026-01-15", null],
    ["no start", null, "2026-01-11", "2026-01-06", null],
    ["no date to measure on", "2026-01-01", "2026-01-11", null, null],
    ["not a date", "2026-02-30", "2026-03-11", "2026-03-06", null],
  ])("%s", (_, start, deadline, on, expected) => {
    expect(elapsedShare(start, deadline, on)).toBe(expected);
  });
});

describe("on-track status", () => {
  test.each<[string, number, number, TrackStatus]>([
    ["target reached early", 1, 0.3, "achieved"],
    ["target reached late", 1.2, 1.4, "achieved"],
    ["ahead of time", 0.6, 0.4, "onTrack"],
    ["10 points behind: still on track", 0.4, 0.5, "onTrack"],
    ["just over 10 points behind: at risk", 0.399, 0.5, "atRisk"],
    ["25 points behind: at risk", 0.25, 0.5, "atRisk"],
    ["just over 25 points behind: off track", 0.249, 0.5, "offTrack"],
    ["deadline passed without the target", 0.95, 1.01, "offTrack"],
    ["on the deadline, 90 % there", 0.9, 1, "onTrack"],
    ["before the start, nothing done", 0, -0.2, "onTrack"],
    ["went backwards", -0.2, 0.2, "offTrack"],
  ])("%s", (_, attainment, elapsed, expected) => {
    expect(trackStatusOf(attainment, elapsed)).toBe(expected);
  });

  test("a last-bit difference does not tip a goal across a threshold (values are rounded to 9 places)", () => {
    // 0.6 − 0.2 is 0.39999999999999997: the gap to 0.5 would be 0.10000000000000003 unrounded.
    expect(trackStatusOf(0.6 - 0.2, 0.5)).toBe("onTrack");
    // 0.7 + 0.1 + 0.2 is 0.9999999999999999: the target counts as reached.
    expect(trackStatusOf(0.7 + 0.1 + 0.2, 0.5)).toBe("achieved");
    expect(roundProgress(0.1 + 0.2)).toBe(0.3);
    expect(roundProgress(-0.0000000005)).toBe(-0.000000001);
  });

  test("property: more attainment never makes the status worse", () => {
    const rank: Record<TrackStatus, number> = { offTrack: 0, atRisk: 1, onTrack: 2, achieved: 3 };
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (a, b, elapsed) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank[trackStatusOf(high, elapsed)]).toBeGreaterThanOrEqual(
            rank[trackStatusOf(low, elapsed)],
          );
        },
      ),
    );
  });

  test("property: achieved exactly when the target is reached; off track whenever the deadline passed without it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        (a, e) => {
          const status = trackStatusOf(a, e);
          expect(status === "achieved").toBe(roundProgress(a) >= 1);
          if (roundProgress(a) < 1 && roundProgress(e) > 1) expect(status).toBe("offTrack");
          expect(TRACK_STATUSES).toContain(status);
        },
      ),
    );
  });

  test("KAM.STATUS's trackStatus follows the same rule and names bad input", () => {
    expect(trackStatus(100, 200, 140, "2026-01-01", "2026-01-11", "2026-01-06")).toEqual({
      ok: true,
      value: "onTrack",
    });
    expect(trackStatus(100, 200, 120, "2026-01-01", "2026-01-11", "2026-01-06")).toEqual({
      ok: true,
      value: "offTrack",
    });
    expect(trackStatus(100, 100, 120, "2026-01-01", "2026-01-11", "2026-01-06")).toEqual({
      ok: false,
      problem: "divisionByZero",
    });
    expect(trackStatus(100, 200, 120, "2026-01-11", "2026-01-01", "2026-01-06")).toEqual({
      ok: false,
      problem: "outOfRange",
    });
    expect(trackStatus(100, 200, 120, "2026-01-01", "2026-13-01", "2026-01-06")).toEqual({
      ok: false,
      problem: "invalidDate",
    });
  });
});

describe("a goal's progress", () => {
  const base: Goal = goal({
    baseline: 1_000_000,
    target: 2_000_000,
    start: "2026-01-01",
    deadline: "2027-01-01",
    actual: 1_300_000,
    actualDate: null,
  });

  test("measured on the actual's date, else on the as-of date", () => {
    const onAsOf = goalProgress(base, "2026-07-02");
    expect(onAsOf.attainment).toBeCloseTo(0.3, 12);
    expect(onAsOf.elapsed).toBeCloseTo(182 / 365, 12);
    expect(onAsOf.status).toBe("atRisk");
    const dated = goalProgress({ ...base, actualDate: "2026-04-01" }, "2026-12-01");
    expect(dated.elapsed).toBeCloseTo(90 / 365, 12);
    expect(dated.status).toBe("onTrack");
  });

  test("a dropped goal has attainment but no status; a goal without actual or start has none", () => {
    expect(goalProgress({ ...base, status: "dropped" }, "2026-07-02")).toMatchObject({ status: null });
    expect(goalProgress({ ...base, status: "dropped" }, "2026-07-02").attainment).toBeCloseTo(0.3, 12);
    expect(goalProgress({ ...base, actual: null }, "2026-07-02")).toEqual({
      attainment: null,
      elapsed: 182 / 365,
      status: null,
    });
    expect(goalProgress({ ...base, start: null }, "2026-07-02").status).toBeNull();
    expect(goalProgress(base, null).elapsed).toBeNull();
  });
});

describe("progress across an account's goals and its status", () => {
  const dated = (overrides: Partial<Goal>): Goal =>
    goal({ baseline: 0, target: 100, start: "2026-01-01", deadline: "2026-12-31", ...overrides });

  test("mean attainment without dropped goals; on track counts achieved goals", () => {
    const progress = accountProgress(
      [
        dated({ id: "A", actual: 100 }),
        dated({ id: "B", actual: 10 }),
        dated({ id: "C", actual: 50, status: "dropped" }),
        dated({ id: "D", actual: null }),
        dated({ id: "E", actual: 30 }),
      ],
      "2026-07-02",
    );
    expect(progress.attainment).toBeCloseTo((1 + 0.1 + 0.3) / 3, 12);
    expect([progress.onTrack, progress.atRisk, progress.offTrack]).toEqual([1, 1, 1]);
  });

  test.each<[string, Parameters<typeof ragOf>[0], ReturnType<typeof ragOf>]>([
    ["clean", { errors: 0, warnings: 0, goals: 2, atRisk: 0, offTrack: 0 }, "green"],
    ["a plan error", { errors: 1, warnings: 0, goals: 2, atRisk: 0, offTrack: 0 }, "red"],
    ["a goal off track", { errors: 0, warnings: 0, goals: 2, atRisk: 0, offTrack: 1 }, "red"],
    ["a warning", { errors: 0, warnings: 1, goals: 2, atRisk: 0, offTrack: 0 }, "amber"],
    ["a goal at risk", { errors: 0, warnings: 0, goals: 2, atRisk: 1, offTrack: 0 }, "amber"],
    ["no goals", { errors: 0, warnings: 0, goals: 0, atRisk: 0, offTrack: 0 }, "amber"],
    ["errors beat everything", { errors: 2, warnings: 3, goals: 0, atRisk: 1, offTrack: 0 }, "red"],
  ])("RAG: %s", (_, input, expected) => {
    expect(ragOf(input)).toBe(expected);
  });
});

describe("GOAL_OFF_TRACK", () => {
  const AS_OF = "2026-12-01";
  const check = (g: Goal) =>
    checkPlan(plan({ goals: [g] }), [], { asOf: AS_OF }).filter((f) => f.code === "GOAL_OFF_TRACK");

  test("a goal far behind the time is a warning on its actual, with the figures", () => {
    const [found] = check(
      goal({ baseline: 1_850_000, start: "2026-01-01", actual: 1_860_000, actualDate: "2026-11-30" }),
    );
    expect(found).toMatchObject({
      severity: "warning",
      subject: { type: "goal", id: "G1" },
      field: "actual",
      params: { deadline: { date: "2027-12-31" }, on: { date: "2026-11-30" } },
    });
    expect(found?.params.reason).toBeUndefined();
  });

  test("a deadline passed without the target says so", () => {
    const [found] = check(
      goal({ baseline: 100, target: 200, start: "2025-01-01", deadline: "2026-06-30", actual: 190 }),
    );
    expect(found?.params.reason).toBe("deadlinePassed");
  });

  test("nothing for goals on track, at risk, dropped or without an actual", () => {
    const g = { baseline: 0, target: 100, start: "2026-01-01", deadline: "2027-12-31" };
    expect(check(goal({ ...g, actual: 50 }))).toEqual([]);
    expect(check(goal({ ...g, actual: 30 }))).toEqual([]);
    expect(check(goal({ ...g, actual: 0, status: "dropped" }))).toEqual([]);
    expect(check(goal({ ...g, actual: null }))).toEqual([]);
  });
});

describe("the actual from the account sheet", () => {
  const account = {
    ...emptyAccount("Kunden", 4),
    id: "D-01",
    revenue: 2_000_000,
    potential: 5_000_000,
    grossMargin: 0.27,
  };

  test.each<[Goal["metric"], number]>([
    ["revenue", 2_000_000],
    ["grossMargin", 0.27],
    ["shareOfWallet", 0.4],
  ])("%s: the account's latest figure, dated the as-of date", (metric, figure) => {
    const g = withActualFromAccount(goal({ metric, actualFromAccount: true }), account, "2026-12-01");
    expect(g).toMatchObject({ actual: figure, actualDate: "2026-12-01" });
    expect(g.actualFromAccount).toBeUndefined();
  });

  test("a date the goal names wins; no figure, no actual; other metrics and other goals unchanged", () => {
    expect(
      withActualFromAccount(
        goal({ actualFromAccount: true, actualDate: "2026-10-31" }),
        account,
        "2026-12-01",
      ),
    ).toMatchObject({ actual: 2_000_000, actualDate: "2026-10-31" });
    expect(
      withActualFromAccount(goal({ actualFromAccount: true }), { ...account, revenue: null }, "2026-12-01"),
    ).toMatchObject({ actual: null });
    expect(
      withActualFromAccount(goal({ metric: "retention", actualFromAccount: true }), account, "2026-12-01")
        .actual,
    ).toBeNull();
    const plain = goal({ actual: 5 });
    expect(withActualFromAccount(plain, account, "2026-12-01")).toBe(plain);
  });
});
