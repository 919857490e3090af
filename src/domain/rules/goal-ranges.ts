// The values a metric can take. Fractions are stored as fractions (0.3 for 30 %); a value
// between 1 and 100 in a fraction metric is almost always percentage points typed as such.

import type { ParamValue } from "../finding";
import { METRIC_SCALE, type Metric } from "../plan";

export type RangeProblem = {
  reason: "range" | "negative" | "count" | "percentPoints";
  params: Record<string, ParamValue>;
};

const fractionRange = (value: number, min: number): RangeProblem | null => {
  if (value >= min && value <= 1) return null;
  const magnitude = min < 0 ? Math.abs(value) : value;
  // 30 for a margin is 30 % written as points; 1.2 is more likely a typo than 1.2 %, so no hint.
  if (magnitude >= 2 && magnitude <= 100) {
    return {
      reason: "percentPoints",
      params: {
        value,
        min: { percent: min },
        max: { percent: 1 },
        suggested: { percent: value / 100 },
        fraction: value / 100,
      },
    };
  }
  return {
    reason: "range",
    params: { value: { percent: value }, min: { percent: min }, max: { percent: 1 } },
  };
};

/** Why a value is impossible for the metric, or null when it is possible. */
export function rangeProblem(metric: Metric, value: number, currency: string | null): RangeProblem | null {
  switch (metric) {
    case "revenue":
      return value < 0 ? { reason: "negative", params: { value: { amount: value, unit: currency } } } : null;
    case "grossMargin":
    case "profitability":
      return fractionRange(value, -1);
    case "shareOfWallet":
    case "retention":
      return fractionRange(value, 0);
    case "relationship":
      return value < 1 || value > 5 ? { reason: "range", params: { value, min: 1, max: 5 } } : null;
    case "newBusinessAreas":
      return value < 0 || !Number.isInteger(value) ? { reason: "count", params: { value } } : null;
    case "other":
      return null;
  }
}

const CURRENCY_UNITS = new Set([
  "EUR",
  "€",
  "EURO",
  "USD",
  "$",
  "US$",
  "GBP",
  "£",
  "CHF",
  "FR.",
  "T€",
  "K€",
  "TEUR",
  "MIO €",
]);

/** Whether a goal's unit names a currency. */
export function isCurrencyUnit(unit: unknown): boolean {
  return typeof unit === "string" && CURRENCY_UNITS.has(unit.trim().toUpperCase());
}

/**
 * Whether a value is a money amount where the metric wants a rate or a score: retention of
 * 1.800.000 € or a relationship of 250.000. Percentage points (95 for 95 %) are not amounts.
 */
export function isAmountForRate(metric: Metric, value: number, unit: unknown): boolean {
  const scale = METRIC_SCALE[metric];
  if (scale !== "fraction" && scale !== "score") return false;
  // Negative values (a margin of −300) are range problems, not amounts.
  return value > 100 && (isCurrencyUnit(unit) || value >= 1000);
}

/** The best value a metric can reach: a target there ("keep the account") cannot be exceeded. */
export const METRIC_MAXIMUM: Partial<Record<Metric, number>> = {
  retention: 1,
  shareOfWallet: 1,
  relationship: 5,
};
