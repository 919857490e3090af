// The goal sheet as a SheetSpec: title and as-of date, the vision and mission block with its
// findings, marketing's positioning, and the table KAM_Goals — one row per goal, number formats by
// unit, dropdowns for kind/metric/status, and the exact cell each finding concerns highlighted.
//
// The layout writes the plan's fields verbatim (see `planForSheet` for the normal form the sheet
// stores); only the account name, the change, the check and the findings are derived here.

import { findAccount, type Account } from "../domain/account";
import { goalKeys } from "../domain/fingerprint";
import { excelSerialFromIso } from "../domain/dates";
import { sortBySeverity, worstSeverity, type Finding, type Severity } from "../domain/finding";
import type { Goal, Language, Plan } from "../domain/plan";
import { GOAL_KINDS, GOAL_STATUSES, LANGUAGES, METRICS } from "../domain/plan";
import { goalProgress } from "../domain/progress";
import {
  checkSummaryText,
  GOAL_COLUMN_KEYS,
  GOAL_HEADERS,
  KIND_LABEL,
  METRIC_LABEL,
  SHEET_TEXT,
  STATUS_LABEL,
  TRACK_LABEL,
  type GoalColumnKey,
} from "../i18n/sheets";
import {
  cellAddress,
  columnLetter,
  date,
  EMPTY,
  num,
  text,
  type CellStyle,
  type ConditionalFormat,
  type GridCell,
  type ListValidation,
  type SheetSpec,
  type SpecValue,
} from "../sheet";
import { fillTemplate } from "../i18n/format";
import { GOALS_TABLE, PLANNER_NAMES } from "./planner-names";
import {
  dateFormat,
  GENERAL_FORMAT,
  GRID_BORDERS,
  goalNumberFormat,
  HEADER_STYLE,
  LABEL_STYLE,
  NOTE_STYLE,
  PALETTE,
  PERCENT_FORMAT,
  severityStyle,
  unitText,
  WHOLE_PERCENT_FORMAT,
} from "./sheet-styles";
import {
  attainmentFormula,
  elapsedFormula,
  onTrackFormula,
  sheetPrefix,
  textLiteral,
  type GoalRowCells,
  type GoalTableRanges,
} from "./progress-formulas";
import { writeHeading } from "./sheet-heading";
import { heightForLines, SheetBuilder, wrappedLines } from "./spec-builder";
import { placeTable, tableBottom, type ExistingTable, type TablePlacement } from "./table-placement";

/** Where the goal table's columns and rows go (table-placement.ts); rows are keyed by goalRowKeys. */
export type GoalPlacement = TablePlacement<GoalColumnKey>;

/** Row keys of goals: the id, and "id#2", "id#3" … for repeated ids (each repeat keeps its own row). */
export function goalRowKeys(ids: readonly string[]): string[] {
  return goalKeys(ids);
}

/**
 * The placement of a goal table: a new one (existing null) from column A under the heading, else
 * the columns where they stand and the rows in place (update) or one after the other (rebuild).
 */
export function goalPlacement(
  goals: readonly Goal[],
  existing: ExistingTable<GoalColumnKey> | null,
  inPlace: boolean,
): GoalPlacement {
  return placeTable(
    GOAL_COLUMN_KEYS,
    existing,
    goalRowKeys(goals.map((g) => g.id)),
    { headerRow: GOAL_ROWS.header, left: 1 },
    inPlace,
  );
}

export type GoalSheetInput = {
  plan: Plan;
  accounts: readonly Account[];
  findings: readonly Finding[];
  language: Language;
  sheetName: string;
  /** Where the table's columns and rows go; a new table's placement when not given. */
  placement?: GoalPlacement;
};

/** Row numbers of the layout (1-based). The reader does not rely on them: it uses names and the table. */
export const GOAL_ROWS = {
  title: 1,
  asOf: 2,
  vision: 4,
  mission: 5,
  marketing: 6,
  progressNote: 10,
  header: 11,
} as const;

/** Rows below the table that get the dropdowns too, for hosts that do not grow tables (LibreOffice). */
export const SPARE_VALIDATION_ROWS = 25;

/**
 * The goal table's account, attainment, on-track and status columns as absolute ranges on the goal
 * sheet, spare rows included (rows typed below the table belong to it): the review's formulas read them.
 */
export function goalTableRanges(sheetName: string, placement: GoalPlacement): GoalTableRanges {
  const first = placement.headerRow + 1;
  const last = tableBottom(placement) + SPARE_VALIDATION_ROWS;
  const range = (key: GoalColumnKey) => {
    const letter = columnLetter(placement.columnOf(key));
    return `${sheetPrefix(sheetName)}$${letter}$${first}:$${letter}$${last}`;
  };
  return {
    account: range("account"),
    attainment: range("attainment"),
    onTrack: range("onTrack"),
    status: range("status"),
  };
}

/** 1-based column of a goal-table column in a new goal sheet. */
export function goalColumn(key: GoalColumnKey): number {
  return GOAL_COLUMN_KEYS.indexOf(key) + 1;
}

const LAST_COLUMN = GOAL_COLUMN_KEYS.length;
/** The vision/mission block: label over A:B, text over C:I, findings over J:O. */
const BLOCK = { labelLeft: 1, labelRight: 2, textLeft: 3, textRight: 9, findingsLeft: 10 } as const;

/**
 * The goal field a finding's `field` names → the column that shows it. Not "actual": the finding
 * there (GOAL_OFF_TRACK) is coloured live by the conditional formats of the progress columns.
 */
const FIELD_COLUMN: Readonly<Record<string, GoalColumnKey>> = {
  id: "id",
  account: "account",
  kind: "kind",
  metric: "metric",
  statement: "statement",
  baseline: "baseline",
  target: "target",
  unit: "unit",
  start: "start",
  deadline: "deadline",
  actualDate: "actualDate",
  owner: "owner",
  status: "status",
};

/** One line per finding, errors first; bullets once there is more than one. */
export function findingLines(
  findings: readonly Finding[],
  describe: (f: Finding) => string,
  more: readonly string[] = [],
): string {
  const lines = [...sortBySeverity(findings).map(describe), ...more];
  return lines.length > 1 ? lines.map((l) => `• ${l}`).join("\n") : (lines[0] ?? "");
}

const optionalText = (value: string | null): SpecValue =>
  value === null || value === "" ? EMPTY : text(value);

/** Dates Excel cannot hold as a serial (before 1 March 1900) stay visible as text. */
function dateValue(iso: string | null): SpecValue {
  if (iso === null) return EMPTY;
  const serial = excelSerialFromIso(iso);
  return serial !== null && serial >= 61 ? date(iso) : text(iso);
}

/** A cell users own (an extra column, a manager's entry) as the sheet held it: text stays text, numbers keep their format. */
export function keptCellValue(cell: GridCell | null | undefined): {
  value: SpecValue;
  format: string | null;
} {
  if (cell === undefined || cell === null || cell.value === null) return { value: EMPTY, format: null };
  const format = cell.format === GENERAL_FORMAT || cell.format === "@" ? null : cell.format;
  if (typeof cell.value === "number") return { value: num(cell.value), format };
  if (typeof cell.value === "boolean") return { value: { kind: "boolean", value: cell.value }, format };
  return { value: text(cell.value), format: null };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const longest = (texts: readonly string[]) => texts.reduce((m, t) => Math.max(m, t.length), 0);
/** Room for the filter button Excel draws into every table header cell. */
const FILTER_BUTTON = 3;

function columnWidths(
  goals: readonly Goal[],
  accountNames: readonly string[],
  checks: readonly string[],
  language: Language,
  placement: GoalPlacement,
): number[] {
  const h = GOAL_HEADERS[language];
  const header = (key: GoalColumnKey) => h[key].length + FILTER_BUTTON;
  // Progress headers may wrap between words: wide enough for the longest word.
  const wrapped = (key: GoalColumnKey, min: number) =>
    Math.max(min, longest(h[key].split(/\s+/)) + FILTER_BUTTON);
  // Wide enough for the header and typical content, capped so the table fits a screen (text wraps).
  const fit = (key: GoalColumnKey, content: readonly string[], max: number) =>
    clamp(longest(content) + 1, header(key), Math.max(header(key), max));
  const figure = (key: GoalColumnKey) => Math.max(header(key), 13);
  const ids = goals.map((g) => g.id);
  const accountRefs = goals.map((g) => g.account);
  const units = goals.map((g) => unitText(g.unit, language) ?? "");
  const owners = goals.map((g) => g.owner ?? "");
  const widths: Record<GoalColumnKey, number> = {
    id: fit("id", ids, 12),
    account: fit("account", accountRefs, 20),
    accountName: fit("accountName", accountNames, 22),
    kind: fit("kind", Object.values(KIND_LABEL[language]), 16),
    metric: fit("metric", Object.values(METRIC_LABEL[language]), 20),
    statement: 40,
    baseline: figure("baseline"),
    target: figure("target"),
    change: figure("change"),
    unit: fit("unit", units, 10),
    start: wrapped("start", 11),
    deadline: Math.max(header("deadline"), 11),
    actual: figure("actual"),
    actualDate: wrapped("actualDate", 11),
    attainment: wrapped("attainment", 10),
    elapsed: wrapped("elapsed", 10),
    onTrack: Math.max(wrapped("onTrack", 10), longest(Object.values(TRACK_LABEL[language])) + 1),
    owner: fit("owner", owners, 16),
    status: fit("status", Object.values(STATUS_LABEL[language]), 12),
    check: fit("check", checks, 22),
    findings: 48,
  };
  // The block labels (Vision … Ausgeschlossene Segmente, bold) stand over A:B: widen B to hold them.
  const t = SHEET_TEXT[language];
  const labels = [
    t.vision,
    t.mission,
    t.asOf,
    t.positioning,
    t.minGrossMargin,
    t.focusSegments,
    t.excludedSegments,
  ];
  const labelWidth = Math.ceil(longest(labels) * 1.1) + 1;
  widths.account = Math.max(widths.account, labelWidth - widths.id);
  const all: number[] = Array.from({ length: Math.max(placement.right, LAST_COLUMN) }, () => 10);
  // The heading block's merges assume the layout's widths in A:O; the table's columns follow them.
  GOAL_COLUMN_KEYS.forEach((key, i) => {
    all[i] = widths[key];
  });
  for (const key of GOAL_COLUMN_KEYS) all[placement.columnOf(key) - 1] = widths[key];
  for (const { column, header } of placement.userColumns) {
    const content = [...placement.userCells.values()].map((cells) => String(cells.get(column)?.value ?? ""));
    all[column - 1] = clamp(Math.max(header.length + FILTER_BUTTON, longest(content) + 2), 10, 40);
  }
  return all;
}

/** The columns coloured by the goal's on-track status. */
const PROGRESS_KEYS = ["attainment", "elapsed", "onTrack"] as const satisfies readonly GoalColumnKey[];

const TRACK_SEVERITY = { offTrack: "error", atRisk: "warning", onTrack: "ok", achieved: "ok" } as const;

/**
 * Attainment and on track take the colour of the goal's on-track status, live: a new actual
 * recolours them without the add-in.
 */
function progressFormats(
  firstRow: number,
  lastRow: number,
  col: (key: GoalColumnKey) => number,
  language: Language,
): ConditionalFormat[] {
  const status = `$${columnLetter(col("onTrack"))}${firstRow}`;
  const label = TRACK_LABEL[language];
  const is = (...labels: string[]) =>
    labels.length === 1
      ? `=${status}=${textLiteral(labels[0] ?? "")}`
      : `=OR(${labels.map((l) => `${status}=${textLiteral(l)}`).join(",")})`;
  // One range when the columns stand side by side (as written); one per column where users moved them.
  const columns = PROGRESS_KEYS.map(col);
  const together = columns.every((c, i) => c === (columns[0] ?? 0) + i);
  const ranges = together
    ? [`${cellAddress(firstRow, columns[0] ?? 1)}:${cellAddress(lastRow, columns[columns.length - 1] ?? 1)}`]
    : columns.map((c) => `${cellAddress(firstRow, c)}:${cellAddress(lastRow, c)}`);
  return ranges.flatMap((range) => [
    { range, formula: is(label.offTrack), style: colours("error") },
    { range, formula: is(label.atRisk), style: colours("warning") },
    { range, formula: is(label.onTrack, label.achieved), style: colours("ok") },
  ]);
}

function colours(severity: Severity | "ok"): ConditionalFormat["style"] {
  const { fill, fontColor } = severityStyle(severity);
  return { ...(fill ? { fill } : {}), ...(fontColor ? { fontColor } : {}) };
}

export function goalSheetSpec(input: GoalSheetInput, describe: (f: Finding) => string): SheetSpec {
  const { plan, accounts, findings, language, sheetName } = input;
  const t = SHEET_TEXT[language];
  const headers = GOAL_HEADERS[language];
  const b = new SheetBuilder();
  const placement = input.placement ?? goalPlacement(plan.goals, null, false);
  const col = placement.columnOf;
  const left = placement.left;
  const width = Math.max(placement.right, LAST_COLUMN);

  const goalFindings = new Map<string, Finding[]>();
  const visionFindings: Finding[] = [];
  const missionFindings: Finding[] = [];
  for (const f of findings) {
    if (f.subject.type === "vision") visionFindings.push(f);
    else if (f.subject.type === "mission") missionFindings.push(f);
    else if (f.subject.type === "goal") {
      const list = goalFindings.get(f.subject.id) ?? [];
      list.push(f);
      goalFindings.set(f.subject.id, list);
    }
  }

  const goals = plan.goals;
  const accountNames = goals.map((g) => findAccount(accounts, g.account)?.name ?? "");
  const checks = goals.map((g) => {
    const own = goalFindings.get(g.id) ?? [];
    const count = (s: Severity) => own.filter((f) => f.severity === s).length;
    return checkSummaryText(count("error"), count("warning"), language);
  });
  const widths = columnWidths(goals, accountNames, checks, language, placement);
  const widthOf = (from: number, to: number) => widths.slice(from - 1, to).reduce((s, w) => s + w, 0);

  writeHeading(b, {
    title: t.goalTitle,
    lastColumn: LAST_COLUMN,
    asOfLabel: t.asOf,
    asOf: plan.asOf,
    note: t.maintainedNote,
    labelRight: BLOCK.labelRight,
    language,
  });

  // Vision and mission: label, text, and the block's findings (or OK).
  const block = (row: number, label: string, value: string, own: readonly Finding[]) => {
    b.set(row, BLOCK.labelLeft, text(label));
    b.merge(row, BLOCK.labelLeft, row, BLOCK.labelRight);
    b.style(row, BLOCK.labelLeft, row, BLOCK.labelRight, LABEL_STYLE);
    b.set(row, BLOCK.textLeft, optionalText(value));
    b.merge(row, BLOCK.textLeft, row, BLOCK.textRight);
    b.style(row, BLOCK.textLeft, row, BLOCK.textRight, { wrap: true, vertical: "top", ...GRID_BORDERS });
    const worst = worstSeverity(own.filter((f) => f.severity !== "info"));
    if (worst !== null) b.styleCell(row, BLOCK.textLeft, severityStyle(worst));
    const messages = own.length === 0 ? t.ok : findingLines(own, describe);
    b.set(row, BLOCK.findingsLeft, text(messages));
    b.merge(row, BLOCK.findingsLeft, row, LAST_COLUMN);
    b.style(row, BLOCK.findingsLeft, row, LAST_COLUMN, {
      wrap: true,
      vertical: "top",
      ...GRID_BORDERS,
      ...severityStyle(worst ?? "ok"),
    });
    const lines = Math.max(
      wrappedLines(value, widthOf(BLOCK.textLeft, BLOCK.textRight)),
      wrappedLines(messages, widthOf(BLOCK.findingsLeft, LAST_COLUMN)),
    );
    b.height(row, heightForLines(lines));
  };
  block(GOAL_ROWS.vision, t.vision, plan.vision, visionFindings);
  block(GOAL_ROWS.mission, t.mission, plan.mission, missionFindings);

  // Marketing's positioning, so the plan is complete in the workbook.
  const marketing = plan.marketing;
  const marketingRows: [string, SpecValue, CellStyle][] = [
    [t.positioning, optionalText(marketing?.positioning ?? null), {}],
    [
      t.minGrossMargin,
      num(marketing?.minGrossMargin ?? null),
      { numberFormat: PERCENT_FORMAT, horizontal: "left" },
    ],
    [t.focusSegments, optionalText(marketing?.focusSegments.join("; ") ?? null), {}],
    [t.excludedSegments, optionalText(marketing?.excludedSegments.join("; ") ?? null), {}],
  ];
  marketingRows.forEach(([label, value, style], i) => {
    const row = GOAL_ROWS.marketing + i;
    b.set(row, BLOCK.labelLeft, text(label));
    b.merge(row, BLOCK.labelLeft, row, BLOCK.labelRight);
    b.style(row, BLOCK.labelLeft, row, BLOCK.labelRight, LABEL_STYLE);
    b.set(row, BLOCK.textLeft, value);
    b.merge(row, BLOCK.textLeft, row, BLOCK.textRight);
    b.style(row, BLOCK.textLeft, row, BLOCK.textRight, {
      vertical: "top",
      wrap: true,
      ...GRID_BORDERS,
      ...style,
    });
    if (value.kind === "text")
      b.height(row, heightForLines(wrappedLines(value.text, widthOf(BLOCK.textLeft, BLOCK.textRight))));
  });
  const marketingBottom = GOAL_ROWS.marketing + marketingRows.length - 1;

  // How the progress columns work, right above the table.
  b.set(GOAL_ROWS.progressNote, 1, text(t.progressNote));
  b.merge(GOAL_ROWS.progressNote, 1, GOAL_ROWS.progressNote, LAST_COLUMN);
  b.styleCell(GOAL_ROWS.progressNote, 1, { ...NOTE_STYLE, wrap: true, vertical: "bottom" });
  b.height(GOAL_ROWS.progressNote, heightForLines(wrappedLines(t.progressNote, widthOf(1, LAST_COLUMN))));

  // The goal table.
  const headerRow = placement.headerRow;
  const right = placement.right;
  for (const key of GOAL_COLUMN_KEYS) b.set(headerRow, col(key), text(headers[key]));
  for (const { column, header } of placement.userColumns) b.set(headerRow, column, text(header));
  b.style(headerRow, left, headerRow, right, HEADER_STYLE);
  const headerLines = Math.max(
    ...GOAL_COLUMN_KEYS.map((key) =>
      wrappedLines(headers[key], (widths[col(key) - 1] ?? 10) - FILTER_BUTTON + 1),
    ),
  );
  b.height(headerRow, heightForLines(headerLines) + 4);

  const firstRow = headerRow + 1;
  const lastRow = tableBottom(placement);
  // Every data cell wraps (numbers never do), so nothing is cut off at the capped widths.
  b.style(firstRow, left, lastRow, right, { vertical: "top", wrap: true, ...GRID_BORDERS });
  for (const key of ["unit", "deadline", "status", "check"] as const) {
    b.style(firstRow, col(key), lastRow, col(key), { horizontal: "center" });
  }
  for (const key of ["start", "deadline", "actualDate"] as const) {
    b.style(firstRow, col(key), lastRow + SPARE_VALIDATION_ROWS, col(key), {
      numberFormat: dateFormat(language),
    });
  }
  for (const key of ["attainment", "elapsed"] as const) {
    b.style(firstRow, col(key), lastRow, col(key), {
      numberFormat: WHOLE_PERCENT_FORMAT,
      horizontal: "center",
    });
  }
  for (const key of ["start", "actualDate", "onTrack"] as const) {
    b.style(firstRow, col(key), lastRow, col(key), { horizontal: "center" });
  }
  const asOfCell = `$${columnLetter(BLOCK.textLeft)}$${GOAL_ROWS.asOf}`;
  // Rows of goals that are gone (placement.rows.cleared) are left blank, users' cells included.

  const rowKeys = goalRowKeys(goals.map((g) => g.id));
  goals.forEach((goal, i) => {
    const key = rowKeys[i] ?? goal.id;
    const row = placement.rows.rowOf.get(key) ?? firstRow + i;
    const account = findAccount(accounts, goal.account);
    const own = goalFindings.get(goal.id) ?? [];
    const format = goalNumberFormat(goal.unit, goal.metric, account?.currency ?? null, language, [
      goal.baseline,
      goal.target,
      goal.actual,
    ]);
    const baselineCell = cellAddress(row, col("baseline"));
    const targetCell = cellAddress(row, col("target"));
    // The cached result: what Excel shows before it recalculates (and what file readers see).
    const change = goal.target !== null && goal.baseline !== null ? goal.target - goal.baseline : "";
    const at = (key: GoalColumnKey) => cellAddress(row, col(key));
    const cells: GoalRowCells = {
      baseline: baselineCell,
      target: targetCell,
      actual: at("actual"),
      actualDate: at("actualDate"),
      start: at("start"),
      deadline: at("deadline"),
      status: at("status"),
      attainment: at("attainment"),
      elapsed: at("elapsed"),
      asOf: asOfCell,
    };
    const progress = goalProgress(goal, plan.asOf);
    const values: Record<GoalColumnKey, SpecValue> = {
      id: text(goal.id),
      account: optionalText(goal.account),
      accountName: optionalText(accountNames[i] ?? ""),
      kind: text(KIND_LABEL[language][goal.kind]),
      metric: text(METRIC_LABEL[language][goal.metric]),
      statement: optionalText(goal.statement),
      baseline: num(goal.baseline),
      target: num(goal.target),
      change: {
        kind: "formula",
        formula: `=IF(AND(ISNUMBER(${targetCell}),ISNUMBER(${baselineCell})),${targetCell}-${baselineCell},"")`,
        result: change,
      },
      unit: optionalText(unitText(goal.unit, language)),
      start: dateValue(goal.start),
      deadline: dateValue(goal.deadline),
      actual: num(goal.actual),
      actualDate: dateValue(goal.actualDate),
      attainment: { kind: "formula", formula: attainmentFormula(cells), result: progress.attainment ?? "" },
      elapsed: { kind: "formula", formula: elapsedFormula(cells), result: progress.elapsed ?? "" },
      onTrack: {
        kind: "formula",
        formula: onTrackFormula(cells, language),
        result: progress.status === null ? "" : TRACK_LABEL[language][progress.status],
      },
      owner: optionalText(goal.owner),
      status: goal.status === null ? EMPTY : text(STATUS_LABEL[language][goal.status]),
      check: text(checks[i] ?? t.ok),
      findings: optionalText(findingLines(own, describe)),
    };
    for (const k of GOAL_COLUMN_KEYS) b.set(row, col(k), values[k]);
    for (const k of ["baseline", "target", "change", "actual"] as const)
      b.styleCell(row, col(k), { numberFormat: format });

    // Users' own cells, as the sheet held them (an update leaves them alone; a rebuild writes them).
    const kept = placement.userCells.get(key);
    const userValues = placement.userColumns.map(({ column }) => {
      const { value, format: userFormat } = keptCellValue(kept?.get(column));
      b.set(row, column, value);
      if (userFormat !== null) b.styleCell(row, column, { numberFormat: userFormat });
      return { column, value };
    });

    // Highlights: warnings first so that an error on the same cell wins.
    const highlighted = sortBySeverity(own.filter((f) => f.severity !== "info")).reverse();
    for (const f of highlighted) {
      const field = f.field === null ? undefined : FIELD_COLUMN[f.field];
      if (field !== undefined) b.styleCell(row, col(field), severityStyle(f.severity));
    }
    const worst = worstSeverity(own.filter((f) => f.severity !== "info"));
    b.styleCell(row, col("check"), { ...severityStyle(worst ?? "ok"), bold: worst !== null });
    // The colour of the status as written, for readers without conditional formats; where they are
    // rendered, they override it as soon as the status changes.
    if (progress.status !== null) {
      for (const k of PROGRESS_KEYS) b.styleCell(row, col(k), severityStyle(TRACK_SEVERITY[progress.status]));
    }

    const lines = [...GOAL_COLUMN_KEYS.map((k) => ({ column: col(k), value: values[k] })), ...userValues].map(
      ({ column, value }) => (value.kind === "text" ? wrappedLines(value.text, widths[column - 1] ?? 10) : 1),
    );
    b.height(row, heightForLines(Math.max(...lines)));
  });

  const validationRows = (key: GoalColumnKey) =>
    `${cellAddress(firstRow, col(key))}:${cellAddress(lastRow + SPARE_VALIDATION_ROWS, col(key))}`;
  const dropdown = (key: GoalColumnKey, values: readonly string[]): ListValidation => ({
    range: validationRows(key),
    values,
    errorTitle: t.invalidValueTitle,
    errorMessage: fillTemplate(t.invalidValueMessage, { column: headers[key] }, language),
  });

  return b.build({
    name: sheetName,
    width,
    columnWidths: widths,
    conditionalFormats: progressFormats(firstRow, lastRow, col, language),
    replacesFormats: LANGUAGES.filter((other) => other !== language).flatMap((other) =>
      progressFormats(firstRow, lastRow, col, other).map(({ range, formula }) => ({ range, formula })),
    ),
    freeze: { rows: headerRow, columns: 0 },
    table: {
      name: GOALS_TABLE,
      range: `${cellAddress(headerRow, left)}:${cellAddress(lastRow, right)}`,
      style: "TableStyleMedium2",
      showBandedRows: true,
    },
    validations: [
      dropdown(
        "kind",
        GOAL_KINDS.map((k) => KIND_LABEL[language][k]),
      ),
      dropdown(
        "metric",
        METRICS.map((m) => METRIC_LABEL[language][m]),
      ),
      dropdown(
        "status",
        GOAL_STATUSES.map((s) => STATUS_LABEL[language][s]),
      ),
    ],
    names: [
      { name: PLANNER_NAMES.goalSheet, range: "A1" },
      { name: PLANNER_NAMES.asOf, range: cellAddress(GOAL_ROWS.asOf, BLOCK.textLeft) },
      { name: PLANNER_NAMES.vision, range: cellAddress(GOAL_ROWS.vision, BLOCK.textLeft) },
      { name: PLANNER_NAMES.mission, range: cellAddress(GOAL_ROWS.mission, BLOCK.textLeft) },
      {
        name: PLANNER_NAMES.marketing,
        range: `${cellAddress(GOAL_ROWS.marketing, 1)}:${cellAddress(marketingBottom, BLOCK.textRight)}`,
      },
    ],
    print: { landscape: true, fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
    tabColor: PALETTE.goalTab,
  });
}
