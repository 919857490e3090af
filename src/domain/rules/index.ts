// The rule catalogue (see FINDING_SEVERITY): vision, mission, every goal, goals across accounts,
// and the accounts in the light of the plan. Checks return findings and never throw on bad input.

import type { Account } from "../account";
import type { Finding } from "../finding";
import type { Goal, Plan } from "../plan";
import type { Thresholds } from "../thresholds";
import { checkAccountData } from "./accounts";
import { checkCellLimits } from "./cell-limit";
import { resolveThresholds, validAsOf, type RuleContext } from "./context";
import { checkCoverage } from "./coverage";
import { checkGoal } from "./goal";
import { checkMission } from "./mission";
import { checkProgress } from "./progress";
import { checkDuplicateIds, checkDuplicatesAcrossAccounts } from "./portfolio-goals";
import { checkVision } from "./vision";

export type CheckOptions = {
  /** ISO date the plan is judged against. */
  asOf: string;
  thresholds?: Partial<Thresholds>;
};

/** Vision, mission, every goal, goals across accounts, and accounts that have goals. */
export function checkPlan(plan: Plan, accounts: readonly Account[], options: CheckOptions): Finding[] {
  const goals: readonly Goal[] = Array.isArray(plan.goals)
    ? plan.goals.filter((g) => typeof g === "object" && g !== null)
    : [];
  const ctx: RuleContext = {
    accounts: Array.isArray(accounts) ? accounts : [],
    asOf: validAsOf(options.asOf),
    thresholds: resolveThresholds(options.thresholds),
    marketing: typeof plan.marketing === "object" ? plan.marketing : null,
  };
  return [
    ...checkVision(plan.vision, ctx.thresholds),
    ...checkMission(plan.mission, plan.vision, ctx.thresholds),
    ...goals.flatMap((goal) => checkGoal(goal, ctx)),
    ...goals.flatMap((goal) => checkProgress(goal, ctx)),
    ...checkDuplicateIds(goals),
    ...checkDuplicatesAcrossAccounts(goals, ctx),
    ...checkCoverage(goals, ctx),
    ...checkCellLimits(plan, goals),
  ];
}

/** Account data on its own: duplicates and suspect figures (ACCOUNT_DUPLICATE, ACCOUNT_DATA_SUSPECT). */
export function checkAccounts(accounts: readonly Account[]): Finding[] {
  return checkAccountData(accounts);
}

export { monetaryWording } from "./vision";
export { visionOverlap } from "./mission";
