// Key-account arithmetic shared by the checks, the suggestions and the KAM.* worksheet functions.
// Functions return a result object instead of throwing, so callers can turn a problem into a
// finding or an Excel error value.

import { dayNumber, yearsBetween } from "./dates";
import { elapsedShare, trackStatusOf, type TrackStatus } from "./progress";

export type FigureProblem = "notANumber" | "divisionByZero" | "outOfRange" | "invalidDate";
export type Figure<T = number> = { ok: true; value: T } | { ok: false; problem: FigureProblem };

const ok = <T>(value: T): Figure<T> => ({ ok: true, value });
const fail = <T = number>(problem: FigureProblem): Figure<T> => ({ ok: false, problem });
const finite = (...xs: number[]) => xs.every((x) => Number.isFinite(x));

/** Revenue / potential as a fraction. */
export function shareOfWalletOf(revenue: number, potential: number): Figure {
  if (!finite(revenue, potential)) return fail("notANumber");
  if (potential === 0) return fail("divisionByZero");
  if (potential < 0 || revenue < 0) return fail("outOfRange");
  return ok(revenue / potential);
}

/** Growth from baseline to target as a fraction: (target − baseline) / |baseline|. */
export function growth(baseline: number, target: number): Figure {
  if (!finite(baseline, target)) return fail("notANumber");
  if (baseline === 0) return fail("divisionByZero");
  return ok((target - baseline) / Math.abs(baseline));
}

/** Compound annual growth rate needed to get from baseline to target in `years`. */
export function cagr(baseline: number, target: number, years: number): Figure {
  if (!finite(baseline, target, years)) return fail("notANumber");
  if (years <= 0) return fail("outOfRange");
  if (baseline === 0) return fail("divisionByZero");
  if (baseline < 0 || target < 0) return fail("outOfRange");
  return ok(Math.pow(target / baseline, 1 / years) - 1);
}

/**
 * Annual growth a goal requires. Over a year or more this is the CAGR; under a year the growth is
 * scaled linearly to a year, because compounding a few months' growth overstates it wildly.
 */
export function requiredAnnualGrowth(baseline: number, target: number, years: number): Figure {
  if (years >= 1) return cagr(baseline, target, years);
  const g = growth(baseline, target);
  if (!g.ok) return g;
  if (!finite(years) || years <= 0) return fail("outOfRange");
  return ok(g.value / years);
}

export function requiredAnnualGrowthBetween(
  baseline: number,
  target: number,
  fromIso: string,
  toIso: string,
): Figure {
  const years = yearsBetween(fromIso, toIso);
  if (years === null) return fail("invalidDate");
  return requiredAnnualGrowth(baseline, target, years);
}

/** Share of the way from baseline to target that `actual` has covered (1 = target reached). */
export function attainment(baseline: number, target: number, actual: number): Figure {
  if (!finite(baseline, target, actual)) return fail("notANumber");
  if (target === baseline) return fail("divisionByZero");
  return ok((actual - baseline) / (target - baseline));
}

export type { TrackStatus } from "./progress";
export { TRACK_TOLERANCE } from "./progress";

/**
 * On-track status against time elapsed: attainment is compared with the share of the period from
 * start to deadline that has passed on `asOf` (the rule of `trackStatusOf`, shared with the sheets).
 */
export function trackStatus(
  baseline: number,
  target: number,
  actual: number,
  startIso: string,
  deadlineIso: string,
  asOfIso: string,
): Figure<TrackStatus> {
  const att = attainment(baseline, target, actual);
  if (!att.ok) return att;
  const start = dayNumber(startIso);
  const deadline = dayNumber(deadlineIso);
  if (start === null || deadline === null || dayNumber(asOfIso) === null) return fail("invalidDate");
  if (deadline <= start) return fail("outOfRange");
  const elapsed = elapsedShare(startIso, deadlineIso, asOfIso);
  return elapsed === null ? fail("invalidDate") : ok(trackStatusOf(att.value, elapsed));
}

export type Quadrant = "strategic" | "status" | "streamline" | "development";

/**
 * McDonald's key-account portfolio: account attractiveness × our relative strength, both 0–10,
 * split at 5. High/high = strategic, low attractiveness/high strength = status,
 * high attractiveness/low strength = development, low/low = streamline.
 */
export function quadrant(attractiveness: number, strength: number): Figure<Quadrant> {
  if (!finite(attractiveness, strength)) return fail("notANumber");
  if (attractiveness < 0 || attractiveness > 10 || strength < 0 || strength > 10) return fail("outOfRange");
  const attractive = attractiveness >= 5;
  const strong = strength >= 5;
  if (attractive) return ok(strong ? "strategic" : "development");
  return ok(strong ? "status" : "streamline");
}
