// One rule, for list columns and profile labels alike, for which of several places naming the same
// field is read: a margin in percent before one in money, then the better-matching header, then the
// latest year, then the first place. "Umsatz 2024" and "Umsatz 2025" → 2025 in both layouts.

import type { AccountField } from "../domain/account";
import type { MappingReason } from "../domain/mapping-terms";
import { isPartialPeriod, type FractionKind } from "./headers";

export type FieldPlace = {
  field: AccountField;
  score: number;
  /** See headerPeriodRank: the latest full year is highest. */
  period: number;
  /** Reading order: a column (lists) or row and column (profiles). */
  position: number;
  /** For margins: what the header and values say the place holds. */
  kind: FractionKind;
  /** True when the field was recognised from a group label over the place's sub-header. */
  grouped: boolean;
};

/** Why a place was chosen for a field by the reader itself (see MappingReason). */
export type ChoiceReason = Extract<
  MappingReason,
  "header" | "groupHeader" | "label" | "latestYear" | "lastFullYear" | "percentPreferred"
>;

export const FRACTION_FIELDS: ReadonlySet<AccountField> = new Set(["grossMargin", "profitability"]);

const absolute = (p: FieldPlace) => FRACTION_FIELDS.has(p.field) && p.kind === "absolute";

function better(a: FieldPlace, b: FieldPlace): boolean {
  if (absolute(a) !== absolute(b)) return absolute(b);
  if (a.score !== b.score) return a.score > b.score;
  if (a.period !== b.period) return a.period > b.period;
  return a.position < b.position;
}

export type Preferred<T extends FieldPlace> = { place: T; reason: ChoiceReason; others: number };

/** The place read for each field among the candidates, and why. */
export function preferPlaces<T extends FieldPlace>(
  places: readonly T[],
  plain: "header" | "label",
): Map<AccountField, Preferred<T>> {
  const byField = new Map<AccountField, T[]>();
  for (const p of places) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  const chosen = new Map<AccountField, Preferred<T>>();
  for (const [field, list] of byField) {
    let best = list[0];
    if (best === undefined) continue;
    for (const p of list.slice(1)) if (better(p, best)) best = p;
    const winner = best;
    const others = list.filter((p) => p !== winner);
    const passedOver = others.filter((p) => p.score === winner.score && p.period < winner.period);
    const reason: ChoiceReason =
      !absolute(winner) && others.some(absolute)
        ? "percentPreferred"
        : passedOver.some((p) => isPartialPeriod(p.period))
          ? "lastFullYear"
          : passedOver.length > 0
            ? "latestYear"
            : winner.grouped
              ? "groupHeader"
              : plain;
    chosen.set(field, { place: winner, reason, others: others.length });
  }
  return chosen;
}
