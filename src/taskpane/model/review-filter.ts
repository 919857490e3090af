// The manager's view of the review: which accounts the filters let through (KAM, status, quadrant)
// and which red account comes next. Plain functions, so the rules are tested without React.

import { accountKey } from "../../domain/account";
import type { Quadrant } from "../../domain/figures";
import type { Rag } from "../../domain/review";
import type { ReviewedAccount } from "../../planner";

/** null: any. */
export type ReviewFilter = { owner: string | null; rag: Rag | null; quadrant: Quadrant | null };

export const NO_FILTER: ReviewFilter = { owner: null, rag: null, quadrant: null };

/** What the filters read of an account's review. */
export type ReviewRow = Pick<ReviewedAccount, "account" | "position" | "rag">;

export function filterReviews<T extends ReviewRow>(accounts: readonly T[], filter: ReviewFilter): T[] {
  return accounts.filter(
    (r) =>
      (filter.owner === null || r.account.owner === filter.owner) &&
      (filter.rag === null || r.rag === filter.rag) &&
      (filter.quadrant === null || r.position.quadrant === filter.quadrant),
  );
}

/** The KAMs of the accounts, once each, in alphabetical order. */
export function ownersOf(accounts: readonly ReviewRow[]): string[] {
  const owners = new Set(accounts.flatMap((r) => (r.account.owner === null ? [] : [r.account.owner])));
  return [...owners].sort((a, b) => a.localeCompare(b));
}

export const reviewKey = (review: ReviewRow): string => accountKey(review.account);

/** The next red account after `current` in list order, wrapping around; null when none is red. */
export function nextRed(accounts: readonly ReviewRow[], current: string | null): string | null {
  const at = current === null ? -1 : accounts.findIndex((r) => reviewKey(r) === current);
  const next = accounts.slice(at + 1).find((r) => r.rag === "red") ?? accounts.find((r) => r.rag === "red");
  return next ? reviewKey(next) : null;
}
