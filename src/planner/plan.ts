// Use case "the effective plan": which plan, positioning, as-of date and language the checks and
// the writer see. One rule for every surface (task pane, workbench, `kam`):
//
// - Positioning: a plan's own `marketing` (a plan file that states one) wins; else marketing's
//   sheet in the workbook (the chosen one, or the detected one); else the copy the goal sheet keeps
//   from the last write. The copy is only a record of what the plan was judged against, so a
//   changed marketing sheet takes effect at once. A plan resumed from the workbook therefore
//   starts without positioning of its own (`resumePlan`).
// - As-of date: the one given on this run (--as-of, or the pane's today); else the plan's; else today.
// - Language: the one asked for (--lang, the pane's UI language); else the plan's; else the
//   workbook's (the language of its headers); else the environment's.

import { findAccount } from "../domain/account";
import type { Language, Plan, Positioning } from "../domain/plan";
import { withActualFromAccount } from "../domain/progress";
import type { OpenedWorkbook } from "./open";

export function positioningFor(opened: OpenedWorkbook, plan: Plan): Positioning | null {
  return plan.marketing ?? opened.positioning ?? opened.stored?.plan.marketing ?? null;
}

/** The plan stored in the workbook as a starting point for editing; null when there is none. */
export function resumePlan(opened: OpenedWorkbook): Plan | null {
  const stored = opened.stored;
  return stored === null ? null : { ...stored.plan, marketing: null };
}

export type PlanSettings = { asOf: string; language: Language };

/**
 * The plan as the checks and the writer see it. Goals that ask for their actual from the account
 * sheet get the account's latest figure, dated the as-of date.
 */
export function effectivePlan(opened: OpenedWorkbook, plan: Plan, settings: PlanSettings): Plan {
  const resolve = plan.goals.some((g) => g.actualFromAccount === true);
  return {
    ...plan,
    language: settings.language,
    asOf: settings.asOf,
    marketing: positioningFor(opened, plan),
    goals: resolve
      ? plan.goals.map((g) =>
          withActualFromAccount(g, findAccount(opened.accounts, g.account), settings.asOf),
        )
      : plan.goals,
  };
}

export function asOfFor(given: string | null, plan: Plan | null, today: string): string {
  return given ?? plan?.asOf ?? today;
}

/** The language to answer in (see the rule at the top). */
export function languageFor(
  asked: Language | null,
  plan: Plan | null,
  opened: OpenedWorkbook | null,
  environment: Language,
): Language {
  return asked ?? plan?.language ?? opened?.stored?.plan.language ?? opened?.language ?? environment;
}
