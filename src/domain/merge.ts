// The three-way merge of a plan, field by field: base (what was last read or written), mine (the
// edits being written) and theirs (the workbook right before writing). A change made on one side
// only always survives; the same field changed differently on both sides is a conflict, never
// decided here. Goals are matched by id; deletions follow the same rule (deleted on one side and
// untouched on the other: deleted; deleted on one side and edited on the other: a conflict).
// Goals both sides added under the same id are different goals: both stay, mine gets a new id.
//
// The base is fingerprints (fingerprint.ts), so the same merge serves the task pane (its base is
// the plan it read, in memory) and `kam write` (its base is stored in the workbook). A null base
// means nothing is known: every difference is a conflict.

import {
  baseOf,
  fingerprint,
  GOAL_FIELDS,
  goalKeys,
  goalFingerprints,
  sameValue,
  STATEMENT_FIELDS,
  statementValue,
  type GoalField,
  type GoalFingerprints,
  type PlanBase,
  type StatementField,
} from "./fingerprint";
import { nextGoalIds, type Goal, type Plan, type Positioning } from "./plan";

export type Side = "mine" | "theirs";

export type Conflict =
  | {
      kind: "statement";
      key: string;
      field: StatementField;
      mine: string | Positioning | null;
      theirs: string | Positioning | null;
    }
  | {
      kind: "goalField";
      key: string;
      id: string;
      field: GoalField;
      mine: Goal[GoalField];
      theirs: Goal[GoalField];
    }
  /** One side deleted the goal (null), the other changed it. */
  | { kind: "goalDeleted"; key: string; id: string; mine: Goal | null; theirs: Goal | null };
// A goal conflict's `id` is the goal's key (goalKeys): its id, or "G1#2" for a repeated id.

export type MergeResult = {
  /** The merged plan; where a conflict stands it holds the workbook's value (theirs). */
  plan: Plan;
  conflicts: readonly Conflict[];
  /** Goals both sides added under the same id: mine's was given a new id. */
  renamed: readonly { from: string; to: string }[];
};

export const conflictKey = {
  statement: (field: StatementField) => `statement:${field}`,
  goalField: (id: string, field: GoalField) => `goal:${id}:${field}`,
  goalDeleted: (id: string) => `deleted:${id}`,
};

type FieldOutcome<T> = { ok: true; value: T } | { ok: false };

/** One field: equal sides agree; a side equal to the base did not change it; else a conflict. */
function mergeField<T>(base: string | undefined, mine: T, theirs: T): FieldOutcome<T> {
  if (sameValue(mine, theirs)) return { ok: true, value: theirs };
  if (base !== undefined) {
    if (fingerprint(mine) === base) return { ok: true, value: theirs };
    if (fingerprint(theirs) === base) return { ok: true, value: mine };
  }
  return { ok: false };
}

/** True when no field of the goal changed since the base (a field the base does not know counts as changed unless empty). */
function unchangedSince(goal: Goal, base: GoalFingerprints): boolean {
  return GOAL_FIELDS.every((field) => {
    const print = base[field];
    return print === undefined ? goal[field] === null : fingerprint(goal[field]) === print;
  });
}

function sameGoal(a: Goal, b: Goal): boolean {
  return GOAL_FIELDS.every((field) => sameValue(a[field], b[field]));
}

/** Goals by goalKeys (a repeated id is matched by its occurrence), in order. */
function keyed(goals: readonly Goal[]): Map<string, Goal> {
  const keys = goalKeys(goals.map((g) => g.id));
  return new Map(goals.map((g, i) => [keys[i] ?? g.id, g]));
}

/** The index of the goal a conflict is about (by goalKeys); -1 when the plan does not hold it. */
function indexOfKey(plan: Plan, key: string): number {
  return goalKeys(plan.goals.map((g) => g.id)).indexOf(key);
}

function withField(goal: Goal, field: GoalField, value: Goal[GoalField]): Goal {
  return { ...goal, [field]: value };
}

export function mergePlans(base: PlanBase | null, mine: Plan, theirs: Plan): MergeResult {
  const conflicts: Conflict[] = [];
  const statementBase = base?.statements ?? {};

  const merged: { vision: string; mission: string; marketing: Positioning | null } = {
    vision: theirs.vision,
    mission: theirs.mission,
    marketing: theirs.marketing,
  };
  for (const field of STATEMENT_FIELDS) {
    const m = statementValue(mine, field);
    const t = statementValue(theirs, field);
    const outcome = mergeField(statementBase[field], m, t);
    if (outcome.ok) {
      if (field === "marketing") merged.marketing = outcome.value as Positioning | null;
      else merged[field] = outcome.value as string;
    } else
      conflicts.push({ kind: "statement", key: conflictKey.statement(field), field, mine: m, theirs: t });
  }

  const ours = keyed(mine.goals);
  const others = keyed(theirs.goals);
  const goals: Goal[] = [];
  const additions: Goal[] = [];
  const renamed: { from: string; to: string }[] = [];
  const taken = new Set([
    ...mine.goals.map((g) => g.id),
    ...theirs.goals.map((g) => g.id),
    ...(base?.goals.keys() ?? []),
  ]);

  for (const [key, t] of others) {
    const m = ours.get(key);
    const prints = base?.goals.get(key);
    if (m === undefined) {
      // Added there (kept), or deleted here: it stays deleted unless it was changed there.
      if (prints !== undefined && unchangedSince(t, prints)) continue;
      goals.push(t);
      if (prints !== undefined)
        conflicts.push({
          kind: "goalDeleted",
          key: conflictKey.goalDeleted(key),
          id: key,
          mine: null,
          theirs: t,
        });
      continue;
    }
    if (prints === undefined && base !== null && !sameGoal(m, t)) {
      // Both added a goal under the same id: two goals.
      const [fresh = `${m.id}-2`] = nextGoalIds(taken, 1);
      taken.add(fresh);
      renamed.push({ from: m.id, to: fresh });
      goals.push(t);
      additions.push({ ...m, id: fresh });
      continue;
    }
    let goal = t;
    for (const field of GOAL_FIELDS) {
      const outcome = mergeField(prints?.[field], m[field], t[field]);
      if (outcome.ok) goal = withField(goal, field, outcome.value);
      else
        conflicts.push({
          kind: "goalField",
          key: conflictKey.goalField(key, field),
          id: key,
          field,
          mine: m[field],
          theirs: t[field],
        });
    }
    goals.push(goal);
  }

  for (const [key, m] of ours) {
    if (others.has(key)) continue;
    const prints = base?.goals.get(key);
    if (prints === undefined) additions.push(m);
    // Deleted there: it stays deleted unless it was changed here.
    else if (!unchangedSince(m, prints))
      conflicts.push({
        kind: "goalDeleted",
        key: conflictKey.goalDeleted(key),
        id: key,
        mine: m,
        theirs: null,
      });
  }

  return {
    plan: { ...mine, ...merged, goals: [...goals, ...additions] },
    conflicts,
    renamed,
  };
}

/** The value a conflict stands for on one side, put into the plan. */
export function applyChoice(plan: Plan, conflict: Conflict, side: Side): Plan {
  switch (conflict.kind) {
    case "statement": {
      const value = conflict[side];
      if (conflict.field === "marketing") return { ...plan, marketing: value as Positioning | null };
      return { ...plan, [conflict.field]: typeof value === "string" ? value : "" };
    }
    case "goalField": {
      const at = indexOfKey(plan, conflict.id);
      return {
        ...plan,
        goals: plan.goals.map((g, i) => (i === at ? withField(g, conflict.field, conflict[side]) : g)),
      };
    }
    case "goalDeleted": {
      const chosen = conflict[side];
      const at = indexOfKey(plan, conflict.id);
      if (chosen === null) return { ...plan, goals: plan.goals.filter((_, i) => i !== at) };
      if (at < 0) return { ...plan, goals: [...plan.goals, chosen] };
      return { ...plan, goals: plan.goals.map((g, i) => (i === at ? chosen : g)) };
    }
  }
}

/** The merged plan with every conflict decided by `choose`. */
export function resolveConflicts(result: MergeResult, choose: (conflict: Conflict) => Side): Plan {
  return result.conflicts.reduce((plan, c) => applyChoice(plan, c, choose(c)), result.plan);
}

/**
 * The base after a refresh that leaves conflicts open: theirs, except that each open conflict keeps
 * the old base, so the same conflict is found again when writing (a stale edit is never written
 * silently over a co-author's change).
 */
export function rebase(old: PlanBase | null, theirs: Plan, open: readonly Conflict[]): PlanBase {
  const next = baseOf(theirs);
  if (open.length === 0) return next;
  const statements = { ...next.statements };
  const goals = new Map(next.goals);
  for (const c of open) {
    if (c.kind === "statement") {
      // Unknown (undefined) stays unknown: a difference there is a conflict again.
      statements[c.field] = old?.statements[c.field];
    } else {
      const oldGoal = old?.goals.get(c.id);
      if (c.kind === "goalDeleted") {
        if (oldGoal) goals.set(c.id, oldGoal);
        else goals.delete(c.id);
      } else {
        goals.set(c.id, { ...goals.get(c.id), [c.field]: oldGoal?.[c.field] });
      }
    }
  }
  return { statements, goals };
}

/**
 * The base once the user decided a conflict: the field now counts as theirs-as-read, so the value
 * chosen (theirs, or mine written over it deliberately) is no longer a conflict.
 */
export function settle(base: PlanBase, conflict: Conflict): PlanBase {
  if (conflict.kind === "statement") {
    return { ...base, statements: { ...base.statements, [conflict.field]: fingerprint(conflict.theirs) } };
  }
  const goals = new Map(base.goals);
  if (conflict.kind === "goalField") {
    goals.set(conflict.id, { ...goals.get(conflict.id), [conflict.field]: fingerprint(conflict.theirs) });
  } else if (conflict.theirs === null) {
    // Deleted there: a goal kept here is an addition from now on.
    goals.delete(conflict.id);
  } else {
    goals.set(conflict.id, goalFingerprints(conflict.theirs));
  }
  return { ...base, goals };
}
