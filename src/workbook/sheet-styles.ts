// Colours and number formats of the sheets the add-in writes. Excel format codes are
// locale-invariant (`,` groups thousands, `.` is the decimal point; Excel displays them in the
// reader's locale), so only symbol placement and the date pattern differ per language.

import type { Severity } from "../domain/finding";
import { LANGUAGES, METRIC_SCALE, type Language, type Metric, type MetricScale } from "../domain/plan";
import { UNIT_LABEL } from "../i18n/sheets";
import type { Border, CellStyle } from "../sheet";

export const PALETTE = {
  title: "#1F3864",
  headerFill: "#1F4E78",
  headerText: "#FFFFFF",
  labelFill: "#DDEBF7",
  note: "#595959", // 7:1 on white (WCAG AA needs 4.5:1)
  grid: "#BFBFBF",
  totalsFill: "#F2F2F2",
  goalTab: "#2E75B6",
  reviewTab: "#548235",
  errorFill: "#FFC7CE",
  errorText: "#9C0006",
  warningFill: "#FFEB9C",
  warningText: "#9C5700",
  okFill: "#C6EFCE",
  okText: "#006100",
} as const;

const GRID_LINE: Border = { style: "thin", color: PALETTE.grid };

/** Thin light-grey lines around every cell, so the table reads as a grid on screen and on paper. */
export const GRID_BORDERS: CellStyle = {
  borderTop: GRID_LINE,
  borderBottom: GRID_LINE,
  borderLeft: GRID_LINE,
  borderRight: GRID_LINE,
};

export const TITLE_STYLE: CellStyle = {
  bold: true,
  fontSize: 16,
  fontColor: PALETTE.title,
  vertical: "center",
};
export const NOTE_STYLE: CellStyle = { italic: true, fontColor: PALETTE.note };
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: PALETTE.headerFill,
  fontColor: PALETTE.headerText,
  vertical: "center",
  wrap: true,
  ...GRID_BORDERS,
};
export const LABEL_STYLE: CellStyle = {
  bold: true,
  fill: PALETTE.labelFill,
  vertical: "top",
  ...GRID_BORDERS,
};

/** Fill and text colour for a finding's severity; infos are not highlighted. */
export function severityStyle(severity: Severity | "ok"): CellStyle {
  switch (severity) {
    case "error":
      return { fill: PALETTE.errorFill, fontColor: PALETTE.errorText };
    case "warning":
      return { fill: PALETTE.warningFill, fontColor: PALETTE.warningText };
    case "info":
    case "ok":
      return { fill: PALETTE.okFill, fontColor: PALETTE.okText };
  }
}

const CURRENCY_SYMBOL: Record<string, string> = { EUR: "€", USD: "$", GBP: "£", CHF: "CHF" };

/** `#,##0 "€"` (de) / `"€"#,##0` (en); plain `#,##0` when the currency is unknown. */
export function moneyFormat(currency: string | null, language: Language): string {
  const symbol = currency === null ? undefined : CURRENCY_SYMBOL[currency.toUpperCase()];
  if (symbol === undefined) return "#,##0";
  return language === "de" ? `#,##0 "${symbol}"` : `"${symbol}"#,##0`;
}

export const PERCENT_FORMAT = "0.0%";
/** Progress (attainment, time elapsed): whole percent points are what a review reads. */
export const WHOLE_PERCENT_FORMAT = "0%";
export const INTEGER_FORMAT = "0";
export const DECIMAL_FORMAT = "0.0";
export const GENERAL_FORMAT = "General";

export function dateFormat(language: Language): string {
  return language === "de" ? "dd.mm.yyyy" : "d mmm yyyy";
}

type UnitScale = { scale: MetricScale; currency: string | null };

const UNIT_SCALES: readonly [RegExp, UnitScale][] = [
  [/^(eur|€|euro)$/i, { scale: "money", currency: "EUR" }],
  [/^(usd|\$|us\$|dollar)$/i, { scale: "money", currency: "USD" }],
  [/^(gbp|£)$/i, { scale: "money", currency: "GBP" }],
  [/^chf$/i, { scale: "money", currency: "CHF" }],
  [/^(%|prozent|percent|pct)$/i, { scale: "fraction", currency: null }],
  [/^(count|anzahl|stück|stk\.?|#)$/i, { scale: "count", currency: null }],
  [/^(score|punkte|points|pkt\.?)$/i, { scale: "score", currency: null }],
];

/**
 * A unit as the plan keeps it: the goal sheet's word for a count or a score, in either language and
 * any case, as its code ("Anzahl" → "count", "Punkte" → "score"); every other unit as written, so
 * that "Stück" stays "Stück".
 */
export function unitCode(written: string | null): string | null {
  if (written === null) return null;
  const text = written.trim();
  const folded = text.toLowerCase();
  for (const code of ["count", "score"] as const)
    if (LANGUAGES.some((language) => UNIT_LABEL[language][code].toLowerCase() === folded)) return code;
  return text;
}

/** A unit as the goal sheet shows it: the counting codes in the sheet's language, others as they are. */
export function unitText(unit: string | null, language: Language): string | null {
  const code = unitCode(unit);
  return code === "count" || code === "score" ? UNIT_LABEL[language][code] : code;
}

/** What a goal's numbers are: the unit the user wrote decides, else the metric's usual scale. */
export function goalScale(unit: string | null, metric: Metric, accountCurrency: string | null): UnitScale {
  const written = unit?.trim() ?? "";
  for (const [pattern, scale] of UNIT_SCALES) if (pattern.test(written)) return scale;
  const scale = METRIC_SCALE[metric];
  return { scale, currency: scale === "money" ? accountCurrency : null };
}

/** The number format of a goal's baseline, target and change. */
export function goalNumberFormat(
  unit: string | null,
  metric: Metric,
  accountCurrency: string | null,
  language: Language,
  values: readonly (number | null)[],
): string {
  const { scale, currency } = goalScale(unit, metric, accountCurrency);
  switch (scale) {
    case "money":
      return moneyFormat(currency, language);
    case "fraction":
      return PERCENT_FORMAT;
    case "score":
    case "count":
      // A half point (3.5) must not be rounded away on screen.
      return values.every((v) => v === null || Number.isInteger(v)) ? INTEGER_FORMAT : DECIMAL_FORMAT;
    case "any":
      return GENERAL_FORMAT;
  }
}
