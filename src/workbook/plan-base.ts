// The base of the last plan write, kept in the settings sheet so that `kam write` (and a task pane
// that has not read the plan itself) can merge three ways: per-field fingerprints, not values — a
// statement may be long and a cell holds at most 32,767 characters. One row per goal id
// ("base:goal:G7" | 70 characters), one for vision, mission and positioning ("base:plan"), the field
// order ("base:fields"), and when and by whom the base was written. A goal id that is in the base
// but gone from the sheet was deleted there.

import {
  GOAL_FIELDS,
  packFingerprints,
  STATEMENT_FIELDS,
  unpackFingerprints,
  type GoalFingerprints,
  type PlanBase,
} from "../domain/fingerprint";
import type { SettingsEntries } from "./settings-sheet";

const PREFIX = "base:";
const KEYS = {
  written: "base:written",
  by: "base:by",
  fields: "base:fields",
  plan: "base:plan",
  goal: "base:goal:",
} as const;

/** Layout versions of the add-in's sheets: a change means the sheet must be rebuilt, not updated. */
export const LAYOUT_KEYS = { goal: "layout:goals", review: "layout:review" } as const;

export type StoredBase = {
  base: PlanBase;
  /** ISO date-time of the write that stored it; null when unknown. */
  writtenAt: string | null;
  /** Who wrote it (the name the task pane's user gave); null when unknown. */
  writtenBy: string | null;
};

const blankToNull = (value: string | undefined) =>
  value === undefined || value.trim() === "" ? null : value.trim();

/** The stored base; null when the workbook holds none (or one this version cannot read). */
export function readStoredBase(entries: SettingsEntries): StoredBase | null {
  const planPrints = entries.get(KEYS.plan);
  const fields =
    entries
      .get(KEYS.fields)
      ?.split(",")
      .map((f) => f.trim()) ?? [];
  if (planPrints === undefined || fields.length === 0) return null;
  const statements = unpackFingerprints(planPrints, STATEMENT_FIELDS);
  if (statements === null) return null;
  const goals = new Map<string, GoalFingerprints>();
  for (const [key, value] of entries) {
    if (!key.startsWith(KEYS.goal)) continue;
    const prints = unpackFingerprints(value, fields);
    // A row that cannot be read leaves that goal's base unknown: differences become conflicts.
    if (prints) goals.set(key.slice(KEYS.goal.length), prints);
  }
  return {
    base: { statements, goals },
    writtenAt: blankToNull(entries.get(KEYS.written)),
    writtenBy: blankToNull(entries.get(KEYS.by)),
  };
}

/** The entries with the base replaced (other keys kept as they are, in their order). */
export function withStoredBase(entries: SettingsEntries, stored: StoredBase): Map<string, string> {
  const next = new Map([...entries].filter(([key]) => !key.startsWith(PREFIX)));
  next.set(KEYS.written, stored.writtenAt ?? "");
  next.set(KEYS.by, stored.writtenBy ?? "");
  next.set(KEYS.fields, GOAL_FIELDS.join(","));
  next.set(KEYS.plan, packFingerprints(stored.base.statements, STATEMENT_FIELDS));
  for (const [id, prints] of stored.base.goals)
    next.set(`${KEYS.goal}${id}`, packFingerprints(prints, GOAL_FIELDS));
  return next;
}

/** The layout version a sheet was written with; 1 (the first) when the workbook does not say. */
export function storedLayout(entries: SettingsEntries, key: string): number {
  const value = Number(entries.get(key));
  return Number.isInteger(value) && value > 0 ? value : 1;
}
