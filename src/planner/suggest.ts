// Use case "suggest": goals proposed from an account's profile, in the reader's language, with
// the rationale that cites the figures. Judged against the effective plan's positioning.

import { accountKey, type Account } from "../domain/account";
import type { Goal, Plan } from "../domain/plan";
import { suggestGoals } from "../domain/suggestions";
import { renderSuggestion } from "../i18n/suggestions";
import type { OpenedWorkbook } from "./open";
import { positioningFor, type PlanSettings } from "./plan";
import { emptyPlan } from "../domain/plan";

export type Suggestion = Goal & { rationale: string };

/** Suggestions for the given accounts (default: every account), in account order. */
export function suggest(
  opened: OpenedWorkbook,
  plan: Plan | null,
  settings: PlanSettings,
  accounts: readonly Account[] = opened.accounts,
): Suggestion[] {
  const positioning = positioningFor(opened, plan ?? emptyPlan(settings.language));
  return accounts.flatMap((account) =>
    suggestGoals(account, opened.accounts, positioning, { asOf: settings.asOf }).map((draft) =>
      renderSuggestion(draft, settings.language, account),
    ),
  );
}

/** The suggestions that belong to one account (by its key). */
export function suggestionsOf(suggestions: readonly Suggestion[], account: Account): Suggestion[] {
  const key = accountKey(account);
  return suggestions.filter((s) => s.account === key);
}
