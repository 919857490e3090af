// Suggested goals in words: an account-specific goal statement that cites the target, and a
// rationale that cites the figures behind it. Statements are written as a KAM would write them
// and stay clear of campaign and discount wording, so they pass the text rules.

import { accountKey, type Account } from "../domain/account";
import type { ParamValue } from "../domain/finding";
import type { Goal, Language, Metric } from "../domain/plan";
import { METRIC_SCALE } from "../domain/plan";
import { suggestionId, type SuggestionDraft, type SuggestionReason } from "../domain/suggestions";
import { fillTemplate } from "./format";

type RationaleTemplates = Record<
  SuggestionReason["code"] | "FEW_BUSINESS_AREAS_ONE" | "FEW_BUSINESS_AREAS_FOCUS",
  string
>;

/** Statements that depend on the reason, not only the metric: named new areas, hold and deepen. */
type ReasonStatements = Record<
  "areaNamed" | "areaNamedBeside" | "areaBeside" | "topAccount",
  readonly string[]
>;
const REASON_STATEMENTS: Record<Language, ReasonStatements> = {
  de: {
    areaNamed: [
      "Bei {name} bis {deadline} den Bereich {area} als weiteren Geschäftsbereich erschließen (von {baseline} auf {target})",
      "{area} bei {name} bis {deadline} als neues Geschäftsfeld aufbauen (von {baseline} auf {target} Bereiche)",
      "Mit {name} bis {deadline} gemeinsam den Einstieg in {area} vorbereiten und umsetzen (von {baseline} auf {target})",
    ],
    areaNamedBeside: [
      "Bei {name} bis {deadline} den Bereich {area} neben {served} als weiteren Geschäftsbereich erschließen (von {baseline} auf {target})",
      "{area} bei {name} neben {served} bis {deadline} als neues Geschäftsfeld aufbauen (von {baseline} auf {target} Bereiche)",
      "Mit {name} bis {deadline} über {served} hinaus gemeinsam den Einstieg in {area} vorbereiten und umsetzen (von {baseline} auf {target})",
    ],
    areaBeside: [
      "Bei {name} bis {deadline} einen weiteren Geschäftsbereich neben {served} erschließen (von {baseline} auf {target})",
      "Neben {served} bei {name} bis {deadline} ein zusätzliches Geschäftsfeld aufbauen (von {baseline} auf {target} Bereiche)",
      "Über {served} hinaus mit {name} bis {deadline} einen neuen Bereich gemeinsam vorbereiten und umsetzen (von {baseline} auf {target})",
    ],
    topAccount: [
      "{name} als Top-Account halten und vertiefen: Beziehung bis {deadline} auf {target} von 5 – mit gemeinsamer Jahresplanung auf Entscheiderebene",
      "Spitzenposition bei {name} sichern: Beziehung {target} von 5 bis {deadline} – mit einem gemeinsamen Innovationsprogramm",
      "{name} bleibt Top-Account: bis {deadline} Beziehung {target} von 5 halten, mit Zugang zu unserer Entwicklung und Review mit der Geschäftsführung",
    ],
  },
  en: {
    areaNamed: [
      "Open up {area} as a further business area at {name} by {deadline} (from {baseline} to {target})",
      "Build {area} into a new line of business with {name} by {deadline} (from {baseline} to {target} areas)",
      "Prepare and complete our entry into {area} together with {name} by {deadline} (from {baseline} to {target})",
    ],
    areaNamedBeside: [
      "Open up {area} beside {served} as a further business area at {name} by {deadline} (from {baseline} to {target})",
      "Build {area} beside {served} into a new line of business with {name} by {deadline} (from {baseline} to {target} areas)",
      "Go beyond {served}: prepare and complete our entry into {area} together with {name} by {deadline} (from {baseline} to {target})",
    ],
    areaBeside: [
      "Open up a further business area beside {served} at {name} by {deadline} (from {baseline} to {target})",
      "Build a new line of business beside {served} with {name} by {deadline} (from {baseline} to {target} areas)",
      "Go beyond {served} and prepare a new area together with {name} by {deadline} (from {baseline} to {target})",
    ],
    topAccount: [
      "Hold and deepen {name} as a top account: relationship at {target} out of 5 by {deadline} through joint annual planning with its decision makers",
      "Secure our top position at {name}: relationship {target} out of 5 by {deadline} through a joint innovation programme",
      "{name} stays a top account: hold the relationship at {target} out of 5 by {deadline} with access to our engineering and a review with its leadership",
    ],
  },
};

/**
 * Statements per metric, in SUGGESTION_PHRASINGS phrasings that share few words: look-alike
 * accounts take turns, so no two groups of suggestions read as one copied goal.
 */
const STATEMENTS: Record<Language, Partial<Record<Metric, readonly string[]>>> = {
  de: {
    revenue: [
      "Umsatz mit {name} bis {deadline} auf {target} steigern – durch Ausbau der belieferten Bereiche",
      "Bei {name} bis {deadline} {target} Umsatz erreichen, indem wir weitere Werke und Standorte mitversorgen",
      "{name}: Geschäftsvolumen bis {deadline} auf {target} bringen – mit Serviceleistungen rund um die gelieferten Produkte",
    ],
    grossMargin: [
      "Bruttomarge bei {name} bis {deadline} von {baseline} auf {target} verbessern – durch Konzentration auf Leistungen mit hohem Kundennutzen",
      "Marge bei {name} bis {deadline} von {baseline} auf {target} heben, indem wir Sonderaufwände transparent abrechnen",
      "{name}: Bruttomarge bis {deadline} auf {target} (heute {baseline}) – mit wertbasierten Serviceverträgen",
    ],
    retention: [
      "{name} langfristig binden: Zusammenarbeit bis {deadline} vertraglich sichern (Kundenbindung {target})",
      "Partnerschaft mit {name} bis {deadline} absichern: Rahmenvertrag erneuern und einen festen Ansprechpartner stellen (Kundenbindung {target})",
      "Abwanderung von {name} verhindern: bis {deadline} offene Reklamationen klären und die Lieferung für ein weiteres Jahr vereinbaren (Kundenbindung {target})",
    ],
    relationship: [
      "Beziehung zu {name} bis {deadline} von {baseline} auf {target} von 5 stärken – durch regelmäßige Strategiegespräche auf Entscheiderebene",
      "Vertrauen bei {name} bis {deadline} von {baseline} auf {target} von 5 aufbauen – mit einem gemeinsamen Jahresplan für Einkauf und Technik",
      "{name}: Beziehung bis {deadline} auf {target} von 5 (heute {baseline}) – über feste Ansprechpartner im Werk und offene Auswertungen nach Projekten",
    ],
  },
  en: {
    revenue: [
      "Grow revenue with {name} to {target} by {deadline}, serving more of its business areas",
      "Reach {target} in revenue at {name} by {deadline} by supplying further plants and sites",
      "{name}: take business volume to {target} by {deadline} with services around the products we deliver",
    ],
    grossMargin: [
      "Raise the gross margin with {name} from {baseline} to {target} by {deadline}, focusing on services of high value to the customer",
      "Lift the margin at {name} from {baseline} to {target} by {deadline} by billing special efforts transparently",
      "{name}: gross margin at {target} by {deadline} (today {baseline}) through value-based service contracts",
    ],
    retention: [
      "Retain {name} for the long term: secure the relationship contractually by {deadline} (retention {target})",
      "Secure the partnership with {name} by {deadline}: renew the framework agreement and assign a dedicated contact (retention {target})",
      "Prevent {name} from leaving: resolve open complaints and agree supply for another year by {deadline} (retention {target})",
    ],
    relationship: [
      "Strengthen the relationship with {name} from {baseline} to {target} out of 5 by {deadline} through regular executive strategy meetings",
      "Build trust with {name} from {baseline} to {target} out of 5 by {deadline} with a joint annual plan for purchasing and engineering",
      "{name}: relationship at {target} out of 5 by {deadline} (today {baseline}) through fixed contacts on site and open reviews after projects",
    ],
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
    FEW_BUSINESS_AREAS_FOCUS:
      "{area} ist ein Fokussegment des Marketings; ein weiterer Geschäftsbereich (bisher {areas}) verankert Sie tiefer im Geschäft des Kunden.",
    TOP_ACCOUNT:
      "Ein Top-Account: Beziehung {relationship} von 5, Share of Wallet {share}, geringes Abwanderungsrisiko. Hier gilt es zu halten und zu vertiefen, nicht Mengen zu drücken.",
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
    FEW_BUSINESS_AREAS_FOCUS:
      "{area} is one of marketing's focus segments; one more business area (so far {areas}) embeds you deeper in the account's business.",
    TOP_ACCOUNT:
      "A top account: relationship {relationship} out of 5, share of wallet {share}, low churn risk. The task is to hold and deepen it, not to push volume.",
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
  if (reason.code === "FEW_BUSINESS_AREAS" && typeof reason.params.area === "string")
    return table.FEW_BUSINESS_AREAS_FOCUS;
  if (reason.code === "FEW_BUSINESS_AREAS" && reason.params.areas === 1) return table.FEW_BUSINESS_AREAS_ONE;
  return table[reason.code];
}

function statementTemplate(draft: SuggestionDraft, language: Language): string {
  const pick = (list: readonly string[] | undefined) => list?.[draft.variant] ?? list?.[0];
  const reasons = REASON_STATEMENTS[language];
  if (draft.reason.code === "TOP_ACCOUNT") return pick(reasons.topAccount) ?? FALLBACK_STATEMENT[language];
  if (draft.reason.code === "FEW_BUSINESS_AREAS") {
    const { area, served } = draft.reason.params;
    const beside = typeof served === "object" && "list" in served && served.list.length > 0;
    const list =
      typeof area === "string"
        ? beside
          ? reasons.areaNamedBeside
          : reasons.areaNamed
        : beside
          ? reasons.areaBeside
          : undefined;
    const chosen = pick(list);
    if (chosen !== undefined) return chosen;
  }
  return pick(STATEMENTS[language][draft.metric]) ?? FALLBACK_STATEMENT[language];
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
  const { area, served } = draft.reason.params;
  if (area !== undefined) params.area = area;
  if (served !== undefined) params.served = served;
  const template = statementTemplate(draft, language);
  return {
    id: suggestionId(draft),
    account: draft.account,
    kind: draft.kind,
    metric: draft.metric,
    statement: fillTemplate(template, params, language),
    baseline: draft.baseline,
    target: draft.target,
    unit: draft.unit,
    start: null,
    deadline: draft.deadline,
    actual: null,
    actualDate: null,
    owner: draft.owner,
    status: "planned",
    rationale: fillTemplate(rationaleTemplate(draft.reason, language), draft.reason.params, language),
  };
}
