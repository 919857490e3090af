// The key-account portfolio (McDonald's matrix): how attractive each account is and how strong
// we are with it, both on a 0–10 scale, and the portfolio's median gross margin.

import { accountKey, shareOfWallet, type Account } from "./account";
import { quadrant, type Quadrant } from "./figures";
import type { Positioning } from "./plan";
import { analyze, findTerms, segmentTerm } from "./text";

export type PortfolioPosition = {
  account: string;
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
};

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const clamp = (x: number) => Math.min(10, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Size of the prize: the revenue potential, else today's revenue when no potential is known. */
function prize(account: Account): number | null {
  const value =
    isFiniteNumber(account.potential) && account.potential > 0 ? account.potential : account.revenue;
  return isFiniteNumber(value) && value > 0 ? value : null;
}

function inSegments(account: Account, segments: readonly string[] | undefined): boolean {
  if (typeof account.industry !== "string" || !Array.isArray(segments)) return false;
  const industry = analyze(account.industry);
  return segments.some((s) => {
    const term = typeof s === "string" ? segmentTerm(s) : null;
    return term !== null && findTerms(industry, [term]).length > 0;
  });
}

// The portfolio's largest prize, once per account list: scoring every account of a 20,000-account
// portfolio against a maximum recomputed each time was quadratic.
const largestPrizes = new WeakMap<readonly Account[], number>();

function largestPrize(accounts: readonly Account[]): number {
  let max = largestPrizes.get(accounts);
  if (max === undefined) {
    max = 0;
    for (const a of accounts) max = Math.max(max, prize(a) ?? 0);
    largestPrizes.set(accounts, max);
  }
  return max;
}

/**
 * Attractiveness = 8 × potential / largest potential in the portfolio (revenue stands in for a
 * missing potential), + 2 when the industry is one of marketing's focus segments, − 4 when it is
 * an excluded segment, clamped to 0–10. An account with no figures scores 0: no evidence of size.
 */
export function attractiveness(
  account: Account,
  accounts: readonly Account[],
  positioning: Positioning | null,
): number {
  const max = Math.max(largestPrize(accounts), prize(account) ?? 0);
  const own = prize(account);
  let score = own !== null && max > 0 ? (8 * own) / max : 0;
  if (inSegments(account, positioning?.focusSegments)) score += 2;
  if (inSegments(account, positioning?.excludedSegments)) score -= 4;
  return round1(clamp(score));
}

const CHURN_STRENGTH = { low: 1, medium: 0.5, high: 0 } as const;

/**
 * Relative strength = 10 × weighted mean of what we know: share of wallet (weight 0.4, capped at
 * 100 %), relationship score mapped 1…5 → 0…1 (weight 0.4) and low churn risk (weight 0.2:
 * low 1, medium 0.5, high 0). Missing figures drop out of the mean; with none known it is 0.
 */
export function relativeStrength(account: Account): number {
  const parts: [number, number][] = [];
  const share = shareOfWallet(account);
  if (share !== null && Number.isFinite(share)) parts.push([0.4, Math.min(1, share)]);
  const rel = account.relationship;
  if (isFiniteNumber(rel)) parts.push([0.4, Math.min(1, Math.max(0, (rel - 1) / 4))]);
  const churn = account.churnRisk;
  if (churn === "low" || churn === "medium" || churn === "high") parts.push([0.2, CHURN_STRENGTH[churn]]);
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  if (weight === 0) return 0;
  return round1(clamp((10 * parts.reduce((sum, [w, v]) => sum + w * v, 0)) / weight));
}

export function portfolioPosition(
  account: Account,
  accounts: readonly Account[],
  positioning: Positioning | null,
): PortfolioPosition {
  const a = attractiveness(account, accounts, positioning);
  const s = relativeStrength(account);
  const q = quadrant(a, s);
  // Both scores are clamped to 0–10, so quadrant() cannot fail; "streamline" is only a fallback.
  return {
    account: accountKey(account),
    attractiveness: a,
    strength: s,
    quadrant: q.ok ? q.value : "streamline",
  };
}

export function portfolioPositions(
  accounts: readonly Account[],
  positioning: Positioning | null,
): PortfolioPosition[] {
  return accounts.map((a) => portfolioPosition(a, accounts, positioning));
}

/** Median gross margin of the accounts with a plausible margin (−100 … 100 %); null when none. */
export function portfolioMedianMargin(accounts: readonly Account[]): number | null {
  const margins = accounts
    .map((a) => a.grossMargin)
    .filter((m): m is number => isFiniteNumber(m) && m >= -1 && m <= 1)
    .sort((x, y) => x - y);
  if (margins.length === 0) return null;
  const mid = Math.floor(margins.length / 2);
  const upper = margins[mid] ?? 0;
  return margins.length % 2 === 1 ? upper : ((margins[mid - 1] ?? upper) + upper) / 2;
}
