// Workbook names the add-in owns. The sheet markers point at A1 of the add-in's sheets, so a sheet
// stays the add-in's when users rename it; the other names locate the plan's parts for reading back.

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
 * The add-in's own sheet of one kind: the sheet its marker name points at, else the sheet holding
 * its table (when the marker got lost). Works on sheet infos and on grids alike.
 */
export function markedSheet<T extends { name: string }>(
  sheets: readonly T[],
  names: readonly { name: string; sheet: string }[],
  marker: string,
  table: string,
  tablesOf: (sheet: T) => readonly string[],
): T | undefined {
  const named = names.find((n) => sameName(n.name, marker));
  const marked = named ? sheets.find((s) => sameName(s.name, named.sheet)) : undefined;
  return marked ?? sheets.find((s) => tablesOf(s).some((t) => sameName(t, table)));
}

/** The goal and review tables the add-in writes. */
export function isPlannerTable(name: string): boolean {
  return sameName(name, GOALS_TABLE) || sameName(name, REVIEW_TABLE);
}

/**
 * Names of the add-in's own sheets: those its marker names point at, and those holding its
 * tables (a lost marker). They are never read as account sheets.
 */
export function plannerSheetNames(
  sheets: readonly { name: string; tables: readonly string[] }[],
  names: readonly { name: string; sheet: string }[],
): Set<string> {
  const own = new Set<string>();
  for (const n of names) {
    if (sameName(n.name, PLANNER_NAMES.goalSheet) || sameName(n.name, PLANNER_NAMES.reviewSheet))
      own.add(n.sheet);
  }
  for (const s of sheets) if (s.tables.some(isPlannerTable)) own.add(s.name);
  return own;
}
