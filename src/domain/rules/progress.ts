// A goal's progress: GOAL_OFF_TRACK when its actual lags too far behind the time elapsed, or the
// deadline has passed without the target (the same rule the goal sheet's "On track" formula applies).

import { finding, type Finding } from "../finding";
import type { Goal } from "../plan";
import { goalProgress } from "../progress";
import type { RuleContext } from "./context";

export function checkProgress(goal: Goal, ctx: RuleContext): Finding[] {
  const progress = goalProgress(goal, ctx.asOf);
  if (progress.status !== "offTrack" || progress.attainment === null || progress.elapsed === null) return [];
  const deadlinePassed = progress.elapsed > 1;
  return [
    finding("GOAL_OFF_TRACK", { type: "goal", id: goal.id }, "actual", {
      attainment: { percent: progress.attainment },
      elapsed: { percent: Math.min(1, progress.elapsed) },
      deadline: { date: goal.deadline ?? "" },
      on: { date: goal.actualDate ?? ctx.asOf ?? "" },
      ...(deadlinePassed ? { reason: "deadlinePassed" } : {}),
    }),
  ];
}
