// Fingerprints of a plan's fields: a short hash per field, so that a later write can tell which
// fields changed since the plan was last written without keeping the values themselves (a goal
// statement may be long; a cell holds at most 32,767 characters). A fingerprint says "same value"
// or "another value", nothing more: the three-way merge (merge.ts) only ever compares them.

import type { Goal, Plan, Positioning } from "./plan";

/**
 * Every goal field but the id (the id says which goal; the fields are merged one by one) and the
 * plan file's instruction `actualFromAccount` (resolved before a write, never stored).
 */
export type GoalField = Exclude<keyof Goal, "id" | "actualFromAccount">;

/** The goal fields in a fixed order: the order fingerprints are stored in. */
export const GOAL_FIELDS = [
  "account",
  "kind",
  "metric",
  "statement",
  "baseline",
  "target",
  "unit",
  "deadline",
  "owner",
  "status",
  "start",
  "actual",
  "actualDate",
] as const satisfies readonly GoalField[];

// A field added to Goal must be listed above, or the merge would not see it.
type UnlistedGoalField = Exclude<GoalField, (typeof GOAL_FIELDS)[number]>;
export const GOAL_FIELDS_COMPLETE: [UnlistedGoalField] extends [never] ? true : never = true;

/** The plan's own statements, merged like goal fields. */
export type StatementField = "vision" | "mission" | "marketing";
export const STATEMENT_FIELDS = [
  "vision",
  "mission",
  "marketing",
] as const satisfies readonly StatementField[];

export type Fingerprint = string;

/** Characters of one fingerprint (base 36, 32 bits). */
export const FINGERPRINT_LENGTH = 7;

/** FNV-1a (32 bit) over UTF-16 code units: tiny, fast and stable across runtimes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function canonicalPositioning(p: Positioning): string {
  return JSON.stringify([p.positioning, p.minGrossMargin, [...p.focusSegments], [...p.excludedSegments]]);
}

/** A value as text that only equal values share (null, numbers and text never collide). */
export function canonicalValue(value: unknown): string {
  if (value === null || value === undefined) return "0";
  if (typeof value === "number") return `n${Object.is(value, -0) ? 0 : value}`;
  if (typeof value === "boolean") return `b${value}`;
  if (typeof value === "string") return `s${value}`;
  if (typeof value === "object" && "focusSegments" in value) {
    return `p${canonicalPositioning(value as Positioning)}`;
  }
  return `j${JSON.stringify(value)}`;
}

export function fingerprint(value: unknown): Fingerprint {
  return fnv1a(canonicalValue(value)).toString(36).padStart(FINGERPRINT_LENGTH, "0");
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalValue(a) === canonicalValue(b);
}

export type GoalFingerprints = Readonly<Partial<Record<GoalField, Fingerprint>>>;

/**
 * What a plan was when it was last read or written, field by field. A field without a fingerprint
 * is unknown (an older store): a difference there is a conflict, never decided silently.
 */
export type PlanBase = {
  statements: Readonly<Partial<Record<StatementField, Fingerprint>>>;
  goals: ReadonlyMap<string, GoalFingerprints>;
};

export function statementValue(plan: Plan, field: StatementField): string | Positioning | null {
  return field === "marketing" ? plan.marketing : plan[field];
}

export function goalFingerprints(goal: Goal): GoalFingerprints {
  const prints: Partial<Record<GoalField, Fingerprint>> = {};
  for (const field of GOAL_FIELDS) prints[field] = fingerprint(goal[field]);
  return prints;
}

/**
 * Keys that tell goals apart even when ids repeat (a plan may hold "G1" twice; the check reports
 * it): the id, then "G1#2", "G1#3" … for later goals with the same id, in plan order.
 */
export function goalKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

/** The base of a plan as it stands (in the form the goal sheet stores); goals by goalKeys. */
export function baseOf(plan: Plan): PlanBase {
  const statements: Partial<Record<StatementField, Fingerprint>> = {};
  for (const field of STATEMENT_FIELDS) statements[field] = fingerprint(statementValue(plan, field));
  const goals = new Map<string, GoalFingerprints>();
  const keys = goalKeys(plan.goals.map((g) => g.id));
  plan.goals.forEach((goal, i) => goals.set(keys[i] ?? goal.id, goalFingerprints(goal)));
  return { statements, goals };
}

/** True when two bases say the same about every field. */
export function sameBase(a: PlanBase, b: PlanBase): boolean {
  const same = (
    x: Readonly<Record<string, string | undefined>>,
    y: Readonly<Record<string, string | undefined>>,
  ) => Object.keys({ ...x, ...y }).every((k) => x[k] === y[k]);
  if (!same(a.statements, b.statements) || a.goals.size !== b.goals.size) return false;
  for (const [id, prints] of a.goals) {
    const other = b.goals.get(id);
    if (!other || !same(prints, other)) return false;
  }
  return true;
}

/** Goal fingerprints in GOAL_FIELDS order as one fixed-width string (the settings sheet's form). */
export function packFingerprints(
  prints: Readonly<Partial<Record<string, Fingerprint>>>,
  fields: readonly string[],
): string {
  return fields.map((f) => prints[f] ?? "-".repeat(FINGERPRINT_LENGTH)).join("");
}

/** The inverse of packFingerprints; null when the text is not fingerprints of these fields. */
export function unpackFingerprints(
  packed: string,
  fields: readonly string[],
): Partial<Record<string, Fingerprint>> | null {
  if (packed.length !== fields.length * FINGERPRINT_LENGTH || !/^[0-9a-z-]*$/.test(packed)) return null;
  const prints: Partial<Record<string, Fingerprint>> = {};
  fields.forEach((field, i) => {
    const print = packed.slice(i * FINGERPRINT_LENGTH, (i + 1) * FINGERPRINT_LENGTH);
    if (!print.includes("-")) prints[field] = print;
  });
  return prints;
}
