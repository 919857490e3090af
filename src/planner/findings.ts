// Use case "findings": one list for a workbook and a plan, the same on every surface — what
// reading found, what could not be read in the goal sheet, the account data, and the rule
// catalogue on the effective plan. The CLI's `check`, the review sheet, the task pane's review
// step and its live checks all come from here.

import type { Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Goal, Plan } from "../domain/plan";
import { checkPlan } from "../domain/rules";
import type { OpenedWorkbook } from "./open";
import { effectivePlan, type PlanSettings } from "./plan";

/** What the workbook says on its own (kam read, the Accounts step). */
export function workbookFindings(opened: OpenedWorkbook): Finding[] {
  return [...opened.readingFindings, ...(opened.stored?.findings ?? []), ...opened.accountFindings];
}

/** The rule catalogue on a plan that is already effective (see effectivePlan). */
export function ruleFindings(plan: Plan, accounts: readonly Account[], asOf: string): Finding[] {
  return checkPlan(plan, accounts, { asOf });
}

/** Everything `check` reports for a plan in a workbook. */
export function planFindings(opened: OpenedWorkbook, plan: Plan, settings: PlanSettings): Finding[] {
  const effective = effectivePlan(opened, plan, settings);
  return [...workbookFindings(opened), ...ruleFindings(effective, opened.accounts, settings.asOf)];
}

/** The findings of one goal being edited, judged within the plan as if it were saved. */
export function draftGoalFindings(
  opened: OpenedWorkbook,
  plan: Plan,
  draft: Goal,
  settings: PlanSettings,
): Finding[] {
  const goals = [...plan.goals.filter((g) => g.id !== draft.id), draft];
  const effective = effectivePlan(opened, { ...plan, goals }, settings);
  return ruleFindings(effective, opened.accounts, settings.asOf).filter(
    (f) => f.subject.type === "goal" && f.subject.id === draft.id,
  );
}
