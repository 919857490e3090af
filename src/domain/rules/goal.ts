// One goal on its own: its account, kind, text, target, deadline and the range of its values,
// then (when the account is known) its figures and wording against the account and positioning.

import { findAccount, type Account } from "../account";
import { addYears, isIsoDate } from "../dates";
import { finding, type Finding, type Subject, type TermKey } from "../finding";
import { GOAL_KINDS, METRIC_KIND, METRIC_SCALE, type Goal } from "../plan";
import { ECONOMIC_WORDS, GROWTH_WORDS, STRATEGIC_WORDS } from "../wording/goal-kinds";
import { AMOUNT_PATTERN } from "../wording/money";
import { findAll, hasAny, texts } from "../wording/lexicon";
import { withoutNegated } from "../wording/negations";
import { tokenize, type Tokens } from "../wording/tokens";
import { currencyOf, isBlank, isFiniteNumber, metricOf, textOf, type RuleContext } from "./context";
import { checkGoalFigures } from "./goal-figures";
import { isAmountForRate, isCurrencyUnit, rangeProblem } from "./goal-ranges";
import { checkGoalWording } from "./goal-wording";

/**
 * A goal classed as strategic that measures money: an amount as its target on a count or free
 * metric ("500.000 € Umsatz im neuen Geschäftsfeld"), or revenue, margin or profit wording on a
 * free metric with nothing strategic in it ("Deckungsbeitrag auf 30 % verbessern").
 */
function economicInDisguise(goal: Goal, subject: Subject): Finding[] {
  const metric = metricOf(goal.metric);
  if (textOf(goal.kind).trim() !== "strategic") return [];
  const params = {
    kind: { term: "kind.strategic" },
    metric: { term: `metric.${metric}` },
    expected: { term: "kind.economic" },
  } as const;
  if (metric !== "other" && METRIC_SCALE[metric] !== "count") return grownInDisguise(goal, subject, params);
  const target = goal.target;
  // A few euros on a free metric are a leftover unit, not a money target.
  if (isFiniteNumber(target) && target > 100 && isCurrencyUnit(goal.unit)) {
    const currency = currencyOf(undefined, goal.unit);
    return [
      finding("GOAL_KIND_MISMATCH", subject, "kind", {
        ...params,
        reason: "moneyTarget",
        target: { amount: target, unit: currency },
      }),
    ];
  }
  if (metric !== "other") return [];
  // Growth set on revenue outweighs a strategic word beside it ("Strategische Partnerschaft: Umsatz +15 % p.a.").
  const grown = grownInDisguise(goal, subject, params);
  if (grown.length > 0) return grown;
  const tokens = tokenize(textOf(goal.statement));
  // A money word that is replaced or avoided, or the base a percentage is taken of ("2 % WKZ auf
  // den Jahresumsatz"), sets no money target.
  const economic = texts(
    withoutNegated(tokens, findAll(tokens, ECONOMIC_WORDS)).filter((m) => !isRateBase(tokens, m.start)),
  );
  if (economic.length === 0 || hasAny(tokens, STRATEGIC_WORDS)) return [];
  return [
    finding("GOAL_KIND_MISMATCH", subject, "kind", {
      ...params,
      reason: "economicWording",
      wording: { list: economic },
    }),
  ];
}

const BASE_PREPOSITIONS = /^(auf|vom|von|of|on)$/;
const PERCENT = /\d\s?%|\bprozent|\bpercent/i;

/** Whether the word at `at` is what a percentage is taken of: "3 % … auf den Jahresumsatz", "2% of annual purchases". */
function isRateBase(text: Tokens, at: number): boolean {
  const { tokens } = text;
  const clause = tokens[at]?.clause;
  for (let k = at - 1; k >= 0 && k >= at - 3 && tokens[k]?.clause === clause; k--) {
    if (!BASE_PREPOSITIONS.test(tokens[k]?.folded ?? "")) continue;
    const from = tokens[Math.max(0, k - 4)]?.start ?? 0;
    return PERCENT.test(text.text.slice(from, tokens[k]?.start ?? 0));
  }
  return false;
}

// AMOUNT_PATTERN is global (matchAll); `test` on it would carry lastIndex from one goal to the next.
const HAS_AMOUNT = new RegExp(AMOUNT_PATTERN.source, "iu");
const SIGNED_GROWTH = /\+\s?\d|%\s*(p\.\s?a\b|pro jahr|per (year|annum)|yoy|y\/y)/i;

/**
 * A loyalty or relationship goal whose statement sets a growth figure on revenue, margin or profit
 * ("Müller langfristig binden, indem wir den Umsatz jedes Jahr um 10 % steigern"): what it
 * measures is economic. Holding revenue ("Jahresumsatz von 1,9 Mio. € halten") is retention.
 */
function grownInDisguise(
  goal: Goal,
  subject: Subject,
  params: Readonly<Record<"kind" | "metric" | "expected", { term: TermKey }>>,
): Finding[] {
  const tokens = tokenize(textOf(goal.statement));
  const clauseText = (clause: number) => {
    const inClause = tokens.tokens.filter((t) => t.clause === clause);
    const first = inClause[0];
    const last = inClause[inClause.length - 1];
    return first && last ? tokens.text.slice(first.start, last.end + 2) : "";
  };
  const growth = findAll(tokens, GROWTH_WORDS).map((m) => tokens.tokens[m.start]?.clause);
  const economic = findAll(tokens, ECONOMIC_WORDS).filter((m) => {
    const clause = tokens.tokens[m.start]?.clause ?? -1;
    const text = clauseText(clause);
    // A signed figure ("+15 %") or a yearly rate ("p.a.") is growth without a verb.
    const grows = growth.includes(clause) || SIGNED_GROWTH.test(text);
    return grows && HAS_AMOUNT.test(text);
  });
  if (economic.length === 0) return [];
  return [
    finding("GOAL_KIND_MISMATCH", subject, "kind", {
      ...params,
      reason: "economicWording",
      wording: { list: texts(economic) },
    }),
  ];
}

function checkKind(goal: Goal, subject: Subject): Finding[] {
  const metric = metricOf(goal.metric);
  const expected = METRIC_KIND[metric];
  const kind = textOf(goal.kind).trim();
  if (expected === "either") return economicInDisguise(goal, subject);
  if (kind === expected) return economicInDisguise(goal, subject);
  const params = {
    kind: { term: `kind.${kind}` },
    metric: { term: `metric.${metric}` },
    expected: { term: `kind.${expected}` },
  } as const;
  // A missing or unknown kind is a mismatch too: the metric decides which kind the goal must be.
  if (kind === "") return [finding("GOAL_KIND_MISMATCH", subject, "kind", { ...params, reason: "missing" })];
  if (!GOAL_KINDS.some((k) => k === kind)) {
    return [finding("GOAL_KIND_MISMATCH", subject, "kind", { ...params, reason: "unknown", value: kind })];
  }
  return [finding("GOAL_KIND_MISMATCH", subject, "kind", params)];
}

function checkDeadline(goal: Goal, subject: Subject, ctx: RuleContext): Finding[] {
  const deadline = textOf(goal.deadline).trim();
  if (deadline === "") return [finding("GOAL_NO_DEADLINE", subject, "deadline")];
  if (!isIsoDate(deadline))
    return [finding("GOAL_NO_DEADLINE", subject, "deadline", { reason: "invalid", value: deadline })];
  const { asOf } = ctx;
  if (asOf === null) return [];
  if (deadline < asOf)
    return [
      finding("GOAL_DEADLINE_PAST", subject, "deadline", {
        deadline: { date: deadline },
        asOf: { date: asOf },
      }),
    ];
  const years = ctx.thresholds.horizonYears;
  const limit = addYears(asOf, years);
  if (limit !== null && deadline > limit) {
    return [
      finding("GOAL_DEADLINE_FAR", subject, "deadline", {
        deadline: { date: deadline },
        asOf: { date: asOf },
        years,
        limit: { date: limit },
      }),
    ];
  }
  return [];
}

function checkRanges(goal: Goal, subject: Subject, account: Account | undefined): Finding[] {
  const metric = metricOf(goal.metric);
  const currency = currencyOf(account, goal.unit);
  const findings: Finding[] = [];
  for (const field of ["target", "baseline"] as const) {
    const value = goal[field];
    if (!isFiniteNumber(value)) continue;
    if (isAmountForRate(metric, value, goal.unit)) {
      findings.push(
        finding("GOAL_AMOUNT_NOT_A_RATE", subject, field, {
          field: { term: `field.${field}` },
          metric: { term: `metric.${metric}` },
          value: { amount: value, unit: currency },
          ...(METRIC_SCALE[metric] === "score" ? { reason: "score" } : {}),
        }),
      );
      continue;
    }
    const problem = rangeProblem(metric, value, currency);
    if (problem) {
      findings.push(
        finding("GOAL_VALUE_OUT_OF_RANGE", subject, field, {
          ...problem.params,
          field: { term: `field.${field}` },
          metric: { term: `metric.${metric}` },
          reason: problem.reason,
        }),
      );
    }
  }
  return findings;
}

export function checkGoal(goal: Goal, ctx: RuleContext): Finding[] {
  const subject: Subject = { type: "goal", id: textOf(goal.id) };
  const findings: Finding[] = [];
  const reference = textOf(goal.account).trim();
  const account = reference === "" ? undefined : findAccount(ctx.accounts, reference);
  if (!account) {
    findings.push(
      finding(
        "GOAL_ACCOUNT_UNKNOWN",
        subject,
        "account",
        reference === "" ? { reason: "empty" } : { account: reference },
      ),
    );
  }
  findings.push(...checkKind(goal, subject));
  if (isBlank(goal.statement)) findings.push(finding("GOAL_NO_STATEMENT", subject, "statement"));
  if (!isFiniteNumber(goal.target)) {
    findings.push(
      finding("GOAL_NO_TARGET", subject, "target", { metric: { term: `metric.${metricOf(goal.metric)}` } }),
    );
  }
  findings.push(...checkDeadline(goal, subject, ctx));
  const ranges = checkRanges(goal, subject, account);
  findings.push(...ranges);
  findings.push(...checkGoalFigures(goal, subject, account, ctx, ranges.length === 0));
  findings.push(...checkGoalWording(goal, subject, account, ctx));
  return findings;
}
