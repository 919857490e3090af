// What every rule needs: the accounts, the as-of date, thresholds and marketing's positioning,
// plus guards that keep the checks total on whatever a plan file or a sheet delivered.

import type { Account } from "../account";
import { isIsoDate } from "../dates";
import type { ParamValue } from "../finding";
import { METRIC_SCALE, type Metric, type Positioning } from "../plan";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../thresholds";

export type RuleContext = {
  accounts: readonly Account[];
  /** Valid ISO date, or null when the caller passed none (date rules are skipped then). */
  asOf: string | null;
  thresholds: Thresholds;
  marketing: Positioning | null;
};

export const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** A string as the rules read it: anything else counts as empty. */
export const textOf = (x: unknown): string => (typeof x === "string" ? x : "");

export const isBlank = (x: unknown): boolean => textOf(x).trim() === "";

const isThresholdKey = (key: string): key is keyof Thresholds => Object.hasOwn(DEFAULT_THRESHOLDS, key);

/** DEFAULT_THRESHOLDS overridden by the given ones; undefined or non-numeric overrides are ignored. */
export function resolveThresholds(overrides: Partial<Thresholds> | undefined): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!overrides) return out;
  for (const key of Object.keys(out)) {
    if (!isThresholdKey(key)) continue;
    const value = overrides[key];
    if (isFiniteNumber(value)) out[key] = value;
  }
  return out;
}

export function validAsOf(asOf: unknown): string | null {
  return typeof asOf === "string" && isIsoDate(asOf) ? asOf : null;
}

export function isMetric(x: unknown): x is Metric {
  return typeof x === "string" && Object.hasOwn(METRIC_SCALE, x);
}

/** Metric of a goal, unknown metrics read as "other" so nothing metric-specific runs on them. */
export function metricOf(x: unknown): Metric {
  return isMetric(x) ? x : "other";
}

/** The currency of an account's money figures: the sheet's, else what the goal's unit says. */
export function currencyOf(account: Account | null | undefined, unit: unknown): string | null {
  if (account?.currency) return account.currency;
  const u = textOf(unit).trim().toUpperCase();
  if (u === "€" || u === "EURO" || u === "EUR") return "EUR";
  if (u === "$" || u === "USD" || u === "US$") return "USD";
  if (u === "£" || u === "GBP") return "GBP";
  if (u === "CHF" || u === "FR.") return "CHF";
  return /^[A-Z]{3}$/.test(u) ? u : null;
}

/** A metric's value as a message parameter: money with its currency, fractions as percent. */
export function metricValue(metric: Metric, value: number, currency: string | null): ParamValue {
  switch (METRIC_SCALE[metric]) {
    case "money":
      return { amount: value, unit: currency };
    case "fraction":
      return { percent: value };
    default:
      return value;
  }
}
