// The review sheet as a SheetSpec: one row per account in the table KAM_Review — portfolio
// position, figures, goals by kind, the revenue target, progress against the goals (native formulas
// over the goal table, so they follow new actuals), error/warning counts, a red/amber/green status
// and the manager's columns (decision, next step, reviewed by, on: read back and kept) — then
// portfolio totals, notes, and the portfolio picture as a bubble chart over the table's cells.
//
// Written again, the table keeps its place (table-placement.ts): an account's row stays where it
// is, columns users added stay where they are and are never written, and the manager's columns
// (REVIEW_USER_KEYS) get their header from the layout and their cells from the manager, carried by
// account.

import { accountKey, findAccount, shareOfWallet, type Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import { LANGUAGES, type Language, type Plan } from "../domain/plan";
import { PICTURE_AXIS, portfolioPicture, type PortfolioPicture } from "../domain/portfolio-picture";
import type { Rag } from "../domain/review";

import {
  checkSummaryText,
  MANAGER_COLUMN_KEYS,
  QUADRANT_LABEL,
  RAG_LABEL,
  ragCountText,
  REVIEW_COLUMN_KEYS,
  REVIEW_HEADERS,
  SHEET_TEXT,
  type ReviewColumnKey,
} from "../i18n/sheets";
import {
  cellAddress,
  columnLetter,
  cellAt,
  EMPTY,
  num,
  rangeAddress,
  text,
  type CellStyle,
  type ChartSpec,
  type ConditionalFormat,
  type GridCell,
  type SheetGrid,
  type SheetSpec,
  type SpecValue,
} from "../sheet";
import { fillTemplate } from "../i18n/format";
import { cellAccountLookup, push, reviewAccounts, type AccountReview } from "./account-review";
import {
  findingLines,
  goalPlacement,
  goalTableRanges,
  keptCellValue,
  type GoalPlacement,
} from "./goal-sheet";
import { isReviewTable, PLANNER_NAMES, REVIEW_TABLE } from "./planner-names";
import {
  accountAttainmentFormula,
  exactCriterion,
  goalsOffTrackFormula,
  goalsOnTrackFormula,
  ragFormula,
  textLiteral,
} from "./progress-formulas";
import { NO_MANAGER_ENTRIES, type ManagerEntries } from "./review-decisions";
import {
  dateFormat,
  DECIMAL_FORMAT,
  GRID_BORDERS,
  HEADER_STYLE,
  INTEGER_FORMAT,
  moneyFormat,
  NOTE_STYLE,
  PALETTE,
  PERCENT_FORMAT,
  severityStyle,
  WHOLE_PERCENT_FORMAT,
} from "./sheet-styles";
import { writeHeading } from "./sheet-heading";
import { heightForLines, SheetBuilder, wrappedLines } from "./spec-builder";
import {
  placeTable,
  tableBottom,
  type ExistingTable,
  type TablePlacement,
  type UserColumn,
} from "./table-placement";

export type { AccountReview } from "./account-review";
export { reviewAccounts } from "./account-review";

export type ReviewSheetInput = {
  plan: Plan;
  accounts: readonly Account[];
  findings: readonly Finding[];
  language: Language;
  sheetName: string;
  /** The goal sheet written with it: the progress formulas read its table. */
  goalSheet: string;
  /** The manager's entries on the review sheet as it stands (kept per account). */
  entries?: ManagerEntries;
  /** Where the goal sheet's table stands (its columns and rows); a new one's when not given. */
  goalPlacement?: GoalPlacement;
  /** Where the table's columns and rows go (rows keyed by accountKey); a new table's when not given. */
  placement?: ReviewPlacement;
};

export type ReviewPlacement = TablePlacement<ReviewColumnKey>;

/** Columns of the layout whose cells belong to users: the manager's (never overwritten by an update). */
export const REVIEW_USER_KEYS: readonly ReviewColumnKey[] = MANAGER_COLUMN_KEYS;

export function reviewPlacement(
  accounts: readonly Account[],
  existing: ExistingTable<ReviewColumnKey> | null,
  inPlace: boolean,
): ReviewPlacement {
  return placeTable(
    REVIEW_COLUMN_KEYS,
    existing,
    accounts.map(accountKey),
    { headerRow: REVIEW_ROWS.header, left: 1 },
    inPlace,
    REVIEW_USER_KEYS,
  );
}

const headerKey = (text: string) => text.trim().toLocaleLowerCase();
const REVIEW_KEYS_BY_HEADER: ReadonlyMap<string, ReviewColumnKey> = new Map(
  LANGUAGES.flatMap((language) =>
    REVIEW_COLUMN_KEYS.map((key): [string, ReviewColumnKey] => [
      headerKey(REVIEW_HEADERS[language][key]),
      key,
    ]),
  ),
);

/** The review table as it stands (for placing a rewrite); null when the sheet holds none. */
export function readReviewTable(grid: SheetGrid): ExistingTable<ReviewColumnKey> | null {
  const table = grid.tables.find((t) => isReviewTable(t.name));
  if (!table) return null;
  const columns = new Map<ReviewColumnKey, number>();
  const userColumns: UserColumn[] = [];
  for (let column = table.left; column <= table.right; column++) {
    const cell = cellAt(grid, table.top, column);
    const header = cell.value === null ? "" : String(cell.value);
    const key = REVIEW_KEYS_BY_HEADER.get(headerKey(header));
    if (key !== undefined && !columns.has(key)) columns.set(key, column);
    else userColumns.push({ column, header });
  }
  const kept = [
    ...userColumns.map((u) => u.column),
    ...REVIEW_USER_KEYS.flatMap((k) => columns.get(k) ?? []),
  ];
  const text = (row: number, key: ReviewColumnKey) => {
    const column = columns.get(key);
    const value = column === undefined ? null : cellAt(grid, row, column).value;
    return value === null || String(value).trim() === "" ? null : String(value).trim();
  };
  const rows = new Map<string, number>();
  const userCells = new Map<string, Map<number, GridCell>>();
  const blankRows: number[] = [];
  for (let row = table.top + 1; row <= table.bottom; row++) {
    const key = text(row, "id") ?? text(row, "name");
    if (key === null || rows.has(key)) {
      blankRows.push(row);
      continue;
    }
    rows.set(key, row);
    userCells.set(key, new Map(kept.map((column) => [column, cellAt(grid, row, column)])));
  }
  return {
    headerRow: table.top,
    left: table.left,
    right: table.right,
    bottom: table.bottom,
    columns,
    userColumns,
    rows,
    blankRows,
    userCells,
  };
}

export const REVIEW_ROWS = { title: 1, asOf: 2, header: 4 } as const;

/** A value the sheet held, written back as it was (text stays text). */
function cellValue(cell: GridCell): SpecValue {
  if (cell.value === null) return EMPTY;
  if (typeof cell.value === "number") return num(cell.value);
  if (typeof cell.value === "boolean") return { kind: "boolean", value: cell.value };
  return text(cell.value);
}

/** 1-based column of a review-table column in a new review sheet. */
export function reviewColumn(key: ReviewColumnKey): number {
  return REVIEW_COLUMN_KEYS.indexOf(key) + 1;
}

const LAST_COLUMN = REVIEW_COLUMN_KEYS.length;
const FILTER_BUTTON = 3;

/** Widths before the headers have their say: a header must fit its longest word (Excel wraps only between words). */
const WIDTHS: Record<ReviewColumnKey, number> = {
  id: 10,
  name: 22,
  owner: 12,
  quadrant: 18,
  attractiveness: 8,
  strength: 8,
  revenue: 13,
  potential: 13,
  shareOfWallet: 9,
  economicGoals: 8,
  strategicGoals: 8,
  revenueTarget: 13,
  growth: 9,
  attainment: 9,
  goalsOnTrack: 8,
  goalsOffTrack: 8,
  errors: 7,
  warnings: 8,
  status: 12,
  decision: 20,
  nextStep: 20,
  reviewedBy: 12,
  reviewedOn: 11,
  notes: 36,
};

/** The widest an account id column grows to fit its ids (a CRM's 18-character ids fit). */
const MAX_ID_WIDTH = 20;

/**
 * Widths by sheet column: the layout's columns where the placement has them, users' columns 14; the
 * id column as wide as the longest id (ids do not wrap), within MAX_ID_WIDTH.
 */
function reviewWidths(
  language: Language,
  placement: ReviewPlacement,
  accounts: readonly Account[],
): number[] {
  const headers = REVIEW_HEADERS[language];
  const longestWord = (t: string) => Math.max(...t.split(/\s+/).map((w) => w.length));
  const longestId = Math.max(0, ...accounts.map((a) => a.id?.length ?? 0));
  const widths: number[] = Array.from({ length: Math.max(placement.right, LAST_COLUMN) }, () => 14);
  for (const k of REVIEW_COLUMN_KEYS) {
    const fitted = k === "id" ? Math.min(MAX_ID_WIDTH, longestId + 1) : 0;
    widths[placement.columnOf(k) - 1] = Math.max(WIDTHS[k], fitted, longestWord(headers[k]) + FILTER_BUTTON);
  }
  return widths;
}

const RAG_SEVERITY = { red: "error", amber: "warning", green: "ok" } as const;

/** The manager's cells: a pale fill says "yours to fill in". */
const MANAGER_FILL = "#FFF8E1";

/** The chart covers columns A…CHART_RIGHT and this many rows; the quadrant cells follow below it. */
const CHART_RIGHT = 6;
const CHART_ROWS = 24;
/** Number format that hides a cell's value (the quadrant labels' bubble size, a technical number). */
const HIDDEN_FORMAT = ";;;";

function colours(severity: "error" | "warning" | "ok"): ConditionalFormat["style"] {
  const { fill, fontColor } = severityStyle(severity);
  return { ...(fill ? { fill } : {}), ...(fontColor ? { fontColor } : {}), bold: true };
}

function statusText(review: AccountReview, language: Language): string {
  const t = SHEET_TEXT[language];
  return review.goals.length === 0 && review.rag === "amber"
    ? `${RAG_LABEL[language].amber} – ${t.noGoals}`
    : RAG_LABEL[language][review.rag];
}

/** The status column coloured by its text, live (the status is a formula). */
function statusFormats(
  first: number,
  last: number,
  col: (k: ReviewColumnKey) => number,
  language: Language,
): ConditionalFormat[] {
  const column = columnLetter(col("status"));
  const range = `${column}${first}:${column}${last}`;
  const cell = `$${column}${first}`;
  const rag = RAG_LABEL[language];
  const offTrack = columnLetter(col("goalsOffTrack"));
  return [
    { range, formula: `=${cell}=${textLiteral(rag.red)}`, style: colours("error") },
    {
      range,
      formula: `=LEFT(${cell},${rag.amber.length})=${textLiteral(rag.amber)}`,
      style: colours("warning"),
    },
    { range, formula: `=${cell}=${textLiteral(rag.green)}`, style: colours("ok") },
    {
      range: `${offTrack}${first}:${offTrack}${last}`,
      formula: `=AND(ISNUMBER($${offTrack}${first}),$${offTrack}${first}>0)`,
      style: colours("error"),
    },
  ];
}

/** The bubble chart over the table's strength, attractiveness and revenue columns. */
function portfolioChart(
  picture: PortfolioPicture,
  first: number,
  last: number,
  quadrantRows: { first: number; last: number },
  top: number,
  col: (k: ReviewColumnKey) => number,
  /** The point a bubble of the picture is (its row in the table, from the first). */
  pointOf: (index: number) => number,
  language: Language,
): ChartSpec {
  const t = SHEET_TEXT[language];
  const headers = REVIEW_HEADERS[language];
  const column = (k: ReviewColumnKey) => columnLetter(col(k));
  const span = (k: ReviewColumnKey) => `${column(k)}${first}:${column(k)}${last}`;
  const q = (c: number) => `${columnLetter(c)}${quadrantRows.first}:${columnLetter(c)}${quadrantRows.last}`;
  const axis = (title: string) => ({
    title,
    min: PICTURE_AXIS.min,
    max: PICTURE_AXIS.max,
    majorUnit: PICTURE_AXIS.split,
  });
  return {
    kind: "bubble",
    name: "KAM_Portfolio",
    title: t.chartTitle,
    from: cellAddress(top, 1),
    to: cellAddress(top + CHART_ROWS - 1, CHART_RIGHT),
    x: axis(headers.strength),
    y: axis(headers.attractiveness),
    showLegend: false,
    series: [
      {
        name: headers.name,
        x: span("strength"),
        y: span("attractiveness"),
        size: span("revenue"),
        fill: PALETTE.goalTab,
        transparency: 0.35,
        labels: picture.bubbles
          .filter((b) => b.labelled)
          .map((b) => ({ index: pointOf(b.index), text: b.label, position: b.labelAt })),
      },
      {
        name: headers.quadrant,
        x: q(QUADRANT_COLUMNS.x),
        y: q(QUADRANT_COLUMNS.y),
        size: q(QUADRANT_COLUMNS.size),
        fill: null,
        transparency: 1,
        labels: picture.quadrants.map((label, index) => ({
          index,
          text: QUADRANT_LABEL[language][label.quadrant],
          position: label.align === "left" ? ("right" as const) : ("left" as const),
        })),
      },
    ],
  };
}

/** Columns of the quadrant cells below the chart: name, x, y, (hidden) bubble size. */
const QUADRANT_COLUMNS = { label: 2, x: 3, y: 4, size: 5 } as const;

export function reviewSheetSpec(input: ReviewSheetInput, describe: (f: Finding) => string): SheetSpec {
  const { plan, accounts, findings, language, sheetName } = input;
  const t = SHEET_TEXT[language];
  const headers = REVIEW_HEADERS[language];
  const placement = input.placement ?? reviewPlacement(accounts, null, false);
  const col = placement.columnOf;
  const left = placement.left;
  const right = Math.max(placement.right, LAST_COLUMN);
  const b = new SheetBuilder();
  const widths = reviewWidths(language, placement, accounts);
  const widthOf = (k: ReviewColumnKey) => widths[col(k) - 1] ?? 10;
  const entries = input.entries ?? NO_MANAGER_ENTRIES;
  const reviews = reviewAccounts(plan, accounts, findings, entries);
  const goalTable = goalTableRanges(
    input.goalSheet,
    input.goalPlacement ?? goalPlacement(plan.goals, null, false),
  );

  writeHeading(b, {
    title: t.reviewTitle,
    lastColumn: LAST_COLUMN,
    asOfLabel: t.asOf,
    asOf: plan.asOf,
    note: t.reviewNote,
    labelRight: 1,
    language,
  });

  const header = placement.headerRow;
  for (const k of REVIEW_COLUMN_KEYS) b.set(header, col(k), text(headers[k]));
  for (const { column, header: own } of placement.userColumns) b.set(header, column, text(own));
  b.style(header, left, header, right, HEADER_STYLE);
  const headerLines = Math.max(
    ...REVIEW_COLUMN_KEYS.map((k) => wrappedLines(headers[k], widthOf(k) - FILTER_BUTTON)),
  );
  b.height(header, heightForLines(headerLines) + 4);

  const first = header + 1;
  const last = tableBottom(placement);
  b.style(first, left, last, right, { vertical: "top", ...GRID_BORDERS });
  // Rows of accounts no longer in the portfolio (placement.rows.cleared) are left blank, users' cells included.
  for (const k of ["name", "status", "notes", ...MANAGER_COLUMN_KEYS] as const) {
    b.style(first, col(k), last, col(k), { wrap: true });
  }
  for (const k of MANAGER_COLUMN_KEYS) b.style(first, col(k), last, col(k), { fill: MANAGER_FILL });
  b.style(first, col("reviewedOn"), last, col("reviewedOn"), { numberFormat: dateFormat(language) });
  for (const k of ["shareOfWallet", "growth"] as const) {
    b.style(first, col(k), last + 1, col(k), { numberFormat: PERCENT_FORMAT });
  }
  b.style(first, col("attainment"), last + 1, col("attainment"), {
    numberFormat: WHOLE_PERCENT_FORMAT,
    horizontal: "center",
  });
  for (const k of ["attractiveness", "strength"] as const) {
    b.style(first, col(k), last, col(k), { numberFormat: DECIMAL_FORMAT, horizontal: "center" });
  }
  for (const k of [
    "economicGoals",
    "strategicGoals",
    "goalsOnTrack",
    "goalsOffTrack",
    "errors",
    "warnings",
  ] as const) {
    b.style(first, col(k), last + 1, col(k), { numberFormat: INTEGER_FORMAT, horizontal: "center" });
  }
  b.style(first, col("quadrant"), last, col("quadrant"), { horizontal: "left" });
  b.style(first, col("status"), last + 1, col("status"), { horizontal: "center", bold: true });

  const findingsOfGoal = new Map<string, Finding[]>();
  for (const f of findings) if (f.subject.type === "goal") push(findingsOfGoal, f.subject.id, f);
  const currencies = new Set<string | null>();
  const at = (row: number, k: ReviewColumnKey) => cellAddress(row, col(k));
  reviews.forEach((review, i) => {
    const { account, progress, position } = review;
    const key = accountKey(account);
    const row = placement.rows.rowOf.get(key) ?? first + i;
    currencies.add(account.currency);
    const money = moneyFormat(account.currency, language);
    const growth =
      review.revenueTarget !== null && account.revenue !== null && account.revenue > 0
        ? review.revenueTarget.value / account.revenue - 1
        : null;
    // The goals' own findings stand on the goal sheet; the review names the goals that have some.
    const goalsWithFindings = review.goals.flatMap((g) => {
      const own = (findingsOfGoal.get(g.id) ?? []).filter((f) => f.code !== "GOAL_OFF_TRACK");
      const errors = own.filter((f) => f.severity === "error").length;
      const warnings = own.filter((f) => f.severity === "warning").length;
      return errors + warnings === 0 ? [] : [`${g.id} (${checkSummaryText(errors, warnings, language)})`];
    });
    const goalsLine =
      goalsWithFindings.length === 0
        ? []
        : [fillTemplate(t.goalsWithFindings, { goals: goalsWithFindings.join("; ") }, language)];
    const notes = findingLines(
      review.notes,
      (f) => {
        const where =
          f.subject.type === "cell" ? `${f.subject.sheet}!${f.subject.column}${f.subject.row}: ` : "";
        return `${where}${describe(f)}`;
      },
      goalsLine,
    );
    // Progress as formulas over the goal table; a key too long for a formula keeps its value.
    const criterion = exactCriterion(accountKey(account));
    const live = (formula: (c: string) => string, result: number | string): SpecValue =>
      criterion === null
        ? typeof result === "number"
          ? num(result)
          : text(result)
        : { kind: "formula", formula: formula(criterion), result };
    const rowCells = {
      errors: at(row, "errors"),
      warnings: at(row, "warnings"),
      economicGoals: at(row, "economicGoals"),
      strategicGoals: at(row, "strategicGoals"),
      goalsOffTrack: at(row, "goalsOffTrack"),
    };
    const manager = (k: (typeof MANAGER_COLUMN_KEYS)[number]) => keptCellValue(review.decision?.cells[k]);
    const values: Record<ReviewColumnKey, SpecValue> = {
      id: account.id === null ? EMPTY : text(account.id),
      name: account.name === null ? EMPTY : text(account.name),
      owner: account.owner === null ? EMPTY : text(account.owner),
      quadrant: text(QUADRANT_LABEL[language][position.quadrant]),
      attractiveness: num(position.attractiveness),
      strength: num(position.strength),
      revenue: num(account.revenue),
      potential: num(account.potential),
      shareOfWallet: num(shareOfWallet(account)),
      economicGoals: num(review.goals.filter((g) => g.kind === "economic").length),
      strategicGoals: num(review.goals.filter((g) => g.kind === "strategic").length),
      revenueTarget: num(review.revenueTarget?.value ?? null),
      growth: num(growth),
      attainment: live((c) => accountAttainmentFormula(goalTable, c), progress.attainment ?? ""),
      goalsOnTrack: live((c) => goalsOnTrackFormula(goalTable, c, language), progress.onTrack),
      goalsOffTrack: live((c) => goalsOffTrackFormula(goalTable, c, language), progress.offTrack),
      errors: num(review.errors),
      warnings: num(review.warnings),
      status: live((c) => ragFormula(rowCells, goalTable, c, language), statusText(review, language)),
      decision: manager("decision").value,
      nextStep: manager("nextStep").value,
      reviewedBy: manager("reviewedBy").value,
      reviewedOn: manager("reviewedOn").value,
      notes: notes === "" ? EMPTY : text(notes),
    };
    // The manager's cells come from the entries read back (an update never writes them).
    for (const k of REVIEW_COLUMN_KEYS) b.set(row, col(k), values[k]);
    for (const k of MANAGER_COLUMN_KEYS) {
      const format = manager(k).format;
      if (format !== null) b.styleCell(row, col(k), { numberFormat: format });
    }
    // Users' own cells, as the sheet held them (an update leaves them alone; a rebuild writes them).
    for (const { column } of placement.userColumns) {
      const own = placement.userCells.get(key)?.get(column);
      if (own) b.set(row, column, cellValue(own));
      if (own && own.format !== "General" && own.format !== "@" && typeof own.value === "number")
        b.styleCell(row, column, { numberFormat: own.format });
    }
    b.styleCell(row, col("revenue"), { numberFormat: money });
    b.styleCell(row, col("potential"), { numberFormat: money });
    b.styleCell(row, col("revenueTarget"), {
      numberFormat: moneyFormat(review.revenueTarget?.currency ?? account.currency, language),
    });
    // The status's colour as written, for readers without conditional formats (which override it live).
    b.styleCell(row, col("status"), severityStyle(RAG_SEVERITY[review.rag]));
    if (progress.offTrack > 0) b.styleCell(row, col("goalsOffTrack"), severityStyle("error"));
    if (review.errors > 0) b.styleCell(row, col("errors"), severityStyle("error"));
    if (review.warnings > 0) b.styleCell(row, col("warnings"), severityStyle("warning"));
    const texts: [ReviewColumnKey, string][] = [
      ["notes", notes],
      ["name", account.name ?? ""],
      ...MANAGER_COLUMN_KEYS.map((k): [ReviewColumnKey, string] => {
        const v = values[k];
        return [k, v.kind === "text" ? v.text : ""];
      }),
    ];
    const lines = Math.max(...texts.map(([k, s]) => wrappedLines(s, widthOf(k))));
    b.height(row, heightForLines(lines));
  });

  // Portfolio totals right below the table: formulas Excel keeps live, with the values we computed.
  const totals = last + 1;
  const span = (k: ReviewColumnKey) =>
    rangeAddress({ top: first, left: col(k), bottom: last, right: col(k) });
  const sum = (k: ReviewColumnKey, values: readonly (number | null)[]): SpecValue => ({
    kind: "formula",
    formula: `=SUM(${span(k)})`,
    result: values.reduce<number>((s, v) => s + (v ?? 0), 0),
  });
  // Money adds up only in one currency.
  const singleCurrency = currencies.size <= 1;
  const currency = [...currencies][0] ?? null;
  // Share of wallet over the accounts with both figures: a missing revenue must not dilute it.
  const withBoth = reviews.filter((r) => r.account.revenue !== null && r.account.potential !== null);
  const revenueOfBoth = withBoth.reduce((s, r) => s + (r.account.revenue ?? 0), 0);
  const potentialOfBoth = withBoth.reduce((s, r) => s + (r.account.potential ?? 0), 0);
  const withTarget = reviews.filter(
    (r) => r.revenueTarget !== null && r.account.revenue !== null && r.account.revenue > 0,
  );
  const targetOfThose = withTarget.reduce((s, r) => s + (r.revenueTarget?.value ?? 0), 0);
  const revenueOfThose = withTarget.reduce((s, r) => s + (r.account.revenue ?? 0), 0);
  const rags: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const r of reviews) rags[r.rag]++;
  const attainments = reviews.flatMap((r) => (r.progress.attainment === null ? [] : [r.progress.attainment]));

  const E = span("revenue");
  const F = span("potential");
  const J = span("revenueTarget");
  const S = span("status");
  const growthFormula = `=IFERROR(SUMPRODUCT((${E}>0)*ISNUMBER(${J}),${J})/SUMPRODUCT((${E}>0)*ISNUMBER(${J}),${E})-1,"")`;
  const rag = RAG_LABEL[language];
  const countOf = (label: string, pattern: string) =>
    `${textLiteral(`${label} `)}&COUNTIF(${S},${textLiteral(pattern)})`;
  const totalValues: Partial<Record<ReviewColumnKey, SpecValue>> = {
    id: text(`${t.totals} (${fillTemplate(t.accountCount, { count: reviews.length }, language)})`),
    economicGoals: sum(
      "economicGoals",
      reviews.map((r) => r.goals.filter((g) => g.kind === "economic").length),
    ),
    strategicGoals: sum(
      "strategicGoals",
      reviews.map((r) => r.goals.filter((g) => g.kind === "strategic").length),
    ),
    attainment: {
      kind: "formula",
      formula: `=IFERROR(AVERAGE(${span("attainment")}),"")`,
      result: attainments.length === 0 ? "" : attainments.reduce((s, a) => s + a, 0) / attainments.length,
    },
    goalsOnTrack: sum(
      "goalsOnTrack",
      reviews.map((r) => r.progress.onTrack),
    ),
    goalsOffTrack: sum(
      "goalsOffTrack",
      reviews.map((r) => r.progress.offTrack),
    ),
    errors: sum(
      "errors",
      reviews.map((r) => r.errors),
    ),
    warnings: sum(
      "warnings",
      reviews.map((r) => r.warnings),
    ),
    status: {
      kind: "formula",
      // "Gelb*" counts "Gelb – keine Ziele" too.
      formula: `=${[countOf(rag.red, rag.red), countOf(rag.amber, `${rag.amber}*`), countOf(rag.green, rag.green)].join('&" · "&')}`,
      result: ragCountText(rags, language),
    },
  };
  if (singleCurrency) {
    totalValues.revenue = sum(
      "revenue",
      reviews.map((r) => r.account.revenue),
    );
    totalValues.potential = sum(
      "potential",
      reviews.map((r) => r.account.potential),
    );
    totalValues.shareOfWallet = {
      kind: "formula",
      formula: `=IFERROR(SUMPRODUCT(ISNUMBER(${E})*ISNUMBER(${F}),${E})/SUMPRODUCT(ISNUMBER(${E})*ISNUMBER(${F}),${F}),"")`,
      result: potentialOfBoth > 0 ? revenueOfBoth / potentialOfBoth : "",
    };
    totalValues.revenueTarget = sum(
      "revenueTarget",
      reviews.map((r) => r.revenueTarget?.value ?? null),
    );
    totalValues.growth = {
      kind: "formula",
      formula: growthFormula,
      result: revenueOfThose > 0 ? targetOfThose / revenueOfThose - 1 : "",
    };
  }
  for (let c = left; c <= right; c++) b.set(totals, c, EMPTY);
  for (const k of REVIEW_COLUMN_KEYS) b.set(totals, col(k), totalValues[k] ?? EMPTY);
  // The totals label spans the columns before the figures when they are the layout's own.
  const labelRight = col("quadrant");
  const labelOwn = REVIEW_COLUMN_KEYS.filter((k) => col(k) >= left && col(k) <= labelRight).length;
  if (labelRight > left && labelOwn === labelRight - left + 1 && col("id") === left)
    b.merge(totals, left, totals, labelRight);
  const totalsStyle: CellStyle = {
    bold: true,
    fill: PALETTE.totalsFill,
    vertical: "top",
    ...GRID_BORDERS,
    borderTop: { style: "medium", color: PALETTE.headerFill },
  };
  b.style(totals, left, totals, right, totalsStyle);
  b.styleCell(totals, col("status"), { wrap: true });
  const money = moneyFormat(currency, language);
  b.styleCell(totals, col("revenue"), { numberFormat: money });
  b.styleCell(totals, col("potential"), { numberFormat: money });
  b.styleCell(totals, col("revenueTarget"), { numberFormat: money });
  b.height(totals, heightForLines(wrappedLines(ragCountText(rags, language), widthOf("status"))));

  // Notes under the totals: what the columns mean, goals without an account, decisions without an
  // account, accounts the chart leaves out, sheet problems.
  const picture = portfolioPicture(
    accounts,
    reviews.map((r) => r.position),
  );
  const notes: string[] = [t.revenueTargetNote, t.reviewProgressNote];
  const orphans = plan.goals.filter((g) => findAccount(accounts, g.account) === undefined).map((g) => g.id);
  if (orphans.length > 0)
    notes.push(fillTemplate(t.goalsWithoutAccount, { ids: orphans.join(", ") }, language));
  const kept = new Set(reviews.flatMap((r) => (r.decision ? [r.decision] : [])));
  const lostDecisions = [...entries.values()].filter((e) => !kept.has(e));
  if (lostDecisions.length > 0) {
    const describeEntry = (e: (typeof lostDecisions)[number]) =>
      `${e.account}: ${MANAGER_COLUMN_KEYS.flatMap((k) => {
        const cell = e.cells[k];
        return cell === null || cell.value === null ? [] : [String(cell.value)];
      }).join(", ")}`;
    notes.push(
      fillTemplate(
        t.decisionsWithoutAccount,
        { decisions: lostDecisions.map(describeEntry).join("; ") },
        language,
      ),
    );
  }
  if (picture.omitted.length > 0 && reviews.length > 0) {
    notes.push(
      fillTemplate(t.chartOmitted, { accounts: picture.omitted.map((o) => o.label).join(", ") }, language),
    );
  }
  const cellAccount = cellAccountLookup(accounts);
  const unplaced = findings.filter((f) => f.subject.type === "cell" && cellAccount(f) === undefined);
  if (unplaced.length > 0) {
    notes.push(
      `${t.workbookNotes}:\n${findingLines(unplaced, (f) =>
        f.subject.type === "cell"
          ? `${f.subject.sheet}!${f.subject.column}${f.subject.row}: ${describe(f)}`
          : describe(f),
      )}`,
    );
  }
  const noteWidth = widths.reduce((s, w) => s + w, 0);
  notes.forEach((note, i) => {
    const row = totals + 2 + i;
    b.set(row, 1, text(note));
    b.merge(row, left, row, right);
    b.styleCell(row, 1, { ...NOTE_STYLE, wrap: true, vertical: "top" });
    b.height(row, heightForLines(wrappedLines(note, noteWidth)));
  });

  // The portfolio picture below the notes, and the cells that place the quadrant names in it.
  const charts: ChartSpec[] = [];
  if (reviews.length > 0) {
    const chartTop = totals + 2 + notes.length + 1;
    const quadrantHeading = chartTop + CHART_ROWS + 1;
    const quadrantRows = { first: quadrantHeading + 1, last: quadrantHeading + picture.quadrants.length };
    b.set(quadrantHeading, 1, text(t.chartQuadrantsHeading));
    b.styleCell(quadrantHeading, 1, NOTE_STYLE);
    // Far below the smallest bubble: the quadrant points only carry their names.
    const tiny = Math.max(1, ...picture.bubbles.map((x) => x.size)) / 1e6;
    picture.quadrants.forEach((label, i) => {
      const row = quadrantRows.first + i;
      b.set(row, QUADRANT_COLUMNS.label, text(QUADRANT_LABEL[language][label.quadrant]));
      b.set(row, QUADRANT_COLUMNS.x, num(label.x));
      b.set(row, QUADRANT_COLUMNS.y, num(label.y));
      b.set(row, QUADRANT_COLUMNS.size, num(tiny));
    });
    b.style(
      quadrantRows.first,
      QUADRANT_COLUMNS.label,
      quadrantRows.last,
      QUADRANT_COLUMNS.label,
      NOTE_STYLE,
    );
    b.style(quadrantRows.first, QUADRANT_COLUMNS.x, quadrantRows.last, QUADRANT_COLUMNS.y, {
      ...NOTE_STYLE,
      numberFormat: DECIMAL_FORMAT,
      horizontal: "center",
    });
    b.style(quadrantRows.first, QUADRANT_COLUMNS.size, quadrantRows.last, QUADRANT_COLUMNS.size, {
      numberFormat: HIDDEN_FORMAT,
    });
    // Rows stay where they were in an update: a bubble's point is its account's row.
    const pointOf = (index: number) => {
      const review = reviews[index];
      const row = review ? placement.rows.rowOf.get(accountKey(review.account)) : undefined;
      return (row ?? first + index) - first;
    };
    charts.push(portfolioChart(picture, first, last, quadrantRows, chartTop, col, pointOf, language));
  }

  return b.build({
    name: sheetName,
    width: right,
    columnWidths: widths,
    freeze: { rows: header, columns: 0 },
    table: {
      name: REVIEW_TABLE,
      range: `${cellAddress(header, left)}:${cellAddress(last, right)}`,
      style: "TableStyleMedium2",
      showBandedRows: true,
    },
    validations: [],
    conditionalFormats: statusFormats(first, last, col, language),
    replacesFormats: LANGUAGES.filter((other) => other !== language).flatMap((other) =>
      statusFormats(first, last, col, other).map(({ range, formula }) => ({ range, formula })),
    ),
    charts,
    names: [{ name: PLANNER_NAMES.reviewSheet, range: "A1" }],
    print: { landscape: true, fitToWidth: true, repeatRows: `${header}:${header}` },
    tabColor: PALETTE.reviewTab,
  });
}
