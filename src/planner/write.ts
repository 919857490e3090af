// Use case "write": the goal sheet, the review sheet and the settings rows for a plan, through the
// port, as one write that either happens completely or not at all.
//
// Shared workbooks: right before writing, the goal sheet is read again (theirs) and merged three
// ways with the plan being written (mine) against the base — what the writer last read or wrote:
// the task pane passes its own; `kam write` uses the one stored in the settings sheet with every
// write (plan-base.ts). A change made on one side only always survives; the same field changed on
// both sides is a conflict, and a write with undecided conflicts writes nothing (the caller shows
// them and asks, or `kam write --prefer mine|theirs` decides them all).
//
// Existing sheets of the add-in are updated in place: only cells that changed are written, rows
// keep their places, a new goal takes a freed row or is appended (table resized, never
// TableRowCollection.add), a deleted goal's row is cleared, and columns users added stay where they
// are, untouched. A sheet whose layout cannot be updated in place is rebuilt only after the user
// agreed and only while nobody else is editing the workbook.
//
// Sheets the add-in did not create are never changed: when a user's sheet holds the wanted name,
// the add-in writes beside it ("KAM-Ziele (2)") and reports that.

import type { Account } from "../domain/account";
import { baseOf, sameBase, type PlanBase } from "../domain/fingerprint";
import type { Finding } from "../domain/finding";
import { applyChoice, mergePlans, type Conflict, type MergeResult, type Side } from "../domain/merge";
import type { Goal, Language, Plan } from "../domain/plan";
import { findingMessage } from "../i18n/findings";
import { CUT_MARKER } from "../i18n/limits";
import { SHEET_TEXT } from "../i18n/sheets";
import {
  isPortError,
  type Collaboration,
  type NamedRange,
  type SheetGrid,
  type SheetInfo,
  type SheetSpec,
  type SheetWrite,
  type SkippedFeature,
  type WorkbookPort,
} from "../sheet";
import { fitCellTexts, fitPlanTexts } from "../workbook/cell-limit";
import { goalPlacement, goalSheetSpec, GOAL_ROWS } from "../workbook/goal-sheet";
import {
  LAYOUT_KEYS,
  readStoredBase,
  storedLayout,
  withStoredBase,
  type StoredBase,
} from "../workbook/plan-base";
import {
  assignIds,
  existingGoalTable,
  planForSheet,
  readGoalSheet,
  type GoalSheetReading,
} from "../workbook/plan-sheets";
import {
  readOwnership,
  withOwnerEntries,
  type Ownership,
  type OwnershipReading,
} from "../workbook/ownership";
import { sameName } from "../workbook/planner-names";
import { NO_MANAGER_ENTRIES, readManagerEntries } from "../workbook/review-decisions";
import { readReviewTable, reviewPlacement, reviewSheetSpec, REVIEW_ROWS } from "../workbook/review-sheet";
import { NO_SETTINGS, readSettings, type SettingsReading } from "../workbook/settings-sheet";
import { ruleFindings } from "./findings";
import { claimSheets, ownedSpec, settingsSheetWrite } from "./ownership";
import type { OpenedWorkbook } from "./open";
import { effectivePlan, type PlanSettings } from "./plan";
import { updateWrite } from "./sheet-writes";

/** Layout versions this build writes; a sheet written with another one is rebuilt, not updated. */
export const LAYOUT_VERSIONS = { goal: 1, review: 1 } as const;

export type SheetTarget = {
  /** The sheet to write. */
  name: string;
  /** True when it is the add-in's own sheet from an earlier write (it is updated, or rebuilt). */
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
 * frozen there on the first write). A plan file that leaves them out
 * does not clear them (the three-way merge would read the gap as a change of mine).
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

export type WriteOptions = {
  /**
   * The base to merge against: the task pane's (what it last read or wrote). Default: the base the
   * workbook stores from the last write (null there: nothing known, every difference a conflict).
   */
  base?: PlanBase | null;
  /** How conflicts are decided: one side for all (kam --prefer), or per conflict key (the pane). */
  decide?: Side | ReadonlyMap<string, Side>;
  /** The user agreed to rebuild sheets that cannot be updated in place. */
  rebuild?: boolean;
  /** Rebuild every existing sheet (the host cannot update sheets in place). */
  rebuildAll?: boolean;
  /** Stored with the base: when (ISO date-time) and by whom this write happened. */
  writtenAt?: string | null;
  writtenBy?: string | null;
  onProgress?: WriteProgress;
};

export type WriteProgress = (step: { stage: "reading" | "writing"; sheets: readonly string[] }) => void;

/** What the workbook held right before writing (theirs), read fresh. */
export type WorkbookNow = {
  sheets: readonly SheetInfo[];
  names: readonly NamedRange[];
  /** Which sheets are the add-in's, as proven right before writing. */
  ownership: OwnershipReading;
  decision: WriteDecision;
  goal: { grid: SheetGrid; reading: GoalSheetReading } | null;
  review: SheetGrid | null;
  settings: { name: string; grid: SheetGrid; reading: SettingsReading } | null;
  /** The plan on the goal sheet in its stored form; null when there is no goal sheet. */
  theirs: Plan | null;
  stored: StoredBase | null;
};

async function readNow(
  port: Pick<WorkbookPort, "listSheets" | "listNames" | "readSheet">,
  accounts: readonly Account[],
  language: Language,
): Promise<WorkbookNow> {
  // Which sheets are the add-in's: proven (ownership.ts), never inferred from names.
  const owned = await readOwnership(port);
  const { sheets, names, ownership, settingsGrid } = owned;
  const decision = planWrite(sheets, ownership, language);
  const goalGrid = decision.goal.replace ? await port.readSheet(decision.goal.name) : null;
  const reviewGrid = decision.review.replace ? await port.readSheet(decision.review.name) : null;
  const settings =
    ownership.settings !== null && settingsGrid !== null
      ? { name: ownership.settings, grid: settingsGrid, reading: readSettings(settingsGrid) }
      : null;
  const reading = goalGrid ? readGoalSheet(goalGrid, names) : null;
  const theirs = reading
    ? planForSheet(
        {
          version: 1,
          language,
          asOf: reading.asOf,
          vision: reading.vision,
          mission: reading.mission,
          marketing: reading.marketing,
          goals: assignIds(reading.rows, []).map((r) => r.goal),
        },
        accounts,
        language,
      )
    : null;
  return {
    sheets,
    names,
    ownership: owned,
    decision,
    goal: goalGrid && reading ? { grid: goalGrid, reading } : null,
    review: reviewGrid,
    settings,
    theirs,
    stored: settings ? readStoredBase(settings.reading.entries) : null,
  };
}

/** The plan being written in the goal sheet's form; goals without an id get fresh ones. */
function minePlan(
  opened: OpenedWorkbook,
  plan: Plan,
  settings: PlanSettings,
  taken: readonly string[],
  sheet: Plan | null,
): Plan {
  const effective = effectivePlan(opened, plan, settings);
  // A repeated id pairs its n-th plan goal with its n-th sheet row.
  const onSheet = new Map<string, Goal[]>();
  for (const g of sheet?.goals ?? []) onSheet.set(g.id, [...(onSheet.get(g.id) ?? []), g]);
  const seen = new Map<string, number>();
  const rows = effective.goals.map((g, i) => {
    const n = seen.get(g.id.trim()) ?? 0;
    seen.set(g.id.trim(), n + 1);
    const { id, ...goal } = withSheetProgress(g, onSheet.get(g.id.trim())?.[n]);
    return { id: id.trim() === "" ? null : id.trim(), goal, extra: [], row: i };
  });
  const goals = assignIds(rows, taken).map((r) => r.goal);
  return planForSheet({ ...effective, goals }, opened.accounts, settings.language);
}

export type WrittenPlan = {
  status: "written";
  goalSheet: string;
  reviewSheet: string;
  /** Sheets written under another name because a user's sheet had the wanted one. */
  renamed: readonly { wanted: string; actual: string }[];
  /** The plan as written (merged with the workbook). */
  plan: Plan;
  /** The base from now on: the plan as written. */
  base: PlanBase;
  findings: readonly Finding[];
  /** Features the host could not render, once each. */
  skipped: readonly SkippedFeature[];
  specs: { goal: SheetSpec; review: SheetSpec };
  /** How each sheet was written. */
  modes: Readonly<Record<string, SheetWrite["mode"]>>;
  /** Goals both sides added under the same id: the plan's own was given a new id. */
  renumbered: readonly { from: string; to: string }[];
};

export type ConflictsFound = {
  status: "conflicts";
  /** The conflicts no decision covered; nothing was written. */
  conflicts: readonly Conflict[];
  merge: MergeResult;
  /** When and by whom the stored base was written (for "changed since …"), when known. */
  stored: StoredBase | null;
};

export type RebuildNeeded = {
  status: "rebuildNeeded";
  /** The sheets whose layout cannot be updated in place. */
  sheets: readonly string[];
  /** Whether others may be editing: a rebuild is possible only when "inactive". */
  collaboration: Collaboration;
};

export type WritePlanResult = WrittenPlan | ConflictsFound | RebuildNeeded;

export type PreparedWrite =
  | (Omit<WrittenPlan, "skipped" | "modes"> & { writes: readonly SheetWrite[] })
  | ConflictsFound
  | RebuildNeeded;

function decideAll(merge: MergeResult, decide: WriteOptions["decide"]): { plan: Plan; open: Conflict[] } {
  if (decide === undefined) return { plan: merge.plan, open: [...merge.conflicts] };
  const choice = (c: Conflict) => (typeof decide === "string" ? decide : decide.get(c.key));
  const open = merge.conflicts.filter((c) => choice(c) === undefined);
  const decided = merge.conflicts
    .filter((c) => !open.includes(c))
    .reduce((plan, c) => applyChoice(plan, c, choice(c) ?? "theirs"), merge.plan);
  return { plan: decided, open };
}

/**
 * Reads the workbook again, merges, and computes every sheet without writing anything. The result
 * says what stands in the way (conflicts, a rebuild) or holds the writes.
 */
export async function prepareWrite(
  port: Pick<WorkbookPort, "listSheets" | "listNames" | "readSheet" | "collaboration">,
  opened: OpenedWorkbook,
  plan: Plan,
  settings: PlanSettings,
  options: Omit<WriteOptions, "onProgress"> = {},
): Promise<PreparedWrite> {
  const { language, asOf } = settings;
  const { accounts } = opened;
  const now = await readNow(port, accounts, language);
  const base = options.base === undefined ? (now.stored?.base ?? null) : options.base;
  const taken = [...(now.theirs?.goals.map((g) => g.id) ?? []), ...(base?.goals.keys() ?? [])];
  const mine = minePlan(opened, plan, settings, taken, now.theirs);
  const merge =
    now.theirs === null
      ? { plan: mine, conflicts: [], renamed: [] }
      : mergePlans(base, mine, { ...now.theirs, asOf: mine.asOf, language });
  const decided = decideAll(merge, options.decide);
  if (decided.open.length > 0) {
    return { status: "conflicts", conflicts: decided.open, merge, stored: now.stored };
  }
  const written = planForSheet({ ...decided.plan, asOf, language }, accounts, language);

  // The same list `check` gives, with the goal sheet's reading problems as they are now.
  const findings = [
    ...opened.readingFindings,
    ...(now.goal?.reading.findings ?? []),
    ...opened.accountFindings,
    ...ruleFindings(written, accounts, asOf),
  ];
  const describe = (f: Finding) => findingMessage(f, language);
  const common = { plan: written, accounts, findings, language };
  // Each owned sheet carries its token, its table and names fitted to the workbook; texts over
  // Excel's cell limit are cut with a visible marker (the check reports them as errors).
  const tokens = claimSheets(now.ownership);
  const own = (spec: SheetSpec, token: string) =>
    ownedSpec(fitCellTexts(spec, CUT_MARKER[language]), token, now.ownership);
  const entries = now.settings?.reading.entries ?? NO_SETTINGS.entries;
  const rebuilds: string[] = [];
  const writes: SheetWrite[] = [];

  // The goal sheet: updated in place unless its table moved (rows inserted above it, a column
  // before it) or it was written with another layout; a sheet without a table is filled in place.
  const { decision } = now;
  const goalNow = now.goal;
  const goalTable = goalNow ? existingGoalTable(goalNow.reading, assignIds(goalNow.reading.rows, [])) : null;
  const goalFits =
    goalTable === null ||
    (goalTable.headerRow === GOAL_ROWS.header &&
      goalTable.left === 1 &&
      storedLayout(entries, LAYOUT_KEYS.goal) === LAYOUT_VERSIONS.goal);
  const goalInPlace = goalNow !== null && goalFits && options.rebuildAll !== true;
  const goalAt = goalPlacement(written.goals, goalTable, goalInPlace);
  const goalSpec = own(
    goalSheetSpec({ ...common, sheetName: decision.goal.name, placement: goalAt }, describe),
    tokens.goal,
  );
  if (!goalNow) writes.push({ mode: "create", spec: goalSpec });
  else if (goalInPlace) writes.push(updateWrite(goalSpec, goalNow.grid, goalAt));
  else {
    rebuilds.push(decision.goal.name);
    writes.push({ mode: "replace", spec: goalSpec });
  }

  // The review sheet, likewise (rows keyed by account).
  const reviewTable = now.review ? readReviewTable(now.review) : null;
  const reviewFits =
    reviewTable === null ||
    (reviewTable.headerRow === REVIEW_ROWS.header &&
      reviewTable.left === 1 &&
      storedLayout(entries, LAYOUT_KEYS.review) === LAYOUT_VERSIONS.review);
  const reviewInPlace = now.review !== null && reviewFits && options.rebuildAll !== true;
  const reviewAt = reviewPlacement(accounts, reviewTable, reviewInPlace);
  const reviewSpec = own(
    reviewSheetSpec(
      {
        ...common,
        sheetName: decision.review.name,
        placement: reviewAt,
        goalSheet: decision.goal.name,
        goalPlacement: goalAt,
        // The manager's columns are theirs: read back and kept per account.
        entries: now.review ? readManagerEntries(now.review) : NO_MANAGER_ENTRIES,
      },
      describe,
    ),
    tokens.review,
  );
  if (!now.review) writes.push({ mode: "create", spec: reviewSpec });
  else if (reviewInPlace) writes.push(updateWrite(reviewSpec, now.review, reviewAt));
  else {
    rebuilds.push(decision.review.name);
    writes.push({ mode: "replace", spec: reviewSpec });
  }

  if (rebuilds.length > 0 && options.rebuild !== true) {
    return { status: "rebuildNeeded", sheets: rebuilds, collaboration: await port.collaboration() };
  }

  // The settings rows: the base of this write (unchanged rows are not touched) and the layouts.
  const newBase = baseOf(fitPlanTexts(written, CUT_MARKER[language]));
  const keepStored = now.stored !== null && sameBase(now.stored.base, newBase);
  let nextEntries = keepStored
    ? new Map(entries)
    : withStoredBase(entries, {
        base: newBase,
        writtenAt: options.writtenAt ?? null,
        writtenBy: options.writtenBy ?? null,
      });
  nextEntries = new Map(nextEntries);
  nextEntries.set(LAYOUT_KEYS.goal, String(LAYOUT_VERSIONS.goal));
  nextEntries.set(LAYOUT_KEYS.review, String(LAYOUT_VERSIONS.review));
  // Ownership: the tokens of the sheets written, recorded with them (all or nothing, see ownership.ts).
  nextEntries = withOwnerEntries(nextEntries, tokens);
  writes.push(settingsSheetWrite(now.ownership, nextEntries, options.rebuildAll === true));

  const renamed = [decision.goal, decision.review].flatMap((t) =>
    t.wanted === null ? [] : [{ wanted: t.wanted, actual: t.name }],
  );
  return {
    status: "written",
    goalSheet: decision.goal.name,
    reviewSheet: decision.review.name,
    renamed,
    plan: written,
    base: newBase,
    findings,
    specs: { goal: goalSpec, review: reviewSpec },
    writes,
    renumbered: merge.renamed,
  };
}

/** Times a write is prepared again when someone changed the workbook between reading and writing. */
const RETRIES = 3;

export async function writePlan(
  port: WorkbookPort,
  opened: OpenedWorkbook,
  plan: Plan,
  settings: PlanSettings,
  options: WriteOptions = {},
): Promise<WritePlanResult> {
  const progress = options.onProgress ?? (() => undefined);
  for (let attempt = 0; ; attempt++) {
    progress({ stage: "reading", sheets: [] });
    const prepared = await prepareWrite(port, opened, plan, settings, options);
    if (prepared.status !== "written") return prepared;
    const { writes, ...result } = prepared;
    progress({ stage: "writing", sheets: writes.map((w) => w.spec.name) });
    try {
      const outcome = await port.writeSheets(writes);
      const skipped = new Map<string, SkippedFeature>();
      for (const s of outcome.skipped) skipped.set(`${s.feature}|${s.reason}`, s);
      return {
        ...result,
        skipped: [...skipped.values()],
        modes: Object.fromEntries(writes.map((w) => [w.spec.name, w.mode])),
      };
    } catch (error) {
      // A co-author changed a cell between reading and writing: read, merge and write again.
      if (isPortError(error) && error.code === "changedMeanwhile" && attempt < RETRIES) continue;
      // This Excel cannot update sheets in place (Table.resize needs ExcelApi 1.13): rebuilding
      // them is the only way, and needs the user's consent and nobody else editing.
      const updated = writes.filter((w) => w.mode === "update").map((w) => w.spec.name);
      if (
        isPortError(error) &&
        error.code === "hostTooOld" &&
        updated.length > 0 &&
        options.rebuildAll !== true
      ) {
        if (options.rebuild !== true)
          return { status: "rebuildNeeded", sheets: updated, collaboration: await port.collaboration() };
        return writePlan(port, opened, plan, settings, { ...options, rebuildAll: true });
      }
      throw error;
    }
  }
}
