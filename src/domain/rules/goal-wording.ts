// What a goal's text says: campaign or quota wording (the KAM is neither marketing nor sales),
// and wording or business that contradicts marketing's positioning.

import { accountLabel, type Account } from "../account";
import { finding, type Finding, type Subject } from "../finding";
import type { Goal, Metric, Positioning } from "../plan";
import { findAll, hasAny, notWithin, texts, type Match } from "../wording/lexicon";
import { accountNameSequences } from "../wording/names";
import { isNegated, withoutNegated } from "../wording/negations";
import { CONCESSION_DEMANDS, DISCOUNT_WORDS, PREMIUM_MARKS, PRICE_COMPETITION } from "../wording/pricing";
import {
  CAMPAIGN_WORDS,
  CONTACT_ACTS,
  COUNT_WORDS,
  RHYTHM_WORDS,
  SELLING_ACTS,
  SPREAD_WORDS,
  STANDBY_WORDS,
  SENIOR_COUNTERPARTS,
} from "../wording/sales";
import { SEGMENT_CONVERSIONS, segmentLexicon } from "../wording/segments";
import { isCount, maskNames, tokenize, type Tokens } from "../wording/tokens";
import { metricOf, textOf, type RuleContext } from "./context";

/** Goals that grow the business with the account. */
const GROWTH_METRICS: readonly Metric[] = ["revenue", "newBusinessAreas", "shareOfWallet"];

const premiumCache = new Map<string, boolean>();

/**
 * Whether marketing positions the offer as premium, read from its meaning: quality, technology or
 * premium marks, or price competition denied ("kein Preiswettbewerb") — and no price competition
 * affirmed ("Kostenführer", "best value for money").
 */
export function isPremiumPositioning(positioning: Positioning | null | undefined): boolean {
  const text = textOf(positioning?.positioning).trim();
  if (text === "") return false;
  const cached = premiumCache.get(text);
  if (cached !== undefined) return cached;
  const tokens = tokenize(text);
  const price = findAll(tokens, PRICE_COMPETITION);
  const denied = price.filter((m) => isNegated(tokens, m));
  const affirmed = price.length - denied.length;
  const premium = affirmed === 0 && (denied.length > 0 || hasAny(tokens, PREMIUM_MARKS));
  if (premiumCache.size > 200) premiumCache.clear();
  premiumCache.set(text, premium);
  return premium;
}

/**
 * The excluded segment a text names (by core word, compound part or synonym), if any; `keep`
 * filters the matches (e.g. drops negated ones: "keine Tabakkunden").
 */
export function excludedSegmentIn(
  tokens: Tokens,
  positioning: Positioning | null | undefined,
  keep: (matches: Match[]) => Match[] = (matches) => matches,
): string | null {
  const segments = Array.isArray(positioning?.excludedSegments) ? positioning.excludedSegments : [];
  for (const segment of segments) {
    if (typeof segment !== "string") continue;
    const lexicon = segmentLexicon(segment);
    if (lexicon && keep(findAll(tokens, lexicon)).length > 0) return segment;
  }
  return null;
}

/** Segment words inside a conversion away from them ("Umrüstung des Kohlekessels auf Biomasse"). */
function withoutLeft(tokens: Tokens, matches: Match[]): Match[] {
  if (matches.length === 0) return matches;
  const conversions = findAll(tokens, SEGMENT_CONVERSIONS);
  return matches.filter((m) => !conversions.some((c) => m.start > c.start && m.start < c.end));
}

/** A count that sets a condition ("bei zehn bestellten Maschinen", "ab 10 Stück"), not a quota. */
const isThreshold = (tokens: Tokens, i: number) => /^(bei|ab)$/.test(tokens.tokens[i - 1]?.folded ?? "");

/**
 * Campaign and acquisition wording, and selling acts made a quota: counted ("zehn
 * Präsentationen") or given a rhythm ("monthly demos") in the same clause. Calls and visits with
 * the account's leadership are relationship work.
 */
export function salesWording(tokens: Tokens): string[] {
  const campaign = withoutNegated(tokens, findAll(tokens, CAMPAIGN_WORDS));
  const standby = findAll(tokens, STANDBY_WORDS);
  const acts = notWithin(withoutNegated(tokens, findAll(tokens, SELLING_ACTS)), standby);
  if (acts.length === 0) return texts(campaign);
  const rhythms = findAll(tokens, RHYTHM_WORDS);
  const senior = hasAny(tokens, SENIOR_COUNTERPARTS);
  const contacts = findAll(tokens, CONTACT_ACTS);
  const counters = findAll(tokens, COUNT_WORDS);
  const spreads = findAll(tokens, SPREAD_WORDS);
  const clauseOf = (i: number) => tokens.tokens[i]?.clause ?? -1;
  const quota = acts.filter((act) => {
    if (senior && contacts.some((c) => c.start === act.start)) return false;
    const clause = clauseOf(act.start);
    const rhythm = rhythms.some((r) => clauseOf(r.start) === clause);
    const counted =
      counters.some((c) => clauseOf(c.start) === clause) ||
      tokens.tokens.some((t, i) => t.clause === clause && isCount(tokens, i) && !isThreshold(tokens, i));
    const spread = spreads.some((s) => s.start >= act.end && s.start - act.end <= 3);
    return rhythm || counted || spread;
  });
  return texts([...campaign, ...quota].sort((a, b) => a.start - b.start));
}

export function checkGoalWording(
  goal: Goal,
  subject: Subject,
  account: Account | undefined,
  ctx: RuleContext,
): Finding[] {
  const findings: Finding[] = [];
  const statement = textOf(goal.statement);
  // The account's own name is not wording: "Umsatz mit Messe Frankfurt" is no trade-show task.
  const tokens = maskNames(tokenize(statement), accountNameSequences(account ?? null, textOf(goal.account)));

  const sales = salesWording(tokens);
  if (sales.length > 0) {
    findings.push(
      finding("GOAL_SALES_OR_MARKETING_ACTIVITY", subject, "statement", { matches: { list: sales } }),
    );
  }

  const marketing = ctx.marketing;
  if (!marketing) return findings;
  if (isPremiumPositioning(marketing)) {
    // A concession the customer demands ("pressure for discounts") is none we grant.
    const demands = findAll(tokens, CONCESSION_DEMANDS);
    const granted = notWithin(findAll(tokens, DISCOUNT_WORDS), demands);
    const discount = texts(withoutNegated(tokens, granted));
    if (discount.length > 0) {
      findings.push(
        finding("GOAL_CONTRADICTS_POSITIONING", subject, "statement", {
          reason: "discount",
          wording: { list: discount },
          positioning: textOf(marketing.positioning).trim(),
        }),
      );
    }
  }
  const named = excludedSegmentIn(tokens, marketing, (matches) =>
    withoutLeft(tokens, withoutNegated(tokens, matches)),
  );
  if (named !== null) {
    findings.push(
      finding("GOAL_CONTRADICTS_POSITIONING", subject, "statement", {
        reason: "segmentWording",
        segment: named,
      }),
    );
  }
  const industry = textOf(account?.industry);
  if (account && industry.trim() !== "" && GROWTH_METRICS.includes(metricOf(goal.metric))) {
    const segment = excludedSegmentIn(tokenize(industry), marketing);
    if (segment !== null) {
      findings.push(
        finding("GOAL_CONTRADICTS_POSITIONING", subject, "account", {
          reason: "segmentAccount",
          segment,
          account: accountLabel(account),
          industry: industry.trim(),
        }),
      );
    }
  }
  return findings;
}
