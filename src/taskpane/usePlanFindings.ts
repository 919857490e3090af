// Live findings: the rule catalogue runs on the plan once typing pauses briefly.

import { useMemo } from "react";
import type { Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Goal, Plan } from "../domain/plan";
import { checkPlan } from "../domain/rules";
import { goalFindings } from "./model/findings-view";
import { useDebounced } from "./useDebounced";

/** Light debounce: fast enough to feel live, slow enough not to check on every keystroke. */
export const CHECK_DELAY_MS = 150;

export type CheckResult = { findings: readonly Finding[]; error: unknown; pending: boolean };

function check(
  plan: Plan,
  accounts: readonly Account[],
  asOf: string,
): { findings: Finding[]; error: unknown } {
  try {
    return { findings: checkPlan(plan, accounts, { asOf }), error: null };
  } catch (error) {
    // A throwing check is a programming error; it is shown to the user, the pane keeps working.
    return { findings: [], error };
  }
}

export function usePlanFindings(plan: Plan, accounts: readonly Account[], asOf: string): CheckResult {
  const settled = useDebounced(plan, CHECK_DELAY_MS);
  const result = useMemo(() => check(settled, accounts, asOf), [settled, accounts, asOf]);
  return { ...result, pending: settled !== plan };
}

/**
 * Findings for a goal being edited, judged within the plan as if it were saved (so checks across
 * goals, like duplicates, see it too). null while no goal is being edited.
 */
export function useDraftFindings(
  plan: Plan,
  draft: Goal | null,
  accounts: readonly Account[],
  asOf: string,
): CheckResult {
  const settled = useDebounced(draft, CHECK_DELAY_MS);
  const result = useMemo(() => {
    if (!settled) return { findings: [], error: null };
    const goals = [...plan.goals.filter((g) => g.id !== settled.id), settled];
    const checked = check({ ...plan, goals }, accounts, asOf);
    return { findings: goalFindings(checked.findings, settled.id), error: checked.error };
  }, [plan, settled, accounts, asOf]);
  return { ...result, pending: settled !== draft };
}
