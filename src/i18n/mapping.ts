// How a sheet was read, in words: why a field was read where it was, its unit, what became of a
// row. Shared by the task pane's mapping view and `kam read`.

import type { MappingReason, RowStatus, UnitChoice } from "../domain/mapping-terms";
import type { Language } from "../domain/plan";
import { fillTemplate, formatNumber } from "./format";

/** What the texts need of a field's mapping (src/workbook/mapping.ts FieldMapping). */
type MappedField = {
  reason: MappingReason;
  /** The label and its value in one cell ("Umsatz 2025: 2,4 Mio. €"). */
  labelInCell?: boolean;
  /** Profiles: the value's row (several years are labels there, not columns). */
  row?: number | null;
  others: number;
  scale: number | null;
  unit: string | null;
  kind: string;
};

type MappingText = Record<
  | `reason.${MappingReason}`
  | `unit.${UnitChoice}`
  | `row.${RowStatus}`
  | "latestOf"
  | "latestOfLabels"
  | "labelInCell"
  | "scaleTimes"
  | "asFound"
  | "notRead",
  string
>;

const en: MappingText = {
  "reason.header": "the header names it",
  "reason.groupHeader": "group label and sub-header",
  "reason.label": "the label names it",
  "reason.latestYear": "latest year",
  "reason.lastFullYear": "last full year (the running year is not complete)",
  "reason.percentPreferred": "percent column rather than the absolute one",
  "reason.derived": "derived: amount ÷ revenue",
  "reason.ownerLine": "a line above each block names its owner (no owner column)",
  "reason.rescaled100": "a 0–100 score, put on the 1–5 scale (0 → 1, 50 → 3, 100 → 5)",
  "reason.rescaledNps": "a Net Promoter Score, put on the 1–5 scale (−100 → 1, 0 → 3, 100 → 5)",
  "reason.accountColumns": "the row above the labels names the accounts (one column each)",
  "reason.chosen": "your choice, stored in the workbook",
  "reason.override": "--map for this run",
  latestOf: "latest of {count#column|columns}",
  latestOfLabels: "latest of {count#label|labels}",
  labelInCell: "label and value in one cell",
  "unit.x1": "as written",
  "unit.x1000": "thousands (k, T€)",
  "unit.x1000000": "millions (m, Mio.)",
  "unit.percent": "percent (29 = 29 %)",
  "unit.fraction": "fraction (0.29 = 29 %)",
  "unit.absolute": "amount (÷ revenue)",
  "row.account": "account",
  "row.excluded": "excluded by you",
  "row.section": "heading",
  "row.subtotal": "subtotal",
  "row.note": "note",
  "row.header": "repeated header",
  "row.groupMember": "part of the group above",
  scaleTimes: "× {scale}",
  asFound: "as KAM Planner finds it",
  notRead: "not read",
};

const de: MappingText = {
  "reason.header": "die Überschrift nennt es",
  "reason.groupHeader": "Gruppen- und Unterüberschrift",
  "reason.label": "die Bezeichnung nennt es",
  "reason.latestYear": "neuestes Jahr",
  "reason.lastFullYear": "letztes volles Jahr (das laufende ist noch nicht abgeschlossen)",
  "reason.percentPreferred": "Prozentspalte statt absoluter Beträge",
  "reason.derived": "berechnet: Betrag ÷ Umsatz",
  "reason.ownerLine": "eine Zeile über jedem Block nennt den Verantwortlichen (keine Spalte dafür)",
  "reason.rescaled100": "ein Wert von 0–100, auf die Skala 1–5 umgerechnet (0 → 1, 50 → 3, 100 → 5)",
  "reason.rescaledNps": "ein Net Promoter Score, auf die Skala 1–5 umgerechnet (−100 → 1, 0 → 3, 100 → 5)",
  "reason.accountColumns": "die Zeile über den Bezeichnungen nennt die Kunden (eine Spalte je Kunde)",
  "reason.chosen": "Ihre Wahl, in der Arbeitsmappe gespeichert",
  "reason.override": "--map für diesen Aufruf",
  latestOf: "neueste von {count#Spalte|Spalten}",
  latestOfLabels: "neueste von {count#Bezeichnung|Bezeichnungen}",
  labelInCell: "Bezeichnung und Wert in einer Zelle",
  "unit.x1": "wie geschrieben",
  "unit.x1000": "Tausend (T€, k)",
  "unit.x1000000": "Millionen (Mio., m)",
  "unit.percent": "Prozent (29 = 29 %)",
  "unit.fraction": "Anteil (0,29 = 29 %)",
  "unit.absolute": "Betrag (÷ Umsatz)",
  "row.account": "Kunde",
  "row.excluded": "von Ihnen ausgeschlossen",
  "row.section": "Überschrift",
  "row.subtotal": "Zwischensumme",
  "row.note": "Anmerkung",
  "row.header": "wiederholte Kopfzeile",
  "row.groupMember": "Teil des Konzerns darüber",
  scaleTimes: "× {scale}",
  asFound: "wie KAM Planner es findet",
  notRead: "nicht gelesen",
};

const TEXT: Record<Language, MappingText> = { de, en };

export function mappingText(
  language: Language,
  key: keyof MappingText,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate(TEXT[language][key], params, language);
}

/**
 * Why the field was read where it was: "latest year (latest of 2 columns)"; for a profile's
 * "Umsatz 2025: 2,4 Mio. €", also "label and value in one cell".
 */
export function reasonText(
  mapping: Pick<MappedField, "reason" | "others" | "labelInCell" | "row">,
  language: Language,
): string {
  const reason = mappingText(language, `reason.${mapping.reason}`);
  const of = typeof mapping.row === "number" ? "latestOfLabels" : "latestOf";
  const why =
    mapping.reason === "latestYear"
      ? `${reason} (${mappingText(language, of, { count: mapping.others + 1 })})`
      : reason;
  return mapping.labelInCell === true ? `${why}; ${mappingText(language, "labelInCell")}` : why;
}

/** The unit choice the mapping amounts to: × 1000 → "x1000", a margin in points → "percent". */
export function unitChoiceOf(mapping: Pick<MappedField, "scale" | "unit" | "kind">): UnitChoice | null {
  if (mapping.kind === "fraction") {
    if (mapping.unit === "absolute") return "absolute";
    return mapping.unit === "percent" ? "percent" : "fraction";
  }
  if (mapping.kind !== "money") return null;
  if (mapping.scale === 1000) return "x1000";
  if (mapping.scale === 1_000_000) return "x1000000";
  return "x1";
}

/** The unit in words: "thousands (k, T€) EUR", "percent (29 = 29 %)"; "" for texts. */
export function unitText(mapping: Pick<MappedField, "scale" | "unit" | "kind">, language: Language): string {
  const choice = unitChoiceOf(mapping);
  if (choice === null) return "";
  const words =
    mapping.kind === "money" && mapping.scale !== null && ![1, 1000, 1_000_000].includes(mapping.scale)
      ? mappingText(language, "scaleTimes", { scale: formatNumber(mapping.scale, language) })
      : mappingText(language, `unit.${choice}`);
  return mapping.kind === "money" && mapping.unit !== null ? `${words} ${mapping.unit}` : words;
}

export function rowStatusText(status: RowStatus, language: Language): string {
  return mappingText(language, `row.${status}`);
}
