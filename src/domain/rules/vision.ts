// The vision: long-term, inspiring, about what the company achieves with its key accounts —
// never a money target.

import { finding, type Finding, type Subject } from "../finding";
import { analyze, countWords, findTerms, matchedTexts, mentions, type TermMatch } from "../text";
import type { Thresholds } from "../thresholds";
import { CUSTOMER_WORDS } from "../wording/customers";
import { AMOUNT_PATTERN, MONEY_WORDS } from "../wording/money";
import { isBlank, textOf } from "./context";

const SUBJECT: Subject = { type: "vision" };

/** Amounts, currencies, percentages and money words in reading order, as written. */
export function monetaryWording(text: string): string[] {
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
  return matchedTexts([...amounts, ...words].sort((a, b) => a.from - b.from));
}

export function checkVision(vision: unknown, thresholds: Thresholds): Finding[] {
  const text = textOf(vision);
  if (isBlank(text)) return [finding("VISION_MISSING", SUBJECT, "vision")];
  const findings: Finding[] = [];
  const money = monetaryWording(text);
  if (money.length > 0)
    findings.push(finding("VISION_MONETARY", SUBJECT, "vision", { matches: { list: money } }));
  if (!mentions(analyze(text), CUSTOMER_WORDS))
    findings.push(finding("VISION_NOT_CUSTOMER_CENTRIC", SUBJECT, "vision"));
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
