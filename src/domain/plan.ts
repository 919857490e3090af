// The KAM plan: a vision, a mission, marketing's positioning and goals per key account.

export type Language = "de" | "en";
export const LANGUAGES: readonly Language[] = ["de", "en"];

export type GoalKind = "economic" | "strategic";
export const GOAL_KINDS: readonly GoalKind[] = ["economic", "strategic"];

export const METRICS = [
  "revenue",
  "grossMargin",
  "profitability",
  "shareOfWallet",
  "retention",
  "relationship",
  "newBusinessAreas",
  "other",
] as const;
export type Metric = (typeof METRICS)[number];

/** Which kind each metric belongs to; `other` fits either. */
export const METRIC_KIND: Record<Metric, GoalKind | "either"> = {
  revenue: "economic",
  grossMargin: "economic",
  profitability: "economic",
  shareOfWallet: "economic",
  retention: "strategic",
  relationship: "strategic",
  newBusinessAreas: "strategic",
  other: "either",
};

/** How a metric's numbers are expressed: money, a fraction shown as %, a 1–5 score or a count. */
export type MetricScale = "money" | "fraction" | "score" | "count" | "any";
export const METRIC_SCALE: Record<Metric, MetricScale> = {
  revenue: "money",
  grossMargin: "fraction",
  profitability: "fraction",
  shareOfWallet: "fraction",
  retention: "fraction",
  relationship: "score",
  newBusinessAreas: "count",
  other: "any",
};

/** The user's own progress status of a goal (a dropdown on the goal sheet). */
export const GOAL_STATUSES = ["planned", "inProgress", "achieved", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export type Goal = {
  id: string;
  /** Account id, or account name (case-insensitive) when the id is not known. */
  account: string;
  kind: GoalKind;
  metric: Metric;
  statement: string;
  /** Defaults to the account's figure for the metric (see `effectiveBaseline`). */
  baseline: number | null;
  target: number | null;
  /** "EUR", "USD", "%", "count", "score" … as the user wrote it; null when not given. */
  unit: string | null;
  /**
   * ISO date the goal runs from (its baseline's date). The goal sheet freezes it at the as-of date
   * of the write that first holds the goal; on-track compares the time elapsed since then.
   */
  start: string | null;
  /** ISO date `YYYY-MM-DD`. */
  deadline: string | null;
  /** The figure reached so far, in the goal's unit (fractions for percent metrics). */
  actual: number | null;
  /** ISO date the actual was measured on; null: the plan's as-of date. */
  actualDate: string | null;
  /**
   * An instruction, not a figure: take `actual` from the account's latest figure for the metric
   * (only for ACTUAL_FROM_ACCOUNT metrics). The planner resolves it (effectivePlan); sheets never hold it.
   */
  actualFromAccount?: boolean;
  owner: string | null;
  status: GoalStatus | null;
};

/** Metrics whose actual can be taken from the account sheet's latest figure. */
export const ACTUAL_FROM_ACCOUNT: readonly Metric[] = ["revenue", "grossMargin", "shareOfWallet"];

export type Positioning = {
  /** Marketing's positioning statement, e.g. "premium" or "Qualitätsführer (Premium)". */
  positioning: string | null;
  /** Fraction, 0.25 for 25 %. */
  minGrossMargin: number | null;
  focusSegments: readonly string[];
  excludedSegments: readonly string[];
};

export type Plan = {
  version: 1;
  language: Language;
  /** ISO date the plan is judged against; the caller decides (no hidden clock). */
  asOf: string | null;
  vision: string;
  mission: string;
  marketing: Positioning | null;
  goals: readonly Goal[];
};

export function emptyPlan(language: Language): Plan {
  return { version: 1, language, asOf: null, vision: "", mission: "", marketing: null, goals: [] };
}

/** The next `count` free goal ids after the highest "G<n>" taken: G1, G2, … */
export function nextGoalIds(taken: Iterable<string>, count: number): string[] {
  let highest = 0;
  for (const id of taken) {
    const m = /^G(\d+)$/i.exec(id.trim());
    if (m?.[1]) highest = Math.max(highest, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `G${highest + i + 1}`);
}

/** The next free goal id for a plan's goals. */
export function nextGoalId(goals: readonly Pick<Goal, "id">[]): string {
  return (
    nextGoalIds(
      goals.map((g) => g.id),
      1,
    )[0] ?? "G1"
  );
}
