// Live findings: the planner's checks run on the plan once typing pauses briefly.

import { useMemo } from "react";
import type { Finding } from "../domain/finding";
import type { Goal, Plan } from "../domain/plan";
import { draftGoalFindings, planFindings, type OpenedWorkbook, type PlanSettings } from "../planner";
import { useDebounced } from "./useDebounced";

/** Light debounce: fast enough to feel live, slow enough not to check on every keystroke. */
export const CHECK_DELAY_MS = 150;

export type CheckResult = { findings: readonly Finding[]; error: unknown; pending: boolean };

function attempt(check: () => Finding[]): { findings: Finding[]; error: unknown } {
  try {
    return { findings: check(), error: null };
  } catch (error) {
    // A throwing check is a programming error; it is shown to the user, the pane keeps working.
    return { findings: [], error };
  }
}

/** Everything the review lists for the plan: the same list `kam check` prints. */
export function usePlanFindings(
  opened: OpenedWorkbook | null,
  plan: Plan,
  settings: PlanSettings,
): CheckResult {
  const settled = useDebounced(plan, CHECK_DELAY_MS);
  const result = useMemo(
    () => (opened ? attempt(() => planFindings(opened, settled, settings)) : { findings: [], error: null }),
    [opened, settled, settings],
  );
  return { ...result, pending: settled !== plan };
}

/**
 * Findings for a goal being edited, judged within the plan as if it were saved (so checks across
 * goals, like duplicates, see it too). Nothing while no goal is being edited.
 */
export function useDraftFindings(
  opened: OpenedWorkbook | null,
  plan: Plan,
  draft: Goal | null,
  settings: PlanSettings,
): CheckResult {
  const settled = useDebounced(draft, CHECK_DELAY_MS);
  const result = useMemo(() => {
    if (!settled || !opened) return { findings: [], error: null };
    return attempt(() => draftGoalFindings(opened, plan, settled, settings));
  }, [opened, plan, settled, settings]);
  return { ...result, pending: settled !== draft };
}
