// Use case "write": the goal and review sheets for a plan, through the port. Which sheets to
// write (planWrite), the plan merged with what users changed in the goal sheet (mergeWithSheet),
// the findings on the merged plan (the same list `check` gives), and both layouts.
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
import type { Goal, Language, Plan } from "../domain/plan";
import { findingMessage } from "../i18n/findings";
import { CUT_MARKER } from "../i18n/limits";
import { SHEET_TEXT } from "../i18n/sheets";
import type { SheetInfo, SheetSpec, SkippedFeature, WorkbookPort } from "../sheet";
import { fitCellTexts } from "../workbook/cell-limit";
import { goalSheetSpec, NO_EXTRA_COLUMNS, type ExtraColumns } from "../workbook/goal-sheet";
import {
  assignIds,
  extraColumnsOf,
  planForSheet,
  readGoalSheet,
  type GoalSheetReading,
} from "../workbook/plan-sheets";
import { readOwnership, type Ownership } from "../workbook/ownership";
import { sameName } from "../workbook/planner-names";
import { NO_MANAGER_ENTRIES, readManagerEntries } from "../workbook/review-decisions";
import { reviewSheetSpec } from "../workbook/review-sheet";
import { ruleFindings } from "./findings";
import { claimSheets, ownedSpec, type Claim } from "./ownership";
import type { OpenedWorkbook } from "./open";
import { effectivePlan, type PlanSettings } from "./plan";

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

/**
 * Where the goal and review sheets go: the add-in's own sheets (proven, see ownership.ts), else new
 * sheets beside users' sheets.
 */
export function planWrite(
  sheets: readonly SheetInfo[],
  ownership: Pick<Ownership, "goal" | "review">,
  language: Language,
): WriteDecision {
  const text = SHEET_TEXT[language];
  const taken = sheets.map((s) => s.name);
  const target = (own: string | null, wanted: string): SheetTarget => {
    if (own !== null) return { name: own, replace: true, wanted: null };
    if (!taken.some((t) => sameName(t, wanted))) {
      taken.push(wanted);
      return { name: wanted, replace: false, wanted: null };
    }
    const name = freeName(wanted, taken);
    taken.push(name);
    return { name, replace: false, wanted };
  };
  return {
    goal: target(ownership.goal, text.goalSheet),
    review: target(ownership.review, text.reviewSheet),
  };
}

/**
 * Progress a KAM typed into the goal sheet survives a plan that does not state it: a goal without
 * an actual (and its date) keeps the sheet's, a goal without a start keeps the sheet's start (it was
 * frozen there on the first write). Until the three-way merge of shared workbooks decides per field.
 */
function withSheetProgress(goal: Goal, sheet: Goal | undefined): Goal {
  if (!sheet) return goal;
  const noActual = goal.actual === null && goal.actualDate === null && goal.actualFromAccount !== true;
  return {
    ...goal,
    start: goal.start ?? sheet.start,
    ...(noActual ? { actual: sheet.actual, actualDate: sheet.actualDate } : {}),
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
  // A repeated id (a finding of its own) pairs its n-th plan goal with its n-th sheet row.
  const onSheet = new Map<string, Goal[]>();
  for (const r of sheetRows) onSheet.set(r.goal.id, [...(onSheet.get(r.goal.id) ?? []), r.goal]);
  const seen = new Map<string, number>();
  const withProgress = planGoals.map((g) => {
    const n = seen.get(g.id) ?? 0;
    seen.set(g.id, n + 1);
    return withSheetProgress(g, onSheet.get(g.id)?.[n]);
  });
  const merged: Plan = {
    ...plan,
    marketing: plan.marketing ?? sheet?.marketing ?? null,
    goals: [...withProgress, ...kept.map((r) => r.goal)],
  };
  return {
    plan: planForSheet(merged, accounts, language),
    extraColumns:
      sheet && sheet.extraHeaders.length > 0
        ? extraColumnsOf(sheet.extraHeaders, sheetRows)
        : NO_EXTRA_COLUMNS,
  };
}

export type WritePlanResult = {
  goalSheet: string;
  reviewSheet: string;
  /** Sheets written under another name because a user's sheet had the wanted one. */
  renamed: readonly { wanted: string; actual: string }[];
  /** The plan as written (merged with the sheet). */
  plan: Plan;
  findings: readonly Finding[];
  /** Features the host could not render, once each. */
  skipped: readonly SkippedFeature[];
  specs: { goal: SheetSpec; review: SheetSpec };
};

export type PreparedWrite = {
  decision: WriteDecision;
  /** Ownership of the sheets written: their tokens, and the settings sheet recording them (written last). */
  claim: Claim;
  plan: Plan;
  findings: readonly Finding[];
  specs: WritePlanResult["specs"];
};

/**
 * Computes both sheets without writing them: the goal sheet is read again right before, so rows
 * users added in Excel meanwhile are kept and checked with the plan.
 */
export async function prepareWrite(
  port: Pick<WorkbookPort, "listSheets" | "listNames" | "readSheet">,
  opened: OpenedWorkbook,
  plan: Plan,
  settings: PlanSettings,
): Promise<PreparedWrite> {
  const { language, asOf } = settings;
  const { accounts } = opened;
  const ownership = await readOwnership(port);
  const { sheets, names } = ownership;
  const decision = planWrite(sheets, ownership.ownership, language);
  const claim = claimSheets(ownership);
  const existing = decision.goal.replace
    ? readGoalSheet(await port.readSheet(decision.goal.name), names)
    : null;
  const merged = mergeWithSheet(effectivePlan(opened, plan, settings), existing, accounts, language);
  // The manager's columns of the review sheet are theirs: read back and kept per account.
  const entries = decision.review.replace
    ? readManagerEntries(await port.readSheet(decision.review.name))
    : NO_MANAGER_ENTRIES;
  // The same list `check` gives, with the goal sheet's reading problems as they are now.
  const findings = [
    ...opened.readingFindings,
    ...(existing?.findings ?? []),
    ...opened.accountFindings,
    ...ruleFindings(merged.plan, accounts, asOf),
  ];
  const describe = (f: Finding) => findingMessage(f, language);
  const common = { plan: merged.plan, accounts, findings, language };
  // Texts over Excel's cell limit are cut with a visible marker (the check reports them as errors).
  const fit = (spec: SheetSpec) => fitCellTexts(spec, CUT_MARKER[language]);
  const goal = ownedSpec(
    fit(
      goalSheetSpec(
        { ...common, sheetName: decision.goal.name, extraColumns: merged.extraColumns },
        describe,
      ),
    ),
    claim.tokens.goal,
    ownership,
  );
  const review = ownedSpec(
    fit(
      reviewSheetSpec(
        { ...common, sheetName: decision.review.name, goalSheet: decision.goal.name, entries },
        describe,
      ),
    ),
    claim.tokens.review,
    ownership,
  );
  return { decision, claim, plan: merged.plan, findings, specs: { goal, review } };
}

export type WriteProgress = (step: { sheet: string; index: number; of: number }) => void;

export async function writePlan(
  port: WorkbookPort,
  opened: OpenedWorkbook,
  plan: Plan,
  settings: PlanSettings,
  onProgress: WriteProgress = () => undefined,
): Promise<WritePlanResult> {
  const prepared = await prepareWrite(port, opened, plan, settings);
  const { decision, plan: written, findings, specs } = prepared;
  const targets = [
    { spec: specs.goal, replace: decision.goal.replace },
    { spec: specs.review, replace: decision.review.replace },
  ];
  const skipped = new Map<string, SkippedFeature>();
  for (const [index, { spec, replace }] of targets.entries()) {
    onProgress({ sheet: spec.name, index, of: targets.length });
    const outcome = await port.writeSheet(spec, { replace });
    for (const s of outcome.skipped) skipped.set(`${s.feature}|${s.reason}`, s);
  }
  // Ownership records last: when this fails, the sheets carry tokens nothing records (the next write
  // goes beside them, never over a user's sheet), and a previous version's sheets stay recognisable.
  const { settings: records } = prepared.claim;
  if (records) await port.writeSheet(records.spec, { replace: records.replace });
  const renamed = [decision.goal, decision.review].flatMap((t) =>
    t.wanted === null ? [] : [{ wanted: t.wanted, actual: t.name }],
  );
  return {
    goalSheet: decision.goal.name,
    reviewSheet: decision.review.name,
    renamed,
    plan: written,
    findings,
    skipped: [...skipped.values()],
    specs,
  };
}
