// The baseline a goal is measured from: what the goal says, else the account's current figure.

import { shareOfWallet, type Account } from "./account";
import type { Goal } from "./plan";

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** The account's current figure for a metric; null for retention and other (no such figure). */
export function accountFigure(metric: Goal["metric"], account: Account): number | null {
  const value = ((): number | null => {
    switch (metric) {
      case "revenue":
        return account.revenue;
      case "grossMargin":
        return account.grossMargin;
      case "profitability":
        return account.profitability;
      case "shareOfWallet":
        return shareOfWallet(account);
      case "relationship":
        return account.relationship;
      case "newBusinessAreas":
        return account.businessAreaCount;
      case "retention":
      case "other":
        return null;
    }
  })();
  return isFiniteNumber(value) ? value : null;
}

export function effectiveBaseline(
  goal: Pick<Goal, "baseline" | "metric">,
  account: Account | null | undefined,
): number | null {
  if (isFiniteNumber(goal.baseline)) return goal.baseline;
  return account ? accountFigure(goal.metric, account) : null;
}
