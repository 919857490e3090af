// Progress of a goal against its target and its time: attainment (share of the way from baseline to
// target covered by the actual), time elapsed (share of the period from start to deadline passed on
// the actual's date) and the on-track status that compares them.
//
// The goal sheet computes the same three as native Excel formulas (src/workbook/progress-formulas.ts)
// so a workbook recalculates without the add-in. Both sides use the same arithmetic: day counts, one
// division each, and comparisons on values rounded to 9 decimals — spreadsheets compare almost-equal
// numbers as equal, so a difference in the last bit must not tip a goal across a threshold.

import type { Account } from "./account";
import { accountFigure } from "./baseline";
import { dayNumber } from "./dates";
import { ACTUAL_FROM_ACCOUNT, type Goal } from "./plan";

export type TrackStatus = "achieved" | "onTrack" | "atRisk" | "offTrack";
export const TRACK_STATUSES: readonly TrackStatus[] = ["achieved", "onTrack", "atRisk", "offTrack"];

/** How far behind the time-proportional path a goal may fall before it counts as at risk / off track. */
export const TRACK_TOLERANCE = { atRisk: 0.1, offTrack: 0.25 } as const;

/** Decimals the comparisons round to (the formulas use ROUND(…, 9) likewise). */
export const PROGRESS_DECIMALS = 9;

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Rounds half away from zero to PROGRESS_DECIMALS, as Excel's ROUND does. */
export function roundProgress(x: number): number {
  const factor = 10 ** PROGRESS_DECIMALS;
  return (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
}

/** (actual − baseline) / (target − baseline); null when a figure is missing or target = baseline. */
export function attainmentOf(
  baseline: number | null,
  target: number | null,
  actual: number | null,
): number | null {
  if (!isFiniteNumber(baseline) || !isFiniteNumber(target) || !isFiniteNumber(actual)) return null;
  if (target === baseline) return null;
  return (actual - baseline) / (target - baseline);
}

/**
 * Share of the period from `start` to `deadline` that has passed on `on` (not clamped: above 1 once
 * the deadline is past). Null when a date is missing or invalid, or the deadline is not after the start.
 */
export function elapsedShare(
  start: string | null,
  deadline: string | null,
  on: string | null,
): number | null {
  const s = typeof start === "string" ? dayNumber(start) : null;
  const d = typeof deadline === "string" ? dayNumber(deadline) : null;
  const o = typeof on === "string" ? dayNumber(on) : null;
  if (s === null || d === null || o === null || d <= s) return null;
  return (o - s) / (d - s);
}

/**
 * The on-track status for an attainment and a time elapsed: achieved once the target is reached;
 * off track once the deadline has passed without it; else by how far attainment lags behind the
 * time-proportional path (elapsed, capped to 0…1).
 */
export function trackStatusOf(attainment: number, elapsed: number): TrackStatus {
  if (roundProgress(attainment) >= 1) return "achieved";
  if (roundProgress(elapsed) > 1) return "offTrack";
  const gap = roundProgress(Math.min(1, Math.max(0, elapsed)) - attainment);
  if (gap <= TRACK_TOLERANCE.atRisk) return "onTrack";
  if (gap <= TRACK_TOLERANCE.offTrack) return "atRisk";
  return "offTrack";
}

export type GoalProgress = {
  attainment: number | null;
  elapsed: number | null;
  /** Null when attainment or time elapsed is unknown, or the goal was dropped. */
  status: TrackStatus | null;
};

export type ProgressFields = Pick<
  Goal,
  "baseline" | "target" | "actual" | "actualDate" | "start" | "deadline" | "status"
>;

/**
 * A goal's progress as the goal sheet shows it. The time elapsed is measured on the actual's date
 * (the figure is as of then), else on `asOf`. A goal without a start has no time elapsed (the goal
 * sheet gives every goal a start when it first writes it).
 */
export function goalProgress(goal: ProgressFields, asOf: string | null): GoalProgress {
  const attainment = attainmentOf(goal.baseline, goal.target, goal.actual);
  const elapsed = elapsedShare(goal.start, goal.deadline, goal.actualDate ?? asOf);
  const status =
    attainment === null || elapsed === null || goal.status === "dropped"
      ? null
      : trackStatusOf(attainment, elapsed);
  return { attainment, elapsed, status };
}

/**
 * A goal that asks for its actual from the account (`actualFromAccount`) with the account's latest
 * figure for its metric, dated `asOf` unless the goal names a date; other goals as they are. Without
 * such a figure the actual stays empty rather than guessed.
 */
export function withActualFromAccount(goal: Goal, account: Account | undefined, asOf: string | null): Goal {
  if (goal.actualFromAccount !== true) return goal;
  const { actualFromAccount: _resolved, ...rest } = goal;
  if (!ACTUAL_FROM_ACCOUNT.includes(goal.metric) || !account) return rest;
  const figure = accountFigure(goal.metric, account);
  if (figure === null) return rest;
  return { ...rest, actual: figure, actualDate: goal.actualDate ?? asOf };
}
