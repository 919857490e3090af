// Names of goal kinds, metrics and statuses in both languages — the goal sheet's dropdown values,
// the task pane's choices — and the one lookup from a name someone typed back to its code, used
// by the goal-sheet reader, the plan file and the KAM.* functions alike. Matching ignores case,
// umlaut spelling, spaces and punctuation ("Share of Wallet", "share-of-wallet", "Kundenbindung").

import { GOAL_KINDS, GOAL_STATUSES, LANGUAGES, METRICS } from "../domain/plan";
import type { GoalKind, GoalStatus, Language, Metric } from "../domain/plan";
import type { TrackStatus } from "../domain/progress";
import { fold } from "../domain/text";

/** Dropdown values on the goal sheet; the reader matches them case-insensitively in either language. */
export const KIND_LABEL: Record<Language, Record<GoalKind, string>> = {
  de: { economic: "Wirtschaftlich", strategic: "Strategisch" },
  en: { economic: "Economic", strategic: "Strategic" },
};

/** The counting units as the goal sheet shows them; the plan keeps the codes "count" and "score". */
export const UNIT_LABEL: Record<Language, Record<"count" | "score", string>> = {
  de: { count: "Anzahl", score: "Punkte" },
  en: { count: "count", score: "score" },
};

export const METRIC_LABEL: Record<Language, Record<Metric, string>> = {
  de: {
    revenue: "Umsatz",
    grossMargin: "Bruttomarge",
    profitability: "Rentabilität",
    shareOfWallet: "Share of Wallet",
    retention: "Kundenbindung",
    relationship: "Beziehungsstärke",
    newBusinessAreas: "Neue Geschäftsbereiche",
    other: "Sonstiges",
  },
  en: {
    revenue: "Revenue",
    grossMargin: "Gross margin",
    profitability: "Profitability",
    shareOfWallet: "Share of wallet",
    retention: "Retention",
    relationship: "Relationship strength",
    newBusinessAreas: "New business areas",
    other: "Other",
  },
};

export const STATUS_LABEL: Record<Language, Record<GoalStatus, string>> = {
  de: { planned: "Geplant", inProgress: "In Arbeit", achieved: "Erreicht", dropped: "Verworfen" },
  en: { planned: "Planned", inProgress: "In progress", achieved: "Achieved", dropped: "Dropped" },
};

/**
 * What the goal sheet's "On track" formula writes (the same words as KAM.STATUS). The review's
 * formulas count these texts, so they are the sheet language's only.
 */
export const TRACK_LABEL: Record<Language, Record<TrackStatus, string>> = {
  de: { achieved: "erreicht", onTrack: "im Plan", atRisk: "gefährdet", offTrack: "nicht im Plan" },
  en: { achieved: "achieved", onTrack: "on track", atRisk: "at risk", offTrack: "off track" },
};

/** Further words people use for the same things (plan files written by hand, other sheets). */
const SYNONYMS: {
  kind: Readonly<Record<string, GoalKind>>;
  metric: Readonly<Record<string, Metric>>;
  status: Readonly<Record<string, GoalStatus>>;
} = {
  kind: { wirtschaftlich: "economic", oekonomisch: "economic", oekonomische: "economic" },
  metric: {
    sales: "revenue",
    marge: "grossMargin",
    margin: "grossMargin",
    profitmargin: "profitability",
    lieferanteil: "shareOfWallet",
    customerretention: "retention",
    beziehung: "relationship",
  },
  status: { inbearbeitung: "inProgress" },
};

/** The form names are compared in: folded, letters and digits only. */
export function labelKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, "");
}

function lookup<T extends string>(
  codes: readonly T[],
  labels: Record<Language, Record<T, string>>,
  synonyms: Readonly<Record<string, T>>,
): (text: string) => T | null {
  const table = new Map<string, T>();
  for (const code of codes) {
    table.set(labelKey(code), code);
    for (const language of LANGUAGES) table.set(labelKey(labels[language][code]), code);
  }
  for (const [word, code] of Object.entries(synonyms)) table.set(labelKey(word), code);
  return (text) => table.get(labelKey(text)) ?? null;
}

/** "Wirtschaftlich", "economic" → "economic"; null for anything else. */
export const kindOfLabel = lookup<GoalKind>(GOAL_KINDS, KIND_LABEL, SYNONYMS.kind);
/** "Umsatz", "Share of wallet", "revenue" → the metric; null for anything else. */
export const metricOfLabel = lookup<Metric>(METRICS, METRIC_LABEL, SYNONYMS.metric);
/** "In Arbeit", "in progress", "inProgress" → the status; null for anything else. */
export const statusOfLabel = lookup<GoalStatus>(GOAL_STATUSES, STATUS_LABEL, SYNONYMS.status);
