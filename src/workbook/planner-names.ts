// Workbook names the add-in writes. The sheet markers point at A1 of the add-in's sheets (they no
// longer prove anything: see ownership.ts); the other names locate the plan's parts for reading back.

export const PLANNER_NAMES = {
  goalSheet: "KAM_GoalSheet",
  reviewSheet: "KAM_ReviewSheet",
  asOf: "KAM_AsOf",
  vision: "KAM_Vision",
  mission: "KAM_Mission",
  marketing: "KAM_Marketing",
} as const;

export const GOALS_TABLE = "KAM_Goals";
export const REVIEW_TABLE = "KAM_Review";

export function sameName(a: string, b: string): boolean {
  // Excel compares sheet, table and defined names case-insensitively.
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * The add-in's goal table: KAM_Goals, or KAM_Goals_2 … when a user's table already had the name (the
 * add-in then names its own table apart). Only looked for on a sheet proven the add-in's (ownership.ts).
 */
export function isGoalsTable(name: string): boolean {
  return isPlannerTable(name, GOALS_TABLE);
}

/** The add-in's review table: KAM_Review, or KAM_Review_2 … (as isGoalsTable). */
export function isReviewTable(name: string): boolean {
  return isPlannerTable(name, REVIEW_TABLE);
}

function isPlannerTable(name: string, table: string): boolean {
  return sameName(name, table) || new RegExp(`^${table}_\\d+$`, "i").test(name);
}
