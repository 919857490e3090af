// Goals proposed from an account's profile, each with the reason and figures behind it. A
// suggestion is built to pass the checks for its own account: within potential and the growth
// ceiling, above today's figure, not below marketing's margin, deadline inside the horizon, and
// never a copy of what other accounts are offered. It keeps its own advice: an account at risk is
// secured first (no growth, no margin squeeze), steps are sized per year and deadlines follow the
// step, new areas are named, and the best accounts get hold-and-deepen goals.

import { accountKey, findAccount, shareOfWallet, type Account } from "./account";
import { addYears, endOfYear, isIsoDate, yearsBetween } from "./dates";
import { requiredAnnualGrowthBetween } from "./figures";
import type { ParamValue } from "./finding";
import type { GoalKind, Metric, Positioning } from "./plan";
import { portfolioMedianMargin } from "./portfolio";
import { resolveThresholds } from "./rules/context";
import { excludedSegmentIn } from "./rules/goal-wording";
import { fold } from "./text";
import { tokenize } from "./wording/tokens";
import type { Thresholds } from "./thresholds";

export type SuggestionReason = {
  code:
    | "LOW_SHARE_OF_WALLET"
    | "MARGIN_BELOW_MEDIAN"
    | "MARGIN_BELOW_POSITIONING"
    | "CHURN_RISK_HIGH"
    | "RELATIONSHIP_WEAK"
    | "FEW_BUSINESS_AREAS"
    | "TOP_ACCOUNT";
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
  /**
   * Which phrasing the statement takes (0 … SUGGESTION_PHRASINGS − 1): accounts whose suggestion
   * would read the same are given different phrasings, so no suggestion reads as a copy.
   */
  variant: number;
};

/** Phrasings per suggested statement (the i18n catalogue has this many for each). */
export const SUGGESTION_PHRASINGS = 3;

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
 * How far a margin suggestion moves toward the portfolio median per year: three points a year is
 * a stretch a key account still accepts; closing a ten-point gap in one year is not a plan.
 */
const MARGIN_PACE = 0.03;
/** Longest step a suggestion plans for, in years (the planning horizon may be shorter). */
const MAX_STEP_YEARS = 3;

type Context = {
  account: Account;
  accounts: readonly Account[];
  positioning: Positioning | null;
  asOf: string;
  thresholds: Thresholds;
  /** How many earlier accounts of the same profile were offered a new area (see `newAreaFor`). */
  areaRank: number;
};

/**
 * The end of the year `years` after the as-of year (end of next year for a one-year step), pulled
 * in to the planning horizon when that is shorter.
 */
function deadlineAfter(ctx: Pick<Context, "asOf" | "thresholds">, years: number): string | null {
  const { asOf, thresholds } = ctx;
  const year = Number(asOf.slice(0, 4));
  const limit = addYears(asOf, thresholds.horizonYears);
  const end = endOfYear(year + Math.max(1, Math.min(MAX_STEP_YEARS, Math.ceil(years))));
  const deadline = limit !== null && limit < end ? limit : end;
  return isIsoDate(deadline) && deadline > asOf ? deadline : null;
}

/** Six months on, at a half-year's end: securing a contract is no multi-year plan. */
function halfYearDeadline(ctx: Pick<Context, "asOf" | "thresholds">): string | null {
  const year = Number(ctx.asOf.slice(0, 4));
  const month = Number(ctx.asOf.slice(5, 7));
  const soon = month <= 6 ? `${year}-12-31` : `${year + 1}-06-30`;
  const limit = addYears(ctx.asOf, ctx.thresholds.horizonYears);
  const deadline = limit !== null && limit < soon ? limit : soon;
  return isIsoDate(deadline) && deadline > ctx.asOf ? deadline : null;
}

/** An account to secure before growing it: high churn risk or a weak relationship. */
export function isRetentionFirst(account: Account, thresholds: Thresholds): boolean {
  const rel = account.relationship;
  return account.churnRisk === "high" || (isFiniteNumber(rel) && rel <= thresholds.weakRelationship);
}

/** One of the best accounts: strong relationship, low churn risk and a large share of wallet. */
function isTopAccount(account: Account, thresholds: Thresholds): boolean {
  const rel = account.relationship;
  const share = shareOfWallet(account);
  return (
    account.churnRisk === "low" &&
    isFiniteNumber(rel) &&
    rel >= 4 &&
    rel <= 5 &&
    share !== null &&
    share >= thresholds.lowShareOfWallet &&
    share <= 1
  );
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
  const { account, thresholds: t, asOf } = ctx;
  const { revenue, potential } = account;
  if (!isFiniteNumber(revenue) || !isFiniteNumber(potential) || revenue <= 0 || potential <= revenue)
    return null;
  const share = revenue / potential;
  if (share >= t.lowShareOfWallet || excluded(ctx) || isRetentionFirst(account, t)) return null;
  const pace = Math.min(REVENUE_PACE, t.growthCeiling * 0.8);
  if (pace <= 0) return null;
  // The step: toward a healthy share of wallet at a sustainable pace, one to three years.
  const wanted = Math.min(potential, potential * t.lowShareOfWallet);
  const stepYears = Math.log(Math.max(wanted, revenue * (1 + pace)) / revenue) / Math.log(1 + pace);
  const deadline = deadlineAfter(ctx, stepYears);
  const years = deadline === null ? null : yearsBetween(asOf, deadline);
  if (deadline === null || years === null || years <= 0) return null;
  const growthTo = (target: number) => requiredAnnualGrowthBetween(revenue, target, asOf, deadline);
  const raw = Math.min(potential, revenue * Math.pow(1 + pace, years));
  const target = niceTarget(raw, (c) => {
    const g = growthTo(c);
    return c > revenue && c <= potential && g.ok && g.value <= t.growthCeiling;
  });
  if (target === null) return null;
  const growth = growthTo(target);
  const unit = account.currency;
  return draft(ctx, "economic", "revenue", revenue, target, unit, deadline, {
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
  // Judgement call: squeezing the margin of an account at risk contradicts "retention first".
  if (isRetentionFirst(ctx.account, ctx.thresholds)) return null;
  const population = ctx.accounts.includes(ctx.account) ? ctx.accounts : [...ctx.accounts, ctx.account];
  const median = portfolioMedianMargin(population);
  const min = ctx.positioning?.minGrossMargin;
  const minimum = isFiniteNumber(min) && min >= -1 && min <= 1 ? min : null;
  const belowMinimum = minimum !== null && margin < minimum;
  const belowMedian = median !== null && margin < median;
  if (!belowMinimum && !belowMedian) return null;
  // Marketing's minimum is a must at once; the median is approached MARGIN_PACE per year, over as
  // many years as the gap needs (at most three); above today, on a half-point grid.
  const gapYears = median === null ? 1 : (median - margin) / MARGIN_PACE;
  const deadline = deadlineAfter(ctx, gapYears);
  const years = deadline === null ? null : yearsBetween(ctx.asOf, deadline);
  if (deadline === null || years === null || years <= 0) return null;
  const towardMedian =
    median === null ? -1 : Math.min(median, margin + MARGIN_PACE * Math.max(1, Math.floor(years)));
  const floor = Math.max(margin + MARGIN_STEP / 2, minimum ?? -1, towardMedian);
  let target = Math.round(Math.ceil(floor / MARGIN_STEP - 1e-9) * MARGIN_STEP * 1e6) / 1e6;
  // Floating-point noise in a sheet's minimum (0.22000000000000003) must not leave us just below it.
  if (minimum !== null && target < minimum) target = Math.round((target + MARGIN_STEP) * 1e6) / 1e6;
  if (target <= margin || target > 1 || (minimum !== null && target < minimum)) return null;
  const params: Record<string, ParamValue> = { margin: { percent: margin } };
  if (median !== null) params.median = { percent: median };
  if (minimum !== null) params.minimum = { percent: minimum };
  return draft(ctx, "economic", "grossMargin", margin, target, "%", deadline, {
    code: belowMinimum ? "MARGIN_BELOW_POSITIONING" : "MARGIN_BELOW_MEDIAN",
    params,
  });
}

function retentionGoal(ctx: Context): SuggestionDraft | null {
  if (ctx.account.churnRisk !== "high") return null;
  const deadline = halfYearDeadline(ctx);
  if (deadline === null) return null;
  return draft(ctx, "strategic", "retention", null, 1, "%", deadline, {
    code: "CHURN_RISK_HIGH",
    params: { churnRisk: { term: "risk.high" } },
  });
}

function relationshipGoal(ctx: Context): SuggestionDraft | null {
  const rel = ctx.account.relationship;
  if (!isFiniteNumber(rel) || rel < 1 || rel >= 5 || rel > ctx.thresholds.weakRelationship) return null;
  const target = Math.min(5, Math.floor(rel) + 1);
  const deadline = deadlineAfter(ctx, 1);
  if (deadline === null) return null;
  return draft(ctx, "strategic", "relationship", rel, target, "score", deadline, {
    code: "RELATIONSHIP_WEAK",
    params: { relationship: rel, weak: ctx.thresholds.weakRelationship },
  });
}

/** Hold and deepen: the best accounts get a goal to keep what works, not a growth quota. */
function holdGoal(ctx: Context): SuggestionDraft | null {
  const { account, thresholds } = ctx;
  if (!isTopAccount(account, thresholds) || excluded(ctx)) return null;
  const rel = account.relationship;
  const share = shareOfWallet(account);
  if (!isFiniteNumber(rel) || share === null) return null;
  const deadline = deadlineAfter(ctx, 1);
  if (deadline === null) return null;
  // A relationship of 5 is held at 5; a 4 is deepened to 5.
  return draft(ctx, "strategic", "relationship", rel, 5, "score", deadline, {
    code: "TOP_ACCOUNT",
    params: { relationship: rel, share: { percent: share } },
  });
}

const servedAreas = (account: Account): string[] =>
  (account.businessAreas ?? []).filter((a) => typeof a === "string" && a.trim() !== "").map((a) => a.trim());

/** The accounts' shared profile for new areas: same industry and the same areas served. */
function areaProfile(account: Account): string {
  const industry = typeof account.industry === "string" ? fold(account.industry.trim()) : "";
  return `${industry}|${servedAreas(account).map(fold).sort().join("|")}`;
}

function newAreaEligible(account: Account, ctx: Pick<Context, "positioning" | "thresholds">): boolean {
  const count = account.businessAreaCount;
  if (
    !isFiniteNumber(count) ||
    count < 0 ||
    !Number.isInteger(count) ||
    count > ctx.thresholds.fewBusinessAreas
  )
    return false;
  // Judgement call: an account at risk is secured before it is expanded.
  if (isRetentionFirst(account, ctx.thresholds)) return false;
  const industry = account.industry;
  return !(typeof industry === "string" && excludedSegmentIn(tokenize(industry), ctx.positioning) !== null);
}

/**
 * The area to open: one of marketing's focus segments the account does not serve yet, else (named
 * by the areas it serves) one more area beside them. Accounts of the same profile are given
 * different areas, so the suggestions never read as one goal copied across accounts.
 */
function newAreaFor(ctx: Context): { area: string | null; served: string[] } | null {
  const { account, positioning, thresholds } = ctx;
  const served = servedAreas(account);
  const servedKeys = new Set(served.map(fold));
  const industry = typeof account.industry === "string" ? fold(account.industry.trim()) : "";
  const focus = (Array.isArray(positioning?.focusSegments) ? positioning.focusSegments : [])
    .filter((f): f is string => typeof f === "string" && f.trim() !== "")
    .map((f) => f.trim())
    .filter((f) => !servedKeys.has(fold(f)) && fold(f) !== industry)
    .filter((f) => excludedSegmentIn(tokenize(f), positioning) === null);
  const candidates: (string | null)[] = [...focus, ...(served.length > 0 ? [null] : [])];
  const perArea = Math.max(1, thresholds.duplicateAccounts - 1);
  const chosen = candidates[Math.floor(ctx.areaRank / perArea)];
  if (chosen === undefined) return null;
  return { area: chosen, served };
}

function newAreasGoal(ctx: Context): SuggestionDraft | null {
  const count = ctx.account.businessAreaCount;
  if (!isFiniteNumber(count) || !newAreaEligible(ctx.account, ctx)) return null;
  const named = newAreaFor(ctx);
  if (named === null) return null;
  // Opening an area takes a year to prepare and one to land.
  const deadline = deadlineAfter(ctx, 2);
  if (deadline === null) return null;
  const params: Record<string, ParamValue> = { areas: count, served: { list: named.served } };
  if (named.area !== null) params.area = named.area;
  return draft(ctx, "strategic", "newBusinessAreas", count, count + 1, "count", deadline, {
    code: "FEW_BUSINESS_AREAS",
    params,
  });
}

function draft(
  ctx: Context,
  kind: GoalKind,
  metric: Metric,
  baseline: number | null,
  target: number,
  unit: string | null,
  deadline: string,
  reason: SuggestionReason,
): SuggestionDraft {
  return {
    account: accountKey(ctx.account),
    kind,
    metric,
    baseline,
    target,
    unit,
    deadline,
    owner: ctx.account.owner,
    reason,
    variant: 0,
  };
}

const GENERATORS = [revenueGoal, marginGoal, retentionGoal, relationshipGoal, holdGoal, newAreasGoal];

/** What a suggestion's statement says apart from the account's name: equal keys read the same. */
function readsLike(d: SuggestionDraft): string {
  // Figures as the reader sees them: a tenth of a percentage point, whole amounts.
  const shown = (_key: string, value: unknown) =>
    typeof value === "number"
      ? Math.abs(value) <= 1
        ? Math.round(value * 1000) / 1000
        : Math.round(value)
      : value;
  return JSON.stringify(
    [d.metric, d.reason.code, d.baseline, d.target, d.unit, d.deadline, d.reason.params],
    shown,
  );
}

type Portfolio = Map<Account, SuggestionDraft[]>;
const PORTFOLIOS = new WeakMap<readonly Account[], Map<string, Portfolio>>();

/**
 * Suggestions for a whole portfolio at once, so that look-alike accounts are told apart: the
 * accounts whose suggestion would read the same take turns through the phrasings (two per
 * phrasing, fewer than the duplicate check's three), and new areas through the candidate areas.
 * An account past the last phrasing gets no such suggestion rather than a copy.
 */
function portfolioSuggestions(
  accounts: readonly Account[],
  positioning: Positioning | null,
  asOf: string,
  thresholds: Thresholds,
): Portfolio {
  const cacheKey = JSON.stringify([positioning, asOf, thresholds]);
  const cached = PORTFOLIOS.get(accounts)?.get(cacheKey);
  if (cached) return cached;
  const perPhrasing = Math.max(1, thresholds.duplicateAccounts - 1);
  const seen = new Map<string, number>();
  const areaSeen = new Map<string, number>();
  const out: Portfolio = new Map();
  for (const account of accounts) {
    const key = accountKey(account);
    // A goal finds its account by key; when the key leads elsewhere (no id and no name, or a
    // clash with another row) a suggestion would be judged against the wrong figures.
    if (key.trim() === "" || findAccount(accounts, key) !== account) continue;
    const profile = areaProfile(account);
    const eligible = newAreaEligible(account, { positioning, thresholds });
    const areaRank = areaSeen.get(profile) ?? 0;
    if (eligible) areaSeen.set(profile, areaRank + 1);
    const ctx: Context = { account, accounts, positioning, asOf, thresholds, areaRank };
    const drafts: SuggestionDraft[] = [];
    for (const generate of GENERATORS) {
      const d = generate(ctx);
      if (d === null) continue;
      const reads = readsLike(d);
      const rank = seen.get(reads) ?? 0;
      seen.set(reads, rank + 1);
      const variant = Math.floor(rank / perPhrasing);
      if (variant < SUGGESTION_PHRASINGS) drafts.push({ ...d, variant });
    }
    out.set(account, drafts);
  }
  const byOptions = PORTFOLIOS.get(accounts) ?? new Map<string, Portfolio>();
  if (byOptions.size > 20) byOptions.clear();
  byOptions.set(cacheKey, out);
  PORTFOLIOS.set(accounts, byOptions);
  return out;
}

export function suggestGoals(
  account: Account,
  accounts: readonly Account[],
  positioning: Positioning | null,
  options: SuggestOptions,
): SuggestionDraft[] {
  const { asOf } = options;
  if (typeof asOf !== "string" || !isIsoDate(asOf)) return [];
  const thresholds = resolveThresholds(options.thresholds);
  const population = accounts.includes(account) ? accounts : [...accounts, account];
  return portfolioSuggestions(population, positioning, asOf, thresholds).get(account) ?? [];
}
