// Domain words in both languages: metric and kind names, fields, risk levels, expectations.

import type { TermKey } from "../domain/finding";
import { GOAL_KINDS, METRICS, type Language } from "../domain/plan";
import { KIND_LABEL, METRIC_LABEL } from "./labels";

type TermTable = Partial<Record<TermKey, string>>;

const de: TermTable = {
  "field.id": "Kunden-ID",
  "field.name": "Kundenname",
  "field.industry": "Branche",
  "field.region": "Region",
  "field.revenue": "Umsatz",
  "field.potential": "Umsatzpotenzial",
  "field.grossMargin": "Bruttomarge",
  "field.profitability": "Rentabilität",
  "field.relationship": "Beziehung",
  "field.churnRisk": "Abwanderungsrisiko",
  "field.customerSince": "Kunde seit",
  "field.owner": "KAM",
  "field.businessAreas": "Geschäftsbereiche",
  "field.account": "Kunde",
  "field.kind": "Art",
  "field.metric": "Kennzahl",
  "field.statement": "Ziel",
  "field.baseline": "Ausgangswert",
  "field.target": "Zielwert",
  "field.unit": "Einheit",
  "field.deadline": "Termin",
  "field.status": "Status",
  "field.minGrossMargin": "Mindestbruttomarge",
  "field.positioning": "Positionierung",
  "field.vision": "Die Vision",
  "field.mission": "Die Mission",
  "field.goalText": "Der Zieltext",
  "field.goalOwner": "Der Verantwortliche",
  "field.goalAccount": "Der Kundenbezug",
  "field.goalUnit": "Die Einheit",
  "field.goalId": "Die Ziel-ID",
  "risk.low": "niedrig",
  "risk.medium": "mittel",
  "risk.high": "hoch",
  "expect.number": "eine Zahl (z. B. 1.250.000 € oder 1,25 Mio. €)",
  "expect.percent": "einen Prozentwert (z. B. 31,5 %)",
  "expect.date": "ein Datum (z. B. 31.12.2027)",
  "expect.score": "eine Bewertung von 1 bis 5 oder niedrig/mittel/hoch",
  "expect.risk": "niedrig, mittel oder hoch",
  "expect.count": "eine Anzahl oder eine Liste (z. B. Folien; Etiketten)",
  "expect.value": "ein Wert statt eines Excel-Fehlers",
  "expect.calculated":
    "ein berechneter Wert – die Formel wurde nie berechnet; öffnen und speichern Sie die Mappe in Excel",
  "header.id": "Kunden-ID",
  "header.name": "Kundenname",
  "header.industry": "Branche",
  "header.region": "Region",
  "header.revenue": "Umsatz 2025 (€)",
  "header.potential": "Umsatzpotenzial (€)",
  "header.grossMargin": "Bruttomarge (%)",
  "header.profitability": "EBIT-Marge (%)",
  "header.relationship": "Beziehung (1-5)",
  "header.churnRisk": "Abwanderungsrisiko",
  "header.customerSince": "Kunde seit",
  "header.owner": "KAM",
  "header.businessAreas": "Belieferte Bereiche",
};

const en: TermTable = {
  "field.id": "account ID",
  "field.name": "account name",
  "field.industry": "industry",
  "field.region": "region",
  "field.revenue": "revenue",
  "field.potential": "revenue potential",
  "field.grossMargin": "gross margin",
  "field.profitability": "profitability",
  "field.relationship": "relationship",
  "field.churnRisk": "churn risk",
  "field.customerSince": "customer since",
  "field.owner": "key account manager",
  "field.businessAreas": "business areas",
  "field.account": "account",
  "field.kind": "kind",
  "field.metric": "metric",
  "field.statement": "goal",
  "field.baseline": "baseline",
  "field.target": "target",
  "field.unit": "unit",
  "field.deadline": "deadline",
  "field.status": "status",
  "field.minGrossMargin": "minimum gross margin",
  "field.positioning": "positioning",
  "field.vision": "vision",
  "field.mission": "mission",
  "field.goalText": "goal text",
  "field.goalOwner": "goal's owner",
  "field.goalAccount": "goal's account",
  "field.goalUnit": "goal's unit",
  "field.goalId": "goal ID",
  "risk.low": "low",
  "risk.medium": "medium",
  "risk.high": "high",
  "expect.number": "a number (e.g. 1,250,000 or $1.25M)",
  "expect.percent": "a percentage (e.g. 31.5%)",
  "expect.date": "a date (e.g. 2027-12-31)",
  "expect.score": "a score from 1 to 5 or low/medium/high",
  "expect.risk": "low, medium or high",
  "expect.count": "a count or a list (e.g. Films; Labels)",
  "expect.value": "a value instead of an Excel error",
  "expect.calculated":
    "a calculated value – the formula was never calculated; open and save the workbook in Excel",
  "header.id": "Account ID",
  "header.name": "Account name",
  "header.industry": "Industry",
  "header.region": "Region",
  "header.revenue": "Revenue 2025",
  "header.potential": "Revenue potential",
  "header.grossMargin": "Gross margin %",
  "header.profitability": "EBIT margin %",
  "header.relationship": "Relationship (1-5)",
  "header.churnRisk": "Churn risk",
  "header.customerSince": "Customer since",
  "header.owner": "Account manager",
  "header.businessAreas": "Business areas",
};

/**
 * Kind and metric names inside a sentence come from the same labels as the sheets' dropdowns:
 * German keeps its nouns' capitals ("Umsatz"), adjectives and English words are lower case.
 */
function namesInSentences(language: Language): TermTable {
  const table: TermTable = {};
  for (const kind of GOAL_KINDS) table[`kind.${kind}`] = KIND_LABEL[language][kind].toLowerCase();
  for (const metric of METRICS) {
    const label = METRIC_LABEL[language][metric];
    table[`metric.${metric}`] = language === "de" ? label : label.toLowerCase();
  }
  return table;
}

export const TERMS: Record<Language, TermTable> = {
  de: { ...de, ...namesInSentences("de") },
  en: { ...en, ...namesInSentences("en") },
};
