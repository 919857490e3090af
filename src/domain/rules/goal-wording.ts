// What a goal's text says: campaign or quota wording (the KAM is neither marketing nor sales),
// and wording or business that contradicts marketing's positioning.

import { accountLabel, type Account } from "../account";
import { finding, type Finding, type Subject } from "../finding";
import type { Goal, Metric, Positioning } from "../plan";
import {
  analyze,
  findTerms,
  maskSequences,
  matchedTexts,
  mentions,
  segmentTerm,
  withoutNegated,
  type Analyzed,
  type TermMatch,
} from "../text";
import { accountNameSequences } from "../wording/names";
import { NEGATIONS } from "../wording/negations";
import { DISCOUNT_WORDS, PREMIUM_POSITIONING_WORDS } from "../wording/pricing";
import { SALES_ACTIVITY_WORDS } from "../wording/sales";
import { metricOf, textOf, type RuleContext } from "./context";

/** Goals that grow the business with the account. */
const GROWTH_METRICS: readonly Metric[] = ["revenue", "newBusinessAreas", "shareOfWallet"];

export function isPremiumPositioning(positioning: Positioning | null | undefined): boolean {
  const text = textOf(positioning?.positioning);
  return text.trim() !== "" && mentions(analyze(text), PREMIUM_POSITIONING_WORDS);
}

/**
 * The excluded segment a text names, if any; `keep` filters the matches (e.g. drops negated ones:
 * "keine Tabakkunden").
 */
export function excludedSegmentIn(
  analyzed: Analyzed,
  positioning: Positioning | null | undefined,
  keep: (matches: TermMatch[]) => TermMatch[] = (matches) => matches,
): string | null {
  const segments = Array.isArray(positioning?.excludedSegments) ? positioning.excludedSegments : [];
  for (const segment of segments) {
    if (typeof segment !== "string") continue;
    const term = segmentTerm(segment);
    if (term && keep(findTerms(analyzed, [term])).length > 0) return segment;
  }
  return null;
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
  const text = maskSequences(analyze(statement), accountNameSequences(account ?? null, textOf(goal.account)));

  const sales = matchedTexts(withoutNegated(text, findTerms(text, SALES_ACTIVITY_WORDS), NEGATIONS));
  if (sales.length > 0) {
    findings.push(
      finding("GOAL_SALES_OR_MARKETING_ACTIVITY", subject, "statement", { matches: { list: sales } }),
    );
  }

  const marketing = ctx.marketing;
  if (!marketing) return findings;
  if (isPremiumPositioning(marketing)) {
    const discount = matchedTexts(withoutNegated(text, findTerms(text, DISCOUNT_WORDS), NEGATIONS));
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
  const named = excludedSegmentIn(text, marketing, (matches) => withoutNegated(text, matches, NEGATIONS));
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
    const segment = excludedSegmentIn(analyze(industry), marketing);
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
