// Text of the sheets the add-in writes (goal sheet, review sheet) in both languages: sheet names,
// titles, table headers, dropdown values and status texts. The reader of the goal sheet accepts the
// labels of either language, so a workbook written in German reads back under an English UI.

import type { Quadrant } from "../domain/figures";
import type { Language } from "../domain/plan";
import type { Rag } from "../domain/review";
import { severityCountsText } from "./counts";

export { KIND_LABEL, METRIC_LABEL, STATUS_LABEL, TRACK_LABEL, UNIT_LABEL } from "./labels";

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
  "start",
  "deadline",
  "actual",
  "actualDate",
  "attainment",
  "elapsed",
  "onTrack",
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
  "attractiveness",
  "strength",
  "revenue",
  "potential",
  "shareOfWallet",
  "economicGoals",
  "strategicGoals",
  "revenueTarget",
  "growth",
  "attainment",
  "goalsOnTrack",
  "goalsOffTrack",
  "errors",
  "warnings",
  "status",
  "decision",
  "nextStep",
  "reviewedBy",
  "reviewedOn",
  "notes",
] as const;
export type ReviewColumnKey = (typeof REVIEW_COLUMN_KEYS)[number];

/** The review columns that belong to the manager: read back and kept on every write. */
export const MANAGER_COLUMN_KEYS = ["decision", "nextStep", "reviewedBy", "reviewedOn"] as const;
export type ManagerColumnKey = (typeof MANAGER_COLUMN_KEYS)[number];

export type { Rag } from "../domain/review";

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
  /** How attainment, time elapsed and on track are computed (a note under the goal table). */
  progressNote: string;
  /** How the review's progress columns and the status are computed. */
  reviewProgressNote: string;
  chartTitle: string;
  /** Heading of the cells that place the quadrant names in the chart. */
  chartQuadrantsHeading: string;
  /** `{accounts}`: accounts without revenue, which have no bubble. */
  chartOmitted: string;
  /** `{decisions}`: "K-9: Ausbauen; …" — decisions on accounts no longer in the account sheets. */
  decisionsWithoutAccount: string;
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
  progressNote:
    "Zielerreichung = (Ist − Ausgangswert) / (Zielwert − Ausgangswert); Zeit verstrichen von Beginn bis Termin am Ist-Datum. Im Plan, solange die Zielerreichung höchstens 10 Punkte hinter der Zeit liegt, gefährdet bis 25 Punkte. Rechnet neu, sobald Sie einen Ist-Wert eintragen.",
  reviewProgressNote:
    "Zielerreichung: Mittel der Zielerreichung der Ziele des Kunden (ohne verworfene). Ziele im Plan zählen erreichte mit. Status: Rot bei Fehlern oder einem Ziel nicht im Plan, Gelb bei Warnungen, einem gefährdeten Ziel oder ohne Ziele, sonst Grün. Entscheidung, nächster Schritt, geprüft von und am gehören dem Management und bleiben beim nächsten Schreiben erhalten.",
  chartTitle: "Kundenportfolio: Attraktivität × relative Stärke (Blasengröße: Umsatz)",
  chartQuadrantsHeading: "Beschriftung der Quadranten im Diagramm",
  chartOmitted: "Ohne Umsatz nicht im Diagramm: {accounts}",
  decisionsWithoutAccount:
    "Entscheidungen zu Kunden, die in keiner Kundenliste mehr stehen (bitte übertragen oder löschen): {decisions}",
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
  progressNote:
    "Attainment = (actual − baseline) / (target − baseline); time elapsed from start to deadline on the actual date. On track while attainment lags the time by at most 10 points, at risk up to 25 points. Recalculates as soon as you enter an actual.",
  reviewProgressNote:
    "Attainment: mean attainment of the account's goals (dropped goals aside). Goals on track include achieved ones. Status: red with errors or a goal off track, amber with warnings, a goal at risk or no goals, else green. Decision, next step, reviewed by and on belong to management and are kept on every write.",
  chartTitle: "Account portfolio: attractiveness × relative strength (bubble size: revenue)",
  chartQuadrantsHeading: "Where the chart names the quadrants",
  chartOmitted: "Not in the chart (no revenue): {accounts}",
  decisionsWithoutAccount:
    "Decisions on accounts that are in no account list any more (please move or delete them): {decisions}",
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
    start: "Beginn",
    deadline: "Termin",
    actual: "Ist",
    actualDate: "Ist-Datum",
    attainment: "Zielerreichung",
    elapsed: "Zeit verstrichen",
    onTrack: "Im Plan",
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
    start: "Start",
    deadline: "Deadline",
    actual: "Actual",
    actualDate: "Actual date",
    attainment: "Attainment",
    elapsed: "Time elapsed",
    onTrack: "On track",
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
    attractiveness: "Attraktivität",
    strength: "Relative Stärke",
    revenue: "Umsatz",
    potential: "Potenzial",
    shareOfWallet: "Share of Wallet",
    economicGoals: "Ziele wirtschaftlich",
    strategicGoals: "Ziele strategisch",
    revenueTarget: "Umsatzziel",
    growth: "Wachstum",
    attainment: "Zielerreichung",
    goalsOnTrack: "Ziele im Plan",
    goalsOffTrack: "Ziele nicht im Plan",
    errors: "Fehler",
    warnings: "Warnungen",
    status: "Status",
    decision: "Entscheidung",
    nextStep: "Nächster Schritt",
    reviewedBy: "Geprüft von",
    reviewedOn: "am",
    notes: "Hinweise",
  },
  en: {
    id: "Account ID",
    name: "Account",
    owner: "KAM",
    quadrant: "Quadrant",
    attractiveness: "Attractiveness",
    strength: "Relative strength",
    revenue: "Revenue",
    potential: "Potential",
    shareOfWallet: "Share of wallet",
    economicGoals: "Economic goals",
    strategicGoals: "Strategic goals",
    revenueTarget: "Revenue target",
    growth: "Growth",
    attainment: "Attainment",
    goalsOnTrack: "Goals on track",
    goalsOffTrack: "Goals off track",
    errors: "Errors",
    warnings: "Warnings",
    status: "Status",
    decision: "Decision",
    nextStep: "Next step",
    reviewedBy: "Reviewed by",
    reviewedOn: "on",
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
