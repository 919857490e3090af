// A goal's figures against its account and marketing's positioning: better than today, within
// the account's potential, a plausible pace, and not below the margin marketing requires.

import { accountLabel, type Account } from "../account";
import { accountFigure } from "../baseline";
import { isIsoDate, yearsBetween } from "../dates";
import { requiredAnnualGrowthBetween } from "../figures";
import { finding, type Finding, type Subject } from "../finding";
import type { Goal } from "../plan";
import { currencyOf, isFiniteNumber, metricOf, metricValue, textOf, type RuleContext } from "./context";
import { METRIC_MAXIMUM, rangeProblem } from "./goal-ranges";

/**
 * @param valuesInRange false when target or baseline is impossible for the metric: comparing
 *   such values would only add noise to the range finding.
 */
export function checkGoalFigures(
  goal: Goal,
  subject: Subject,
  account: Account | undefined,
  ctx: RuleContext,
  valuesInRange: boolean,
): Finding[] {
  const target = goal.target;
  if (!isFiniteNumber(target) || !valuesInRange) return [];
  const metric = metricOf(goal.metric);
  const currency = currencyOf(account, goal.unit);
  const money = (value: number) => metricValue(metric, value, currency);
  const findings: Finding[] = [];

  const minimum = ctx.marketing?.minGrossMargin;
  // A minimum outside −100 … 100 % is a reading problem of the marketing sheet, not a rule to apply.
  const validMinimum = isFiniteNumber(minimum) && minimum >= -1 && minimum <= 1;
  if (metric === "grossMargin" && validMinimum && target < minimum) {
    findings.push(
      finding("GOAL_MARGIN_BELOW_POSITIONING", subject, "target", {
        target: { percent: target },
        minimum: { percent: minimum },
      }),
    );
  }
  if (!account) return findings;

  // The goal's own baseline, else the account's figure when that figure is itself plausible.
  const accountValue = accountFigure(metric, account);
  const baseline = isFiniteNumber(goal.baseline)
    ? goal.baseline
    : accountValue !== null && rangeProblem(metric, accountValue, currency) === null
      ? accountValue
      : null;
  // Judgement call: a target at the metric's best value (retention 100 %, relationship 5) is a
  // "hold the top" goal, not a missing improvement.
  const atMaximum = METRIC_MAXIMUM[metric] !== undefined && target >= (METRIC_MAXIMUM[metric] ?? Infinity);
  if (baseline !== null && target <= baseline && !atMaximum) {
    findings.push(
      finding("GOAL_NOT_AN_IMPROVEMENT", subject, "target", {
        metric: { term: `metric.${metric}` },
        baseline: money(baseline),
        target: money(target),
        ...(isFiniteNumber(goal.baseline) ? {} : { reason: "accountBaseline" }),
      }),
    );
  }

  if (metric !== "revenue") return findings;
  const potential = account.potential;
  if (isFiniteNumber(potential) && potential > 0 && target > potential) {
    findings.push(
      finding("GOAL_TARGET_ABOVE_POTENTIAL", subject, "target", {
        target: money(target),
        potential: money(potential),
        account: accountLabel(account),
      }),
    );
  }

  // Judgement call: the pace check is for revenue only; margins are bounded fractions whose
  // "growth rate" says little.
  const deadline = textOf(goal.deadline).trim();
  const { asOf } = ctx;
  if (
    baseline !== null &&
    baseline > 0 &&
    target > baseline &&
    asOf !== null &&
    isIsoDate(deadline) &&
    deadline > asOf
  ) {
    const growth = requiredAnnualGrowthBetween(baseline, target, asOf, deadline);
    const years = yearsBetween(asOf, deadline) ?? 0;
    if (growth.ok && growth.value > ctx.thresholds.growthCeiling) {
      findings.push(
        finding("GOAL_GROWTH_IMPLAUSIBLE", subject, "target", {
          growth: { percent: growth.value },
          ceiling: { percent: ctx.thresholds.growthCeiling },
          years: Math.round(years * 10) / 10,
          baseline: money(baseline),
          target: money(target),
        }),
      );
    }
  }
  return findings;
}
