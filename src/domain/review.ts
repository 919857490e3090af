// What the management review says about an account's progress: the attainment across its goals,
// how many goals are on track, at risk or off track, and a red/amber/green status that combines
// the plan's quality (findings) with that progress. The review sheet computes the same with native
// formulas over the goal table (src/workbook/progress-formulas.ts).

import type { Goal } from "./plan";
import { goalProgress, type GoalProgress } from "./progress";

export type Rag = "red" | "amber" | "green";
export const RAGS: readonly Rag[] = ["red", "amber", "green"];

export type GoalWithProgress = { goal: Goal; progress: GoalProgress };

export type AccountProgress = {
  goals: readonly GoalWithProgress[];
  /** Mean attainment of the goals that have one, dropped goals aside; null when none has. */
  attainment: number | null;
  /** Goals on track or achieved. */
  onTrack: number;
  atRisk: number;
  offTrack: number;
};

export function accountProgress(goals: readonly Goal[], asOf: string | null): AccountProgress {
  const withProgress = goals.map((goal) => ({ goal, progress: goalProgress(goal, asOf) }));
  const attainments = withProgress
    .filter((g) => g.goal.status !== "dropped" && g.progress.attainment !== null)
    .map((g) => g.progress.attainment ?? 0);
  const count = (...statuses: (GoalProgress["status"] & string)[]) =>
    withProgress.filter((g) => g.progress.status !== null && statuses.includes(g.progress.status)).length;
  return {
    goals: withProgress,
    attainment: attainments.length === 0 ? null : attainments.reduce((s, a) => s + a, 0) / attainments.length,
    onTrack: count("onTrack", "achieved"),
    atRisk: count("atRisk"),
    offTrack: count("offTrack"),
  };
}

export type RagInput = {
  /** Error- and warning-level findings on the account and its goals (progress findings aside). */
  errors: number;
  warnings: number;
  goals: number;
  atRisk: number;
  offTrack: number;
};

/**
 * Red: the plan has errors or a goal is off track. Amber: warnings, a goal at risk, or no goals at
 * all. Green otherwise.
 */
export function ragOf({ errors, warnings, goals, atRisk, offTrack }: RagInput): Rag {
  if (errors > 0 || offTrack > 0) return "red";
  if (warnings > 0 || atRisk > 0 || goals === 0) return "amber";
  return "green";
}
