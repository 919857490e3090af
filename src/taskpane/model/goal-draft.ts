// The goal form works on text as the user types it ("22 %", "2,3 Mio. €"); a draft turns into a
// Goal only for checking and saving. Percent metrics are stored as fractions: "22 %" and "22" are
// both 0.22, because users think of margins and shares in percent points.

import { accountFigure } from "../../domain/baseline";
import type { Account } from "../../domain/account";
import {
  METRIC_KIND,
  METRIC_SCALE,
  METRICS,
  type Goal,
  type GoalKind,
  type GoalStatus,
  type Language,
  type Metric,
} from "../../domain/plan";
import { formatNumber } from "../../i18n/format";
import { parseNumber } from "../../planner";

export type GoalDraft = {
  id: string;
  /** The account key (id, or name when the sheet has no ids). */
  account: string;
  kind: GoalKind;
  metric: Metric;
  statement: string;
  baseline: string;
  target: string;
  /** ISO `YYYY-MM-DD` or "" (the date input's value). */
  deadline: string;
  /** The figure reached so far, as typed. */
  actual: string;
  /** ISO `YYYY-MM-DD` or "": the date of the actual. */
  actualDate: string;
  /** Kept as the goal had it (the sheet sets it when it first writes the goal). */
  start: string | null;
  owner: string;
  /** The unit the goal had when it came from the sheet or a suggestion, kept unless the metric changes. */
  unit: string | null;
  status: GoalStatus | null;
};

export type DraftField =
  "kind" | "metric" | "statement" | "baseline" | "target" | "deadline" | "actual" | "actualDate" | "owner";
export const DRAFT_FIELDS: readonly DraftField[] = [
  "kind",
  "metric",
  "statement",
  "baseline",
  "target",
  "deadline",
  "actual",
  "actualDate",
  "owner",
];

export type FigureText = { ok: true; value: number | null; currency: string | null } | { ok: false };

/** Reads a baseline or target as typed. Empty (or "n/a") is no value; anything unreadable is not ok. */
export function parseFigure(text: string, metric: Metric, language: Language): FigureText {
  if (text.trim() === "") return { ok: true, value: null, currency: null };
  const parsed = parseNumber(text, language);
  if (!parsed.ok) return parsed.empty ? { ok: true, value: null, currency: null } : { ok: false };
  const value = METRIC_SCALE[metric] === "fraction" && !parsed.percent ? parsed.value / 100 : parsed.value;
  return { ok: true, value, currency: parsed.currency };
}

/** A figure as the form shows it for editing: percent metrics in percent points, others plain. */
export function figureText(value: number | null, metric: Metric, language: Language): string {
  if (value === null || !Number.isFinite(value)) return "";
  if (METRIC_SCALE[metric] === "fraction") return `${formatNumber(value * 100, language, 2)} %`;
  return formatNumber(value, language, 2);
}

/** The unit written to the goal table: a currency for money, "%", "score" or "count" otherwise. */
export function unitFor(metric: Metric, currency: string | null, previous: string | null): string | null {
  switch (METRIC_SCALE[metric]) {
    case "money":
      return currency ?? (previous !== null && /^[A-Z]{3}$/.test(previous) ? previous : "EUR");
    case "fraction":
      return "%";
    case "score":
      return "score";
    case "count":
      return "count";
    case "any":
      return previous;
  }
}

/** Metrics offered for a kind: its own metrics and "other". */
export function metricsOfKind(kind: GoalKind): Metric[] {
  return METRICS.filter((m) => METRIC_KIND[m] === kind || METRIC_KIND[m] === "either");
}

export function draftFromGoal(goal: Goal, language: Language): GoalDraft {
  return {
    id: goal.id,
    account: goal.account,
    kind: goal.kind,
    metric: goal.metric,
    statement: goal.statement,
    baseline: figureText(goal.baseline, goal.metric, language),
    target: figureText(goal.target, goal.metric, language),
    deadline: goal.deadline ?? "",
    actual: figureText(goal.actual, goal.metric, language),
    actualDate: goal.actualDate ?? "",
    start: goal.start,
    owner: goal.owner ?? "",
    unit: goal.unit,
    status: goal.status,
  };
}

/** A blank goal for an account: revenue, baseline and owner taken from the account's profile. */
export function newDraft(
  id: string,
  accountKey: string,
  account: Account | undefined,
  language: Language,
): GoalDraft {
  const metric: Metric = "revenue";
  return {
    id,
    account: accountKey,
    kind: "economic",
    metric,
    statement: "",
    baseline: account ? figureText(accountFigure(metric, account), metric, language) : "",
    target: "",
    deadline: "",
    actual: "",
    actualDate: "",
    start: null,
    owner: account?.owner ?? "",
    unit: account?.currency ?? null,
    status: null,
  };
}

/**
 * The goal a draft stands for. A figure that cannot be read becomes null here (the form shows its
 * own "not a number" message on that field); the checks then see a goal without that figure.
 */
export function goalFromDraft(draft: GoalDraft, account: Account | undefined, language: Language): Goal {
  const baseline = parseFigure(draft.baseline, draft.metric, language);
  const target = parseFigure(draft.target, draft.metric, language);
  const actual = parseFigure(draft.actual, draft.metric, language);
  const currency =
    (target.ok ? target.currency : null) ??
    (baseline.ok ? baseline.currency : null) ??
    account?.currency ??
    null;
  return {
    id: draft.id,
    account: draft.account,
    kind: draft.kind,
    metric: draft.metric,
    statement: draft.statement.trim(),
    baseline: baseline.ok ? baseline.value : null,
    target: target.ok ? target.value : null,
    unit: unitFor(draft.metric, currency, draft.unit),
    start: draft.start,
    deadline: draft.deadline === "" ? null : draft.deadline,
    actual: actual.ok ? actual.value : null,
    actualDate: draft.actualDate === "" ? null : draft.actualDate,
    owner: draft.owner.trim() === "" ? null : draft.owner.trim(),
    status: draft.status,
  };
}
