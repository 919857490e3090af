// Use case "merge while editing": the task pane keeps its base (the plan as it last read or wrote
// it) and, when a co-author changes the goal sheet, merges right away instead of at the next write.
// One-sided changes flow into the pane; a field both sides changed stays the pane's value, marked
// as a stale edit (the conflict is kept open in the base, so writing cannot pass over it). The same
// three-way merge as the write (src/domain/merge.ts).

import { baseOf, GOAL_FIELDS, goalKeys, type GoalField, type PlanBase } from "../domain/fingerprint";
import { applyChoice, mergePlans, rebase, type Conflict } from "../domain/merge";
import { emptyPlan, type Plan } from "../domain/plan";
import { planForSheet } from "../workbook/plan-sheets";
import type { OpenedWorkbook } from "./open";
import { effectivePlan, type PlanSettings } from "./plan";

/** The goal sheet's plan in its stored form (what a write compares against); empty without one. */
export function workbookPlan(opened: OpenedWorkbook, settings: PlanSettings): Plan {
  const stored = opened.stored?.plan ?? emptyPlan(settings.language);
  return planForSheet({ ...stored, language: settings.language }, opened.accounts, settings.language);
}

/** The pane's base right after reading the workbook: the plan as it stands there. */
export function workbookBase(opened: OpenedWorkbook, settings: PlanSettings): PlanBase {
  return baseOf(workbookPlan(opened, settings));
}

/** What changed in the workbook since the pane last looked, for the notice. */
export type RemoteChange =
  | { kind: "statement"; field: "vision" | "mission" }
  | { kind: "goalField"; id: string; field: GoalField; value: Plan["goals"][number][GoalField] }
  | { kind: "goalAdded"; id: string }
  | { kind: "goalRemoved"; id: string };

export type RefreshedPlan = {
  /** The pane's plan with the co-authors' one-sided changes in it. */
  plan: Plan;
  /** The base from now on (open conflicts keep the old base, so they are found again on writing). */
  base: PlanBase;
  /** What the workbook says now, for the next comparison. */
  seen: PlanBase;
  /** Pending edits of the pane that a co-author's change made stale. */
  conflicts: readonly Conflict[];
  /** What changed in the workbook since `seen`. */
  changes: readonly RemoteChange[];
};

function changesSince(seen: PlanBase, now: Plan): RemoteChange[] {
  const prints = baseOf(now);
  const changes: RemoteChange[] = [];
  for (const field of ["vision", "mission"] as const) {
    if (seen.statements[field] !== prints.statements[field]) changes.push({ kind: "statement", field });
  }
  const keys = goalKeys(now.goals.map((g) => g.id));
  now.goals.forEach((goal, i) => {
    const key = keys[i] ?? goal.id;
    const before = seen.goals.get(key);
    if (before === undefined) {
      changes.push({ kind: "goalAdded", id: goal.id });
      return;
    }
    const after = prints.goals.get(key);
    for (const field of GOAL_FIELDS) {
      if (before[field] !== after?.[field])
        changes.push({ kind: "goalField", id: goal.id, field, value: goal[field] });
    }
  });
  for (const id of seen.goals.keys()) if (!prints.goals.has(id)) changes.push({ kind: "goalRemoved", id });
  return changes;
}

/**
 * The pane's plan merged with the workbook as just read again. `base` is the pane's base, `seen`
 * what it last saw of the workbook. Positioning stays the pane's own (it follows marketing's sheet).
 */
export function mergeOnRefresh(
  base: PlanBase,
  seen: PlanBase,
  plan: Plan,
  opened: OpenedWorkbook,
  settings: PlanSettings,
): RefreshedPlan {
  const theirs = workbookPlan(opened, settings);
  const mine = planForSheet(effectivePlan(opened, plan, settings), opened.accounts, settings.language);
  const merged = mergePlans(base, mine, { ...theirs, marketing: mine.marketing });
  const conflicts = merged.conflicts.filter((c) => c.kind !== "statement" || c.field !== "marketing");
  // Open conflicts show the pane's own value until the user decides.
  const shown = conflicts.reduce((p, c) => applyChoice(p, c, "mine"), merged.plan);
  return {
    plan: { ...shown, language: plan.language, marketing: plan.marketing },
    base: rebase(base, theirs, conflicts),
    seen: baseOf(theirs),
    conflicts,
    changes: changesSince(seen, theirs),
  };
}
