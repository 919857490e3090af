// Suggested goals in words: an account-specific goal statement that cites the target, and a
// rationale that cites the figures behind it. Statements are written as a KAM would write them
// and stay clear of campaign and discount wording, so they pass the text rules.

import { accountKey, type Account } from "../domain/account";
import type { ParamValue } from "../domain/finding";
import type { Goal, Language, Metric } from "../domain/plan";
import { METRIC_SCALE } from "../domain/plan";
import { suggestionId, type SuggestionDraft, type SuggestionReason } from "../domain/suggestions";
import { fillTemplate } from "./format";

type RationaleTemplates = Record<SuggestionReason["code"] | "FEW_BUSINESS_AREAS_ONE", string>;

const STATEMENTS: Record<Language, Partial<Record<Metric, string>>> = {
  de: {
    revenue: "Umsatz mit {name} bis {deadline} auf {target} steigern – durch Ausbau der belieferten Bereiche",
    grossMargin:
      "Bruttomarge bei {name} bis {deadline} von {baseline} auf {target} verbessern – durch Konzentration auf Leistungen mit hohem Kundennutzen",
    retention:
      "{name} langfristig binden: Zusammenarbeit bis {deadline} vertraglich sichern (Kundenbindung {target})",
    relationship:
      "Beziehung zu {name} bis {deadline} von {baseline} auf {target} von 5 stärken – durch regelmäßige Strategiegespräche auf Entscheiderebene",
    newBusinessAreas:
      "Bei {name} bis {deadline} einen weiteren Geschäftsbereich erschließen (von {baseline} auf {target})",
  },
  en: {
    revenue: "Grow revenue with {name} to {target} by {deadline}, serving more of its business areas",
    grossMargin:
      "Raise the gross margin with {name} from {baseline} to {target} by {deadline}, focusing on services of high value to the customer",
    retention:
      "Retain {name} for the long term: secure the relationship contractually by {deadline} (retention {target})",
    relationship:
      "Strengthen the relationship with {name} from {baseline} to {target} out of 5 by {deadline} through regular executive strategy meetings",
    newBusinessAreas: "Open up one more business area at {name} by {deadline} (from {baseline} to {target})",
  },
};

/** For metrics no suggestion uses today; kept so a new suggestion never renders an empty text. */
const FALLBACK_STATEMENT: Record<Language, string> = {
  de: "{metric} bei {name} bis {deadline} auf {target} verbessern",
  en: "Improve {metric} with {name} to {target} by {deadline}",
};

const RATIONALES: Record<Language, RationaleTemplates> = {
  de: {
    LOW_SHARE_OF_WALLET:
      "Share of Wallet nur {share}: {revenue} Umsatz bei {potential} Potenzial. Das Ziel entspricht rund {growth} Wachstum pro Jahr und bleibt im Potenzial.",
    MARGIN_BELOW_MEDIAN: "Die Bruttomarge von {margin} liegt unter dem Median des Portfolios ({median}).",
    MARGIN_BELOW_POSITIONING:
      "Die Bruttomarge von {margin} liegt unter der Mindestmarge von {minimum}, die das Marketing vorgibt.",
    CHURN_RISK_HIGH:
      "Das Abwanderungsrisiko ist {churnRisk}: Den Kunden zu halten hat Vorrang vor jedem Ausbau.",
    RELATIONSHIP_WEAK:
      "Die Beziehung ist mit {relationship} von 5 schwach; eine tragfähige Beziehung ist die Grundlage aller weiteren Ziele.",
    FEW_BUSINESS_AREAS:
      "Bisher beliefern Sie erst {areas} Geschäftsbereiche des Kunden; ein weiterer Bereich verankert Sie tiefer in seinem Geschäft.",
    FEW_BUSINESS_AREAS_ONE:
      "Bisher beliefern Sie erst einen Geschäftsbereich des Kunden; ein weiterer Bereich verankert Sie tiefer in seinem Geschäft.",
  },
  en: {
    LOW_SHARE_OF_WALLET:
      "Share of wallet only {share}: {revenue} revenue against {potential} potential. The target means about {growth} growth a year and stays within the potential.",
    MARGIN_BELOW_MEDIAN: "The gross margin of {margin} is below the portfolio median ({median}).",
    MARGIN_BELOW_POSITIONING:
      "The gross margin of {margin} is below the minimum of {minimum} set by marketing.",
    CHURN_RISK_HIGH: "Churn risk is {churnRisk}: keeping the account comes before any expansion.",
    RELATIONSHIP_WEAK:
      "The relationship is weak at {relationship} out of 5; a sound relationship is the basis of every other goal.",
    FEW_BUSINESS_AREAS:
      "You serve only {areas} of the account's business areas so far; one more area embeds you deeper in its business.",
    FEW_BUSINESS_AREAS_ONE:
      "You serve only one of the account's business areas so far; one more area embeds you deeper in its business.",
  },
};

/** A metric's value as a template parameter (money with currency, fractions as percent). */
function valueParam(metric: Metric, value: number, unit: string | null): ParamValue {
  switch (METRIC_SCALE[metric]) {
    case "money":
      return { amount: value, unit };
    case "fraction":
      return { percent: value };
    default:
      return value;
  }
}

function rationaleTemplate(reason: SuggestionReason, language: Language): string {
  const table = RATIONALES[language];
  if (reason.code === "FEW_BUSINESS_AREAS" && reason.params.areas === 1) return table.FEW_BUSINESS_AREAS_ONE;
  return table[reason.code];
}

export function renderSuggestion(
  draft: SuggestionDraft,
  language: Language,
  account: Account,
): Goal & { rationale: string } {
  const params: Record<string, ParamValue> = {
    name: account.name?.trim() || accountKey(account),
    deadline: { date: draft.deadline },
    target: valueParam(draft.metric, draft.target, draft.unit),
    metric: { term: `metric.${draft.metric}` },
  };
  if (draft.baseline !== null) params.baseline = valueParam(draft.metric, draft.baseline, draft.unit);
  const template = STATEMENTS[language][draft.metric] ?? FALLBACK_STATEMENT[language];
  return {
    id: suggestionId(draft),
    account: draft.account,
    kind: draft.kind,
    metric: draft.metric,
    statement: fillTemplate(template, params, language),
    baseline: draft.baseline,
    target: draft.target,
    unit: draft.unit,
    deadline: draft.deadline,
    owner: draft.owner,
    status: "planned",
    rationale: fillTemplate(rationaleTemplate(draft.reason, language), draft.reason.params, language),
  };
}
