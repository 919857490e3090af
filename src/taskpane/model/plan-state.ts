// The plan the pane edits, as a reducer: every change the user can make is one action, so the
// pane's state changes in one place and each change is testable without React.

import { emptyPlan, nextGoalId, type Goal, type Language, type Plan } from "../../domain/plan";

export type PlanAction =
  /** The plan stored in the workbook, on first opening it. */
  | { type: "resume"; plan: Plan }
  /** A plan file the user opened: it replaces the plan, positioning included. */
  | { type: "import"; plan: Plan }
  | { type: "vision"; text: string }
  | { type: "mission"; text: string }
  /** Adds goals; ids already taken are replaced by free ones. */
  | { type: "addGoals"; goals: readonly Goal[] }
  /** Replaces the goal with the same id. */
  | { type: "saveGoal"; goal: Goal }
  | { type: "deleteGoal"; id: string }
  /** The goals as written (the sheet may have added rows users typed in Excel). */
  | { type: "written"; goals: readonly Goal[] }
  /**
   * The plan merged with the workbook (after a write, or a co-author's change): its texts and goals;
   * the positioning stays the pane's own (it follows marketing's sheet).
   */
  | { type: "merged"; plan: Plan };

export function initialPlan(language: Language): Plan {
  return emptyPlan(language);
}

export function planReducer(plan: Plan, action: PlanAction): Plan {
  switch (action.type) {
    case "resume":
    case "import":
      return { ...action.plan, language: plan.language };
    case "vision":
      return { ...plan, vision: action.text };
    case "mission":
      return { ...plan, mission: action.text };
    case "addGoals": {
      const all = [...plan.goals];
      for (const goal of action.goals) {
        const id = all.some((g) => g.id === goal.id) ? nextGoalId(all) : goal.id;
        all.push({ ...goal, id });
      }
      return { ...plan, goals: all };
    }
    case "saveGoal":
      return { ...plan, goals: plan.goals.map((g) => (g.id === action.goal.id ? action.goal : g)) };
    case "deleteGoal":
      return { ...plan, goals: plan.goals.filter((g) => g.id !== action.id) };
    case "written":
      return { ...plan, goals: action.goals };
    case "merged":
      return { ...action.plan, language: plan.language, marketing: plan.marketing };
  }
}
