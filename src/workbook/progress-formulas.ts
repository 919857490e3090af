// The progress columns as native Excel formulas: attainment, time elapsed and on track in the goal
// table; attainment across an account's goals, goals on/off track and the red/amber/green status in
// the review table. Only functions Excel (2010 on) and LibreOffice both have, no KAM.* and no LET,
// so a workbook recalculates without the add-in. They compute exactly what src/domain/progress.ts
// and src/domain/review.ts compute (a property test evaluates them with LibreOffice and compares).

import type { Language } from "../domain/plan";
import { PROGRESS_DECIMALS, TRACK_TOLERANCE } from "../domain/progress";
import { STATUS_LABEL, TRACK_LABEL, RAG_LABEL, SHEET_TEXT } from "../i18n/sheets";
import { MAX_FORMULA_TEXT } from "../sheet";

/** A text as a formula literal: "…" with quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A sheet name in a reference, always quoted (a name like "ABC1" would otherwise read as a cell). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Both languages' "dropped": the status dropdown offers the sheet's, the reader accepts either. */
const DROPPED = [STATUS_LABEL.de.dropped, STATUS_LABEL.en.dropped];

/** Cells of one goal row (A1, relative) and the sheet's as-of date (absolute). */
export type GoalRowCells = {
  baseline: string;
  target: string;
  actual: string;
  actualDate: string;
  start: string;
  deadline: string;
  status: string;
  attainment: string;
  elapsed: string;
  asOf: string;
};

const ROUND = (x: string) => `ROUND(${x},${PROGRESS_DECIMALS})`;

// COUNT(…) counts the cells that hold numbers (dates are numbers): a short guard, and the formulas
// go to Excel once per goal row.

/** (actual − baseline) / (target − baseline), "" without the three figures or when target = baseline. */
export function attainmentFormula(c: GoalRowCells): string {
  return `=IF(OR(COUNT(${c.actual},${c.baseline},${c.target})<3,${c.target}=${c.baseline}),"",(${c.actual}-${c.baseline})/(${c.target}-${c.baseline}))`;
}

/** Share of start → deadline passed on the actual date (else the as-of date); "" without dates. */
export function elapsedFormula(c: GoalRowCells): string {
  const on = `IF(ISNUMBER(${c.actualDate}),${c.actualDate},${c.asOf})`;
  return `=IF(OR(COUNT(${c.start},${c.deadline})<2,COUNT(${c.actualDate},${c.asOf})=0,${c.deadline}<=${c.start}),"",(${on}-${c.start})/(${c.deadline}-${c.start}))`;
}

/** The rule of trackStatusOf, in the sheet's language; "" when a part is missing or the goal is dropped. */
export function onTrackFormula(c: GoalRowCells, language: Language): string {
  const label = (s: keyof (typeof TRACK_LABEL)["de"]) => textLiteral(TRACK_LABEL[language][s]);
  const dropped = DROPPED.map((d) => `${c.status}=${textLiteral(d)}`).join(",");
  const gap = ROUND(`MIN(1,MAX(0,${c.elapsed}))-${c.attainment}`);
  return (
    `=IF(OR(COUNT(${c.attainment},${c.elapsed})<2,${dropped}),"",` +
    `IF(${ROUND(c.attainment)}>=1,${label("achieved")},` +
    `IF(${ROUND(c.elapsed)}>1,${label("offTrack")},` +
    `IF(${gap}<=${TRACK_TOLERANCE.atRisk},${label("onTrack")},` +
    `IF(${gap}<=${TRACK_TOLERANCE.offTrack},${label("atRisk")},${label("offTrack")})))))`
  );
}

/** The goal table's columns as absolute ranges on the goal sheet, for the review's formulas. */
export type GoalTableRanges = { account: string; attainment: string; onTrack: string; status: string };

/**
 * The criterion that matches an account key exactly: "=" first (a key such as "<5" is no
 * comparison), wildcards escaped. Null when the key is too long for a formula's text literal.
 */
export function exactCriterion(key: string): string | null {
  const criterion = `=${key.replace(/[~*?]/g, (ch) => `~${ch}`)}`;
  return criterion.length > MAX_FORMULA_TEXT ? null : textLiteral(criterion);
}

/** Mean attainment of the account's goals, dropped ones aside; "" when none has one. */
export function accountAttainmentFormula(t: GoalTableRanges, criterion: string): string {
  const notDropped = DROPPED.map((d) => `${t.status},${textLiteral(`<>${d}`)}`).join(",");
  return `=IFERROR(AVERAGEIFS(${t.attainment},${t.account},${criterion},${notDropped}),"")`;
}

function countTrack(t: GoalTableRanges, criterion: string, label: string): string {
  return `COUNTIFS(${t.account},${criterion},${t.onTrack},${textLiteral(label)})`;
}

/** Goals on track, achieved ones included. */
export function goalsOnTrackFormula(t: GoalTableRanges, criterion: string, language: Language): string {
  const labels = TRACK_LABEL[language];
  return `=${countTrack(t, criterion, labels.onTrack)}+${countTrack(t, criterion, labels.achieved)}`;
}

export function goalsOffTrackFormula(t: GoalTableRanges, criterion: string, language: Language): string {
  return `=${countTrack(t, criterion, TRACK_LABEL[language].offTrack)}`;
}

/** Cells of one review row the status reads (A1, relative). */
export type ReviewRowCells = {
  errors: string;
  warnings: string;
  economicGoals: string;
  strategicGoals: string;
  goalsOffTrack: string;
};

/** The rule of ragOf, with "– no goals" spelled out as the static status did. */
export function ragFormula(
  c: ReviewRowCells,
  t: GoalTableRanges,
  criterion: string,
  language: Language,
): string {
  const rag = RAG_LABEL[language];
  const atRisk = countTrack(t, criterion, TRACK_LABEL[language].atRisk);
  const noGoals = `${rag.amber} – ${SHEET_TEXT[language].noGoals}`;
  return (
    `=IF(OR(${c.errors}>0,${c.goalsOffTrack}>0),${textLiteral(rag.red)},` +
    `IF(${c.economicGoals}+${c.strategicGoals}=0,${textLiteral(noGoals)},` +
    `IF(OR(${c.warnings}>0,${atRisk}>0),${textLiteral(rag.amber)},${textLiteral(rag.green)})))`
  );
}
