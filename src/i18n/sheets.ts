// Text of the sheets the add-in writes (goal sheet, review sheet) in both languages: sheet names,
// titles, table headers, dropdown values and status texts. The reader of the goal sheet accepts the
// labels of either language, so a workbook written in German reads back under an English UI.

import type { Quadrant } from "../domain/figures";
import type { Language } from "../domain/plan";
import { severityCountsText } from "./counts";

export { KIND_LABEL, METRIC_LABEL, STATUS_LABEL } from "./labels";

export const GOAL_COLUMN_KEYS = [
  "id",
  "account",
  "accountName",
  "kind",
  "metric",
  "statement",
  "baseline",
  "target",
  "change",
  "unit",
  "deadline",
  "owner",
  "status",
  "check",
  "findings",
] as const;
export type GoalColumnKey = (typeof GOAL_COLUMN_KEYS)[number];

export const REVIEW_COLUMN_KEYS = [
  "id",
  "name",
  "owner",
  "quadrant",
  "revenue",
  "potential",
  "shareOfWallet",
  "economicGoals",
  "strategicGoals",
  "revenueTarget",
  "growth",
  "errors",
  "warnings",
  "status",
  "notes",
] as const;
export type ReviewColumnKey = (typeof REVIEW_COLUMN_KEYS)[number];

export type Rag = "red" | "amber" | "green";

export type SheetText = {
  goalSheet: string;
  reviewSheet: string;
  goalTitle: string;
  reviewTitle: string;
  asOf: string;
  maintainedNote: string;
  reviewNote: string;
  vision: string;
  mission: string;
  positioning: string;
  minGrossMargin: string;
  focusSegments: string;
  excludedSegments: string;
  /** The findings cell of the vision/mission block when the text passed every check. */
  ok: string;
  invalidValueTitle: string;
  /** `{column}` is the column's header. */
  invalidValueMessage: string;
  totals: string;
  /** `{count}` accounts in the portfolio. */
  accountCount: string;
  noGoals: string;
  revenueTargetNote: string;
  workbookNotes: string;
  /** `{ids}`: goals whose account is in no account sheet. */
  goalsWithoutAccount: string;
  /** `{goals}`: "G3 (2 Fehler, 1 Warnung); G5 (1 Fehler)". */
  goalsWithFindings: string;
};

const de: SheetText = {
  goalSheet: "KAM-Ziele",
  reviewSheet: "KAM-Review",
  goalTitle: "KAM-Ziele – Vision, Mission und Geschäftsziele",
  reviewTitle: "KAM-Review – Kundenportfolio",
  asOf: "Stand",
  maintainedNote:
    "Gepflegt von KAM Planner: Ziele hier bearbeiten oder ergänzen. Prüfung und Prüfhinweise werden beim nächsten Schreiben neu berechnet.",
  reviewNote: "Erstellt von KAM Planner aus den Kundenblättern und dem Blatt der KAM-Ziele.",
  vision: "Vision",
  mission: "Mission",
  positioning: "Positionierung (Marketing)",
  minGrossMargin: "Mindestbruttomarge",
  focusSegments: "Fokussegmente",
  excludedSegments: "Ausgeschlossene Segmente",
  ok: "OK",
  invalidValueTitle: "Ungültiger Wert",
  invalidValueMessage: "{column}: bitte einen Wert aus der Liste wählen.",
  totals: "Portfolio gesamt",
  accountCount: "{count#Kunde|Kunden}",
  noGoals: "keine Ziele",
  revenueTargetNote:
    "Umsatzziel: Zielwert des Umsatzziels mit dem spätesten Termin (Zielwerte sind Stände, keine Zuwächse). Wachstum: Umsatzziel gegenüber dem Umsatz.",
  workbookNotes: "Hinweise zu Zellen der Arbeitsmappe",
  goalsWithoutAccount: "Ziele ohne bekannten Kunden (siehe Blatt der KAM-Ziele): {ids}",
  goalsWithFindings: "Ziele mit Prüfhinweisen (siehe Blatt der KAM-Ziele): {goals}",
};

const en: SheetText = {
  goalSheet: "KAM Goals",
  reviewSheet: "KAM Review",
  goalTitle: "KAM goals – vision, mission and business goals",
  reviewTitle: "KAM review – account portfolio",
  asOf: "As of",
  maintainedNote:
    "Maintained by KAM Planner: edit or add goals here. Check and findings are recalculated on the next write.",
  reviewNote: "Created by KAM Planner from the account sheets and the KAM goals sheet.",
  vision: "Vision",
  mission: "Mission",
  positioning: "Positioning (marketing)",
  minGrossMargin: "Minimum gross margin",
  focusSegments: "Focus segments",
  excludedSegments: "Excluded segments",
  ok: "OK",
  invalidValueTitle: "Invalid value",
  invalidValueMessage: "{column}: please pick a value from the list.",
  totals: "Portfolio total",
  accountCount: "{count#account|accounts}",
  noGoals: "no goals",
  revenueTargetNote:
    "Revenue target: target of the revenue goal with the latest deadline (targets are levels, not increments). Growth: revenue target against revenue.",
  workbookNotes: "Notes on cells of the workbook",
  goalsWithoutAccount: "Goals without a known account (see the KAM goals sheet): {ids}",
  goalsWithFindings: "Goals with findings (see the KAM goals sheet): {goals}",
};

export const SHEET_TEXT: Record<Language, SheetText> = { de, en };

export const GOAL_HEADERS: Record<Language, Record<GoalColumnKey, string>> = {
  de: {
    id: "Ziel-ID",
    account: "Kunden-ID",
    accountName: "Kunde",
    kind: "Art",
    metric: "Kennzahl",
    statement: "Ziel",
    baseline: "Ausgangswert",
    target: "Zielwert",
    change: "Veränderung",
    unit: "Einheit",
    deadline: "Termin",
    owner: "Verantwortlich",
    status: "Status",
    check: "Prüfung",
    findings: "Prüfhinweise",
  },
  en: {
    id: "Goal ID",
    account: "Account ID",
    accountName: "Account",
    kind: "Kind",
    metric: "Metric",
    statement: "Goal",
    baseline: "Baseline",
    target: "Target",
    change: "Change",
    unit: "Unit",
    deadline: "Deadline",
    owner: "Owner",
    status: "Status",
    check: "Check",
    findings: "Findings",
  },
};

export const REVIEW_HEADERS: Record<Language, Record<ReviewColumnKey, string>> = {
  de: {
    id: "Kunden-ID",
    name: "Kunde",
    owner: "KAM",
    quadrant: "Quadrant",
    revenue: "Umsatz",
    potential: "Potenzial",
    shareOfWallet: "Share of Wallet",
    economicGoals: "Ziele wirtschaftlich",
    strategicGoals: "Ziele strategisch",
    revenueTarget: "Umsatzziel",
    growth: "Wachstum",
    errors: "Fehler",
    warnings: "Warnungen",
    status: "Status",
    notes: "Hinweise",
  },
  en: {
    id: "Account ID",
    name: "Account",
    owner: "KAM",
    quadrant: "Quadrant",
    revenue: "Revenue",
    potential: "Potential",
    shareOfWallet: "Share of wallet",
    economicGoals: "Economic goals",
    strategicGoals: "Strategic goals",
    revenueTarget: "Revenue target",
    growth: "Growth",
    errors: "Errors",
    warnings: "Warnings",
    status: "Status",
    notes: "Notes",
  },
};

/** McDonald's key-account portfolio quadrants; German as KAM literature names the account types. */
export const QUADRANT_LABEL: Record<Language, Record<Quadrant, string>> = {
  de: {
    strategic: "Strategiekunde",
    status: "Statuskunde",
    streamline: "Straffungskunde",
    development: "Entwicklungskunde",
  },
  en: { strategic: "Strategic", status: "Status", streamline: "Streamline", development: "Development" },
};

export const RAG_LABEL: Record<Language, Record<Rag, string>> = {
  de: { red: "Rot", amber: "Gelb", green: "Grün" },
  en: { red: "Red", amber: "Amber", green: "Green" },
};

/** "OK", "2 Warnungen", "1 Fehler, 2 Warnungen" — the goal table's check column. */
export function checkSummaryText(errors: number, warnings: number, language: Language): string {
  return severityCountsText({ errors, warnings }, language, { zeros: false }) || SHEET_TEXT[language].ok;
}

/** "Rot 1 · Gelb 2 · Grün 2" — the review's status total. */
export function ragCountText(counts: Record<Rag, number>, language: Language): string {
  const labels = RAG_LABEL[language];
  return (["red", "amber", "green"] as const).map((r) => `${labels[r]} ${counts[r]}`).join(" · ");
}
