// Text of the KAM.* worksheet functions in both languages: the labels they return and the
// messages of the error values they return. Placeholders are filled by `fillTemplate`.

import type { Language } from "../domain/plan";

const en = {
  ok: "OK",
  // Arguments
  argMissing: "{arg} is missing.",
  argNotNumber: "{arg} must be a number, not '{value}'.",
  argNotText: "{arg} must be text.",
  argNotDate: "{arg} must be a date (an Excel date, YYYY-MM-DD or DD.MM.YYYY), not '{value}'.",
  argKind: "{arg} must be economic or strategic, not '{value}'.",
  argMetric: "{arg} must be one of {metrics}, not '{value}'.",
  // What went wrong in the arithmetic, per function
  shareOfWalletZero: "The potential is 0, so there is no share of wallet.",
  shareOfWalletNegative: "Revenue and potential must not be negative.",
  growthZero: "The baseline is 0, so growth cannot be expressed as a share of it.",
  cagrZero: "The baseline is 0, so no annual growth rate leads from it to the target.",
  cagrRange: "Years must be more than 0, baseline and target must not be negative.",
  attainmentZero: "Target and baseline are equal, so there is no way to cover.",
  statusRange: "The deadline must be after the start.",
  quadrantRange: "Both scores must lie between 0 and 10.",
  invalidDate: "A date could not be read.",
  notANumber: "The arguments do not give a finite number.",
  divisionByZero: "Division by zero.",
  outOfRange: "An argument is out of range.",
  checkedAccount: "the account",
  internal: "Unexpected problem in {fn}: {reason}. Please report it with the formula that caused it.",
  // Results
  "status.achieved": "achieved",
  "status.onTrack": "on track",
  "status.atRisk": "at risk",
  "status.offTrack": "off track",
  "quadrant.strategic": "Strategic",
  "quadrant.status": "Status",
  "quadrant.streamline": "Streamline",
  "quadrant.development": "Development",
  // Argument names as the function wizard shows them
  "param.revenue": "revenue",
  "param.potential": "potential",
  "param.baseline": "baseline",
  "param.target": "target",
  "param.years": "years",
  "param.actual": "actual",
  "param.start": "start",
  "param.deadline": "deadline",
  "param.asOf": "asOf",
  "param.attractiveness": "attractiveness",
  "param.strength": "strength",
  "param.text": "text",
  "param.kind": "kind",
  "param.metric": "metric",
  "param.minMargin": "minMargin",
};

export type FunctionTextKey = keyof typeof en;

const de: typeof en = {
  ok: "OK",
  argMissing: "{arg} fehlt.",
  argNotNumber: "{arg} muss eine Zahl sein, nicht „{value}“.",
  argNotText: "{arg} muss ein Text sein.",
  argNotDate: "{arg} muss ein Datum sein (Excel-Datum, JJJJ-MM-TT oder TT.MM.JJJJ), nicht „{value}“.",
  argKind: "{arg} muss wirtschaftlich oder strategisch sein, nicht „{value}“.",
  argMetric: "{arg} muss eine dieser Kennzahlen sein: {metrics}; nicht „{value}“.",
  shareOfWalletZero: "Das Potenzial ist 0, daher gibt es keinen Share of Wallet.",
  shareOfWalletNegative: "Umsatz und Potenzial dürfen nicht negativ sein.",
  growthZero: "Der Ausgangswert ist 0, daher lässt sich kein Wachstum als Anteil davon angeben.",
  cagrZero: "Der Ausgangswert ist 0, daher führt keine jährliche Wachstumsrate zum Zielwert.",
  cagrRange: "Die Jahre müssen größer als 0 sein, Ausgangs- und Zielwert dürfen nicht negativ sein.",
  attainmentZero: "Zielwert und Ausgangswert sind gleich, daher gibt es keinen Weg zurückzulegen.",
  statusRange: "Der Termin muss nach dem Start liegen.",
  quadrantRange: "Beide Bewertungen müssen zwischen 0 und 10 liegen.",
  invalidDate: "Ein Datum konnte nicht gelesen werden.",
  notANumber: "Die Argumente ergeben keine endliche Zahl.",
  divisionByZero: "Division durch null.",
  outOfRange: "Ein Argument liegt außerhalb des zulässigen Bereichs.",
  checkedAccount: "diesem Kunden",
  internal:
    "Unerwarteter Fehler in {fn}: {reason}. Bitte melden Sie ihn zusammen mit der Formel, die ihn ausgelöst hat.",
  "status.achieved": "erreicht",
  "status.onTrack": "im Plan",
  "status.atRisk": "gefährdet",
  "status.offTrack": "nicht im Plan",
  "quadrant.strategic": "Strategisch",
  "quadrant.status": "Status",
  "quadrant.streamline": "Rationalisierung",
  "quadrant.development": "Entwicklung",
  "param.revenue": "Umsatz",
  "param.potential": "Potenzial",
  "param.baseline": "Ausgangswert",
  "param.target": "Zielwert",
  "param.years": "Jahre",
  "param.actual": "Istwert",
  "param.start": "Start",
  "param.deadline": "Termin",
  "param.asOf": "Stichtag",
  "param.attractiveness": "Attraktivität",
  "param.strength": "Stärke",
  "param.text": "Text",
  "param.kind": "Art",
  "param.metric": "Kennzahl",
  "param.minMargin": "Mindestmarge",
};

export const FUNCTION_TEXT: Record<Language, Record<FunctionTextKey, string>> = { de, en };

/**
 * The language of the KAM.* results for an Office display language tag: German for any "de-*",
 * English for everything else (and when Office has not told us).
 */
export function functionLanguage(displayLanguage: string | null | undefined): Language {
  return displayLanguage?.trim().toLowerCase().startsWith("de") === true ? "de" : "en";
}
