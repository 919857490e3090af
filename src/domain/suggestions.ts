// Goals proposed from an account's profile, each with the reason and figures behind it. A
// suggestion is built to pass the checks for its own account: within potential and the growth
// ceiling, above today's figure, not below marketing's margin, deadline inside the horizon.

import { accountKey, findAccount, type Account } from "./account";
import { addYears, endOfYear, isIsoDate, yearsBetween } from "./dates";
import { requiredAnnualGrowthBetween } from "./figures";
import type { ParamValue } from "./finding";
import type { GoalKind, Metric, Positioning } from "./plan";
import { portfolioMedianMargin } from "./portfolio";
import { resolveThresholds } from "./rules/context";
import { excludedSegmentIn } from "./rules/goal-wording";
import { tokenize } from "./wording/tokens";
import type { Thresholds } from "./thresholds";

export type SuggestionReason = {
  code:
    | "LOW_SHARE_OF_WALLET"
    | "MARGIN_BELOW_MEDIAN"
    | "MARGIN_BELOW_POSITIONING"
    | "CHURN_RISK_HIGH"
    | "RELATIONSHIP_WEAK"
    | "FEW_BUSINESS_AREAS";
  params: Record<string, ParamValue>;
};

export type SuggestionDraft = {
  /** accountKey of the account. */
  account: string;
  kind: GoalKind;
  metric: Metric;
  baseline: number | null;
  target: number;
  unit: string | null;
  deadline: string;
  owner: string | null;
  reason: SuggestionReason;
};

export type SuggestOptions = { asOf: string; thresholds?: Partial<Thresholds> };

/** A stable id for a suggestion, unique per account and metric. */
export function suggestionId(draft: Pick<SuggestionDraft, "account" | "metric">): string {
  return `S-${draft.account}-${draft.metric}`;
}

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Annual pace a revenue suggestion aims at: ambitious, well inside the plausibility ceiling. */
const REVENUE_PACE = 0.2;
/** Margin targets are rounded up to half a percentage point. */
const MARGIN_STEP = 0.005;
/**
 * How far a margin suggestion moves toward the portfolio median in one plan: three points is a
 * stretch a key account still accepts; closing a ten-point gap in a year is not a plan.
 */
const MARGIN_PACE = 0.03;

type Context = {
  account: Account;
  accounts: readonly Account[];
  positioning: Positioning | null;
  asOf: string;
  deadline: string;
  thresholds: Thresholds;
};

/** End of next year, pulled in to the planning horizon when that is shorter. */
function suggestionDeadline(asOf: string, thresholds: Thresholds): string | null {
  const year = Number(asOf.slice(0, 4));
  const limit = addYears(asOf, thresholds.horizonYears);
  const endOfNext = endOfYear(year + 1);
  const deadline = limit !== null && limit < endOfNext ? limit : endOfNext;
  return isIsoDate(deadline) && deadline > asOf ? deadline : null;
}

/** Round numbers first (2.300.000), finer ones only when a round number breaks a bound. */
function niceTarget(raw: number, accept: (candidate: number) => boolean): number | null {
  const candidates: number[] = [];
  if (raw > 0) {
    const magnitude = Math.floor(Math.log10(raw));
    for (let digits = 2; digits <= 4; digits++) {
      const step = Math.pow(10, magnitude - digits + 1);
      candidates.push(
        Math.round(raw / step) * step,
        Math.floor(raw / step) * step,
        Math.ceil(raw / step) * step,
      );
    }
  }
  candidates.push(Math.round(raw), raw);
  return candidates.find((c) => Number.isFinite(c) && accept(c)) ?? null;
}

function excluded(ctx: Context): boolean {
  const industry = ctx.account.industry;
  return typeof industry === "string" && excludedSegmentIn(tokenize(industry), ctx.positioning) !== null;
}

function revenueGoal(ctx: Context): SuggestionDraft | null {
  const { account, thresholds: t, asOf, deadline } = ctx;
  const { revenue, potential } = account;
  if (!isFiniteNumber(revenue) || !isFiniteNumber(potential) || revenue <= 0 || potential <= revenue)
    return null;
  const share = revenue / potential;
  if (share >= t.lowShareOfWallet || excluded(ctx)) return null;
  const pace = Math.min(REVENUE_PACE, t.growthCeiling * 0.8);
  const years = yearsBetween(asOf, deadline);
  if (pace <= 0 || years === null || years <= 0) return null;
  const growthTo = (target: number) => requiredAnnualGrowthBetween(revenue, target, asOf, deadline);
  const raw = Math.min(potential, revenue * Math.pow(1 + pace, years));
  const target = niceTarget(raw, (c) => {
    const g = growthTo(c);
    return c > revenue && c <= potential && g.ok && g.value <= t.growthCeiling;
  });
  if (target === null) return null;
  const growth = growthTo(target);
  const unit = account.currency;
  return draft(ctx, "economic", "revenue", revenue, target, unit, {
    code: "LOW_SHARE_OF_WALLET",
    params: {
      revenue: { amount: revenue, unit },
      potential: { amount: potential, unit },
      share: { percent: share },
      growth: { percent: growth.ok ? growth.value : 0 },
    },
  });
}

function marginGoal(ctx: Context): SuggestionDraft | null {
  const margin = ctx.account.grossMargin;
  if (!isFiniteNumber(margin) || margin < -1 || margin > 1) return null;
  const population = ctx.accounts.includes(ctx.account) ? ctx.accounts : [...ctx.accounts, ctx.account];
  const median = portfolioMedianMargin(population);
  const min = ctx.positioning?.minGrossMargin;
  const minimum = isFiniteNumber(min) && min >= -1 && min <= 1 ? min : null;
  const belowMinimum = minimum !== null && margin < minimum;
  const belowMedian = median !== null && margin < median;
  if (!belowMinimum && !belowMedian) return null;
  // Marketing's minimum is a must; the median is approached at MARGIN_PACE; above today, on a
  // half-point grid.
  const towardMedian = median === null ? -1 : Math.min(median, margin + MARGIN_PACE);
  const floor = Math.max(margin + MARGIN_STEP / 2, minimum ?? -1, towardMedian);
  let target = Math.round(Math.ceil(floor / MARGIN_STEP - 1e-9) * MARGIN_STEP * 1e6) / 1e6;
  // Floating-point noise in a sheet's minimum (0.22000000000000003) must not leave us just below it.
  if (minimum !== null && target < minimum) target = Math.round((target + MARGIN_STEP) * 1e6) / 1e6;
  if (target <= margin || target > 1 || (minimum !== null && target < minimum)) return null;
  const params: Record<string, ParamValue> = { margin: { percent: margin } };
  if (median !== null) params.median = { percent: median };
  if (minimum !== null) params.minimum = { percent: minimum };
  return draft(ctx, "economic", "grossMargin", margin, target, "%", {
    code: belowMinimum ? "MARGIN_BELOW_POSITIONING" : "MARGIN_BELOW_MEDIAN",
    params,
  });
}

function retentionGoal(ctx: Context): SuggestionDraft | null {
  if (ctx.account.churnRisk !== "high") return null;
  return draft(ctx, "strategic", "retention", null, 1, "%", {
    code: "CHURN_RISK_HIGH",
    params: { churnRisk: { term: "risk.high" } },
  });
}

function relationshipGoal(ctx: Context): SuggestionDraft | null {
  const rel = ctx.account.relationship;
  if (!isFiniteNumber(rel) || rel < 1 || rel >= 5 || rel > ctx.thresholds.weakRelationship) return null;
  const target = Math.min(5, Math.floor(rel) + 1);
  return draft(ctx, "strategic", "relationship", rel, target, "score", {
    code: "RELATIONSHIP_WEAK",
    params: { relationship: rel, weak: ctx.thresholds.weakRelationship },
  });
}

function newAreasGoal(ctx: Context): SuggestionDraft | null {
  const count = ctx.account.businessAreaCount;
  if (
    !isFiniteNumber(count) ||
    count < 0 ||
    !Number.isInteger(count) ||
    count > ctx.thresholds.fewBusinessAreas
  )
    return null;
  // Judgement call: with a high churn risk, securing the account comes before expanding it.
  if (ctx.account.churnRisk === "high" || excluded(ctx)) return null;
  return draft(ctx, "strategic", "newBusinessAreas", count, count + 1, "count", {
    code: "FEW_BUSINESS_AREAS",
    params: { areas: count },
  });
}

function draft(
  ctx: Context,
  kind: GoalKind,
  metric: Metric,
  baseline: number | null,
  target: number,
  unit: string | null,
  reason: SuggestionReason,
): SuggestionDraft {
  return {
    account: accountKey(ctx.account),
    kind,
    metric,
    baseline,
    target,
    unit,
    deadline: ctx.deadline,
    owner: ctx.account.owner,
    reason,
  };
}

export function suggestGoals(
  account: Account,
  accounts: readonly Account[],
  positioning: Positioning | null,
  options: SuggestOptions,
): SuggestionDraft[] {
  const { asOf } = options;
  if (typeof asOf !== "string" || !isIsoDate(asOf)) return [];
  // A goal finds its account by key; when the key leads elsewhere (no id and no name, or a
  // clash with another row) a suggestion would be judged against the wrong figures.
  const key = accountKey(account);
  if (key.trim() === "" || (findAccount(accounts, key) ?? findAccount([account], key)) !== account) return [];
  const thresholds = resolveThresholds(options.thresholds);
  const deadline = suggestionDeadline(asOf, thresholds);
  if (deadline === null) return [];
  const ctx: Context = { account, accounts, positioning, asOf, deadline, thresholds };
  return [revenueGoal, marginGoal, retentionGoal, relationshipGoal, newAreasGoal]
    .map((suggest) => suggest(ctx))
    .filter((d): d is SuggestionDraft => d !== null);
}
