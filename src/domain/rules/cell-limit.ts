// Excel holds at most 32,767 characters in a cell. A plan text over that cannot be written as it
// is: an error that names the text, so `check` says it before `write` cuts it short in the sheet.

import { finding, type Finding, type Subject, type TermKey } from "../finding";
import type { Goal, Plan } from "../plan";

/** Excel's limit for the text of one cell (UTF-16 code units, as JavaScript counts). */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

const GOAL_TEXTS: readonly [keyof Goal, TermKey][] = [
  ["statement", "field.goalText"],
  ["owner", "field.goalOwner"],
  ["account", "field.goalAccount"],
  ["unit", "field.goalUnit"],
  ["id", "field.goalId"],
];

function over(text: unknown, subject: Subject, field: string, term: TermKey): Finding[] {
  if (typeof text !== "string" || text.length <= EXCEL_CELL_TEXT_LIMIT) return [];
  return [
    finding("TEXT_OVER_CELL_LIMIT", subject, field, {
      field: { term },
      length: text.length,
      limit: EXCEL_CELL_TEXT_LIMIT,
    }),
  ];
}

export function checkCellLimits(plan: Plan, goals: readonly Goal[]): Finding[] {
  return [
    ...over(plan.vision, { type: "vision" }, "vision", "field.vision"),
    ...over(plan.mission, { type: "mission" }, "mission", "field.mission"),
    ...goals.flatMap((goal) => {
      const id = typeof goal.id === "string" ? goal.id : "";
      return GOAL_TEXTS.flatMap(([field, term]) => over(goal[field], { type: "goal", id }, field, term));
    }),
  ];
}
