// The vision: long-term, inspiring, about what the company achieves with its key accounts —
// never a money target, not even one in other words ("die Nummer eins im DACH-Markt", "triple our
// share with every key account").

import { finding, type Finding, type Subject } from "../finding";
import { analyze, countWords, findTerms, matchedTexts, type TermMatch } from "../text";
import type { Thresholds } from "../thresholds";
import { SIZE_AMBITION } from "../wording/ambition";
import { CUSTOMER_PERSPECTIVE, CUSTOMER_WORDS, isCustomersOwn } from "../wording/customers";
import { findAll, hasAny, texts } from "../wording/lexicon";
import { AMOUNT_PATTERN, MONEY_WORDS } from "../wording/money";
import { withoutNegated } from "../wording/negations";
import { tokenize, type Tokens } from "../wording/tokens";
import { isBlank, textOf } from "./context";

const SUBJECT: Subject = { type: "vision" };

type Span = { text: string; from: number; to: number };

/** Amounts, currencies, percentages and money words in reading order, as written. */
export function monetaryWording(text: string): string[] {
  return matchedTexts(monetarySpans(text));
}

function monetarySpans(text: string): Span[] {
  const analyzed = analyze(text);
  const amounts = [...text.matchAll(AMOUNT_PATTERN)].map((m) => ({
    text: m[0].trim(),
    from: m.index,
    to: m.index + m[0].length,
  }));
  const words = findTerms(analyzed, MONEY_WORDS)
    .map((m: TermMatch) => {
      const first = analyzed.tokens[m.start];
      const last = analyzed.tokens[m.end - 1];
      return { text: m.text, from: first?.start ?? 0, to: last?.end ?? 0 };
    })
    // "Mio" inside "50 Mio. €" is already part of the amount.
    .filter((w) => !amounts.some((a) => w.from >= a.from && w.to <= a.to));
  return [...amounts, ...words].sort((a, b) => a.from - b.from);
}

/** The token a character offset falls in (or the next one). */
function tokenAt(tokens: Tokens, offset: number): number {
  const i = tokens.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? tokens.tokens.length - 1 : i;
}

/**
 * Size and market ambitions the vision states (and does not deny), as written; the customer's
 * own growth ("Unsere Kunden verdoppeln ihre Verfügbarkeit") is no ambition of ours.
 */
export function sizeAmbitions(tokens: Tokens): string[] {
  return texts(
    withoutNegated(tokens, findAll(tokens, SIZE_AMBITION)).filter(
      (m) => !isCustomersOwn(tokens, m.start, false),
    ),
  );
}

/** Whether the customer side is named or is the one who experiences the partnership. */
export function isCustomerCentric(tokens: Tokens): boolean {
  return hasAny(tokens, CUSTOMER_WORDS) || hasAny(tokens, CUSTOMER_PERSPECTIVE);
}

export function checkVision(vision: unknown, thresholds: Thresholds): Finding[] {
  const text = textOf(vision);
  if (isBlank(text)) return [finding("VISION_MISSING", SUBJECT, "vision")];
  const findings: Finding[] = [];
  const tokens = tokenize(text);
  // The customer's figures ("ihre Marktanteile ausbauen") are no money target of ours.
  const money = matchedTexts(
    monetarySpans(text).filter((s) => !isCustomersOwn(tokens, tokenAt(tokens, s.from))),
  );
  const ambitions = sizeAmbitions(tokens);
  if (money.length > 0) {
    findings.push(finding("VISION_MONETARY", SUBJECT, "vision", { matches: { list: money } }));
  } else if (ambitions.length > 0) {
    findings.push(
      finding("VISION_MONETARY", SUBJECT, "vision", { matches: { list: ambitions }, reason: "ambition" }),
    );
  }
  if (!isCustomerCentric(tokens)) findings.push(finding("VISION_NOT_CUSTOMER_CENTRIC", SUBJECT, "vision"));
  const words = countWords(text);
  const { visionMinWords: min, visionMaxWords: max } = thresholds;
  if (words < min || words > max) {
    findings.push(
      finding("VISION_LENGTH", SUBJECT, "vision", {
        words,
        min,
        max,
        reason: words < min ? "short" : "long",
      }),
    );
  }
  return findings;
}
