// The pane's side of a shared workbook: its base (the plan as it last read or wrote it, in memory),
// what it last saw of the workbook, the edits a co-author's change made stale, and the user's
// decisions on them. Merging is the planner's (mergeOnRefresh, writePlan); this only keeps state.

import { useCallback, useRef, useState } from "react";
import type { Plan } from "../domain/plan";
import {
  applyChoice,
  mergeOnRefresh,
  settle,
  workbookBase,
  type Conflict,
  type OpenedWorkbook,
  type PlanBase,
  type PlanSettings,
  type RemoteChange,
  type Side,
} from "../planner";

/** Who changed the workbook's side of a stale edit, and when, where the change events said so. */
export type ChangeOrigin = { source: "remote" | "local" | null; at: string | null };

export type StaleEdit = { conflict: Conflict } & ChangeOrigin;

export type SharedPlan = {
  /** The base to write against; null until the workbook was read. */
  base: PlanBase | null;
  stale: readonly StaleEdit[];
  decisions: ReadonlyMap<string, Side>;
  /** After the first read: the workbook as it stands is the base. */
  start: (opened: OpenedWorkbook) => void;
  /**
   * After a co-author's change was read: the pane's plan merged with it (one-sided changes taken,
   * overlapping ones kept as the pane's and marked stale), and what changed.
   */
  refresh: (
    opened: OpenedWorkbook,
    plan: Plan,
    origin: ChangeOrigin,
  ) => { plan: Plan; changes: readonly RemoteChange[] } | null;
  /** A write found conflicts: they are the stale edits now. */
  conflictsFound: (conflicts: readonly Conflict[]) => void;
  decide: (key: string, side: Side) => void;
  /** The plan and base with every decision applied (for the write); the decided edits settle. */
  applyDecisions: (plan: Plan) => { plan: Plan; base: PlanBase | null };
  /** After a write: what was written is the base. */
  written: (base: PlanBase) => void;
};

export function useSharedPlan(settings: PlanSettings): SharedPlan {
  const [base, setBase] = useState<PlanBase | null>(null);
  const [stale, setStale] = useState<readonly StaleEdit[]>([]);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Side>>(new Map());
  // Read synchronously by refresh, which runs right after a read.
  const current = useRef<{ base: PlanBase | null; seen: PlanBase | null; stale: readonly StaleEdit[] }>({
    base: null,
    seen: null,
    stale: [],
  });

  const keep = (next: { base: PlanBase | null; seen: PlanBase | null; stale: readonly StaleEdit[] }) => {
    current.current = next;
    setBase(next.base);
    setStale(next.stale);
  };

  const start = useCallback(
    (opened: OpenedWorkbook) => {
      const read = workbookBase(opened, settings);
      keep({ base: read, seen: read, stale: [] });
    },
    [settings],
  );

  const refresh = useCallback(
    (opened: OpenedWorkbook, plan: Plan, origin: ChangeOrigin) => {
      const { base: old, seen, stale: before } = current.current;
      if (old === null || seen === null) return null;
      const merged = mergeOnRefresh(old, seen, plan, opened, settings);
      const known = new Map(before.map((s) => [s.conflict.key, s]));
      const next = merged.conflicts.map((conflict): StaleEdit => ({
        ...(known.get(conflict.key) ?? origin),
        conflict,
      }));
      keep({ base: merged.base, seen: merged.seen, stale: next });
      return { plan: merged.plan, changes: merged.changes };
    },
    [settings],
  );

  const conflictsFound = useCallback((conflicts: readonly Conflict[]) => {
    const known = new Map(current.current.stale.map((s) => [s.conflict.key, s]));
    const next = conflicts.map((conflict): StaleEdit => ({
      source: null,
      at: null,
      ...known.get(conflict.key),
      conflict,
    }));
    keep({ ...current.current, stale: next });
  }, []);

  const decide = useCallback((key: string, side: Side) => {
    setDecisions((now) => new Map(now).set(key, side));
  }, []);

  const applyDecisions = useCallback(
    (plan: Plan) => {
      let next = plan;
      let nextBase = current.current.base;
      const open: StaleEdit[] = [];
      for (const edit of current.current.stale) {
        const side = decisions.get(edit.conflict.key);
        if (side === undefined || nextBase === null) {
          open.push(edit);
          continue;
        }
        next = applyChoice(next, edit.conflict, side);
        nextBase = settle(nextBase, edit.conflict);
      }
      keep({ ...current.current, base: nextBase, stale: open });
      setDecisions(new Map());
      return { plan: next, base: nextBase };
    },
    [decisions],
  );

  const written = useCallback((next: PlanBase) => {
    keep({ base: next, seen: next, stale: [] });
    setDecisions(new Map());
  }, []);

  return { base, stale, decisions, start, refresh, conflictsFound, decide, applyDecisions, written };
}
