// Writing the plan into the workbook over the port: which sheets to write (planWrite), merging the
// plan with what users changed in the goal sheet, checking the merged plan, and writing the goal
// and review sheets.
//
// Merge rule on re-write:
// - The plan being written wins for vision, mission and as-of, and for every goal id it contains.
//   Its marketing positioning wins too; a plan without one keeps the sheet's.
// - Goal rows that exist only in the sheet (users added them in Excel) are kept, after the plan's
//   goals in sheet order; rows without a goal id get the next free id (G + number).
// - Columns users added to the goal table are kept with their values per goal id, after the
//   add-in's columns in their original order. Cells keep their value and number format; a formula
//   in such a column is kept as its value (the port reads values).
// - Sheets the add-in did not create are never changed: when a user's sheet holds the wanted name,
//   the add-in writes beside it ("KAM-Ziele (2)") and reports that.
// Writing twice changes nothing: the second write reads back exactly what the first wrote. (Goals a
// caller passes without an id get fresh ids on every write; callers keep the ids of `result.plan`.)

import type { Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Language, Plan } from "../domain/plan";
import type { NamedRange, SheetInfo, SkippedFeature, WorkbookPort } from "../hosts/port";
import { SHEET_TEXT } from "../i18n/sheets";
import { goalSheetSpec, NO_EXTRA_COLUMNS, type ExtraColumns } from "./goal-sheet";
import { assignIds, extraColumnsOf, planForSheet, readGoalSheet, type GoalSheetReading } from "./plan-sheets";
import { GOALS_TABLE, markedSheet, PLANNER_NAMES, REVIEW_TABLE, sameName } from "./planner-names";
import { reviewSheetSpec } from "./review-sheet";
import type { SheetSpec } from "./sheet-spec";

export type SheetTarget = {
  /** The sheet to write. */
  name: string;
  /** True when it is the add-in's own sheet from an earlier write (its contents are replaced). */
  replace: boolean;
  /** The localised name it wanted when a user's sheet already had that name; else null. */
  wanted: string | null;
};

export type WriteDecision = { goal: SheetTarget; review: SheetTarget };

const MAX_SHEET_NAME = 31;

function freeName(wanted: string, taken: readonly string[]): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.some((t) => sameName(t, name))) return name;
  }
}

/** Where the goal and review sheets go: the add-in's own sheets, else new sheets beside users' sheets. */
export function planWrite(
  sheets: readonly SheetInfo[],
  names: readonly NamedRange[],
  language: Language,
): WriteDecision {
  const text = SHEET_TEXT[language];
  const taken = sheets.map((s) => s.name);
  const target = (marker: string, table: string, wanted: string): SheetTarget => {
    const own = markedSheet(sheets, names, marker, table, (s) => s.tables);
    if (own) return { name: own.name, replace: true, wanted: null };
    if (!taken.some((t) => sameName(t, wanted))) {
      taken.push(wanted);
      return { name: wanted, replace: false, wanted: null };
    }
    const name = freeName(wanted, taken);
    taken.push(name);
    return { name, replace: false, wanted };
  };
  return {
    goal: target(PLANNER_NAMES.goalSheet, GOALS_TABLE, text.goalSheet),
    review: target(PLANNER_NAMES.reviewSheet, REVIEW_TABLE, text.reviewSheet),
  };
}

/** The plan merged with the goal sheet as it stands (see the merge rule above), in sheet form. */
export function mergeWithSheet(
  plan: Plan,
  sheet: GoalSheetReading | null,
  accounts: readonly Account[],
  language: Language,
): { plan: Plan; extraColumns: ExtraColumns } {
  const planIds = plan.goals.map((g) => g.id.trim()).filter((id) => id !== "");
  const sheetIds = sheet?.rows.flatMap((r) => (r.id === null ? [] : [r.id])) ?? [];
  // Plan goals without an id get fresh ids that collide with neither the plan nor the sheet.
  const planGoals = assignIds(
    plan.goals.map((g) => {
      const { id, ...goal } = g;
      return { id: id.trim() === "" ? null : id.trim(), goal, extra: [] };
    }),
    sheetIds,
  ).map((r) => r.goal);
  const inPlan = new Set(planGoals.map((g) => g.id));
  const sheetRows = sheet ? assignIds(sheet.rows, [...planIds, ...planGoals.map((g) => g.id)]) : [];
  const kept = sheetRows.filter((r) => !inPlan.has(r.goal.id));
  const merged: Plan = {
    ...plan,
    marketing: plan.marketing ?? sheet?.marketing ?? null,
    goals: [...planGoals, ...kept.map((r) => r.goal)],
  };
  return {
    plan: planForSheet(merged, accounts, language),
    extraColumns:
      sheet && sheet.extraHeaders.length > 0
        ? extraColumnsOf(sheet.extraHeaders, sheetRows)
        : NO_EXTRA_COLUMNS,
  };
}

export type WritePlanInput = {
  plan: Plan;
  accounts: readonly Account[];
  language: Language;
  /** The date the plan is judged against; it stands on both sheets. */
  asOf: string;
  /** All findings for a plan: the checks run on the merged plan, so rows users added are checked too. */
  check: (plan: Plan) => readonly Finding[];
  /** A finding's message in `language`. */
  describe: (f: Finding) => string;
};

export type WritePlanResult = {
  goalSheet: string;
  reviewSheet: string;
  /** Sheets written under another name because a user's sheet had the wanted one. */
  renamed: readonly { wanted: string; actual: string }[];
  /** The plan as written (merged with the sheet). */
  plan: Plan;
  findings: readonly Finding[];
  /** Features the host could not render. */
  skipped: readonly SkippedFeature[];
  specs: { goal: SheetSpec; review: SheetSpec };
};

/** Computes both sheets without writing them (the task pane previews; tests compare). */
export async function prepareWrite(
  port: Pick<WorkbookPort, "listSheets" | "listNames" | "readSheet">,
  input: WritePlanInput,
): Promise<{
  decision: WriteDecision;
  plan: Plan;
  findings: readonly Finding[];
  specs: WritePlanResult["specs"];
}> {
  const { accounts, language, asOf } = input;
  const sheets = await port.listSheets();
  const names = await port.listNames();
  const decision = planWrite(sheets, names, language);
  const existing = decision.goal.replace
    ? readGoalSheet(await port.readSheet(decision.goal.name), names)
    : null;
  const { plan, extraColumns } = mergeWithSheet({ ...input.plan, asOf }, existing, accounts, language);
  // What could not be read in the goal sheet is reported with the plan's findings.
  const findings = [...(existing?.findings ?? []), ...input.check(plan)];
  const goal = goalSheetSpec(
    { plan, accounts, findings, language, sheetName: decision.goal.name, extraColumns },
    input.describe,
  );
  const review = reviewSheetSpec(
    { plan, accounts, findings, language, sheetName: decision.review.name },
    input.describe,
  );
  return { decision, plan, findings, specs: { goal, review } };
}

export async function writePlan(port: WorkbookPort, input: WritePlanInput): Promise<WritePlanResult> {
  const { decision, plan, findings, specs } = await prepareWrite(port, input);
  const goalOutcome = await port.writeSheet(specs.goal, { replace: decision.goal.replace });
  const reviewOutcome = await port.writeSheet(specs.review, { replace: decision.review.replace });
  const renamed = [decision.goal, decision.review].flatMap((t) =>
    t.wanted === null ? [] : [{ wanted: t.wanted, actual: t.name }],
  );
  return {
    goalSheet: decision.goal.name,
    reviewSheet: decision.review.name,
    renamed,
    plan,
    findings,
    skipped: [...goalOutcome.skipped, ...reviewOutcome.skipped],
    specs,
  };
}
