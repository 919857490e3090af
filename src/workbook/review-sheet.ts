// The review sheet as a SheetSpec: one row per account in the table KAM_Review — portfolio
// quadrant, figures, goals by kind, the revenue target, error/warning counts and a red/amber/green
// status — then portfolio totals (formulas with cached results) and notes on the account sheets.
//
// Written again, the table keeps its place (table-placement.ts): an account's row stays where it
// is, columns users added stay where they are and are never written, and a column of the layout
// whose cells belong to users (REVIEW_USER_KEYS, e.g. a manager's decision) gets its header from
// the layout and its cells from the user, carried by account.

import { accountKey, findAccount, shareOfWallet, type Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import { LANGUAGES, type Goal, type Language, type Plan } from "../domain/plan";
import { portfolioPositions } from "../domain/portfolio";
import {
  checkSummaryText,
  QUADRANT_LABEL,
  RAG_LABEL,
  ragCountText,
  REVIEW_COLUMN_KEYS,
  REVIEW_HEADERS,
  SHEET_TEXT,
  type Rag,
  type ReviewColumnKey,
} from "../i18n/sheets";
import {
  cellAddress,
  cellAt,
  EMPTY,
  num,
  rangeAddress,
  text,
  type CellStyle,
  type GridCell,
  type SheetGrid,
  type SheetSpec,
  type SpecValue,
} from "../sheet";
import { fillTemplate } from "../i18n/format";
import { findingLines } from "./goal-sheet";
import { PLANNER_NAMES, REVIEW_TABLE, sameName } from "./planner-names";
import {
  GRID_BORDERS,
  goalScale,
  HEADER_STYLE,
  INTEGER_FORMAT,
  moneyFormat,
  NOTE_STYLE,
  PALETTE,
  PERCENT_FORMAT,
  severityStyle,
} from "./sheet-styles";
import { writeHeading } from "./sheet-heading";
import { heightForLines, SheetBuilder, wrappedLines } from "./spec-builder";
import {
  placeTable,
  tableBottom,
  userCell,
  type ExistingTable,
  type TablePlacement,
  type UserColumn,
} from "./table-placement";

export type ReviewSheetInput = {
  plan: Plan;
  accounts: readonly Account[];
  findings: readonly Finding[];
  language: Language;
  sheetName: string;
  /** Where the table's columns and rows go (rows keyed by accountKey); a new table's when not given. */
  placement?: ReviewPlacement;
};

export type ReviewPlacement = TablePlacement<ReviewColumnKey>;

/** Columns of the layout whose cells belong to users (never overwritten; none yet). */
export const REVIEW_USER_KEYS: readonly ReviewColumnKey[] = [];

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
  const table = grid.tables.find((t) => sameName(t.name, REVIEW_TABLE));
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

const WIDTHS: Record<ReviewColumnKey, number> = {
  id: 12,
  name: 28,
  owner: 14,
  quadrant: 18,
  revenue: 14,
  potential: 14,
  shareOfWallet: 11,
  economicGoals: 13,
  strategicGoals: 13,
  revenueTarget: 14,
  growth: 11,
  errors: 9,
  warnings: 12,
  status: 22,
  notes: 60,
};

/** What the review says about one account. */
export type AccountReview = {
  account: Account;
  goals: readonly Goal[];
  /** Findings on the account itself and on its rows in the account sheets (the notes column). */
  notes: readonly Finding[];
  errors: number;
  warnings: number;
  /** Target of the revenue goal with the latest deadline: targets are levels, so summing them double counts. */
  revenueTarget: { value: number; currency: string | null } | null;
  rag: Rag;
};

function latestRevenueTarget(goals: readonly Goal[], account: Account): AccountReview["revenueTarget"] {
  let best: Goal | null = null;
  for (const g of goals) {
    if (g.metric !== "revenue" || g.target === null || !Number.isFinite(g.target)) continue;
    const later = best === null || (g.deadline ?? "") > (best.deadline ?? "");
    const tieHigher =
      best !== null && (g.deadline ?? "") === (best.deadline ?? "") && g.target > (best.target ?? 0);
    if (later || tieHigher) best = g;
  }
  if (best === null || best.target === null) return null;
  return { value: best.target, currency: goalScale(best.unit, "revenue", account.currency).currency };
}

/**
 * A finding about a cell of an account sheet concerns the account read from that row (or the one
 * account of a profile sheet). Built once: portfolios have thousands of accounts and findings.
 */
function cellAccountLookup(accounts: readonly Account[]): (f: Finding) => Account | undefined {
  const byRow = new Map<string, Account>();
  const bySheet = new Map<string, Account[]>();
  for (const a of accounts) {
    byRow.set(`${a.source.sheet}\u0000${String(a.source.row)}`, a);
    bySheet.set(a.source.sheet, [...(bySheet.get(a.source.sheet) ?? []), a]);
  }
  return (f) => {
    if (f.subject.type !== "cell") return undefined;
    const { sheet, row } = f.subject;
    const onSheet = bySheet.get(sheet) ?? [];
    return byRow.get(`${sheet}\u0000${String(row)}`) ?? (onSheet.length === 1 ? onSheet[0] : undefined);
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function reviewAccounts(
  plan: Plan,
  accounts: readonly Account[],
  findings: readonly Finding[],
): AccountReview[] {
  const goalsOf = new Map<Account, Goal[]>();
  for (const g of plan.goals) {
    const account = findAccount(accounts, g.account);
    if (account) push(goalsOf, account, g);
  }
  const cellAccount = cellAccountLookup(accounts);
  const notesOf = new Map<Account, Finding[]>();
  const goalFindings = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.subject.type === "goal") push(goalFindings, f.subject.id, f);
    const account = f.subject.type === "account" ? findAccount(accounts, f.subject.id) : cellAccount(f);
    if (account) push(notesOf, account, f);
  }
  return accounts.map((account) => {
    const goals = goalsOf.get(account) ?? [];
    const notes = notesOf.get(account) ?? [];
    const counted = [...notes, ...goals.flatMap((g) => goalFindings.get(g.id) ?? [])];
    const errors = counted.filter((f) => f.severity === "error").length;
    const warnings = counted.filter((f) => f.severity === "warning").length;
    const rag: Rag = errors > 0 ? "red" : warnings > 0 || goals.length === 0 ? "amber" : "green";
    return {
      account,
      goals,
      notes,
      errors,
      warnings,
      revenueTarget: latestRevenueTarget(goals, account),
      rag,
    };
  });
}

const RAG_SEVERITY = { red: "error", amber: "warning", green: "ok" } as const;

export function reviewSheetSpec(input: ReviewSheetInput, describe: (f: Finding) => string): SheetSpec {
  const { plan, accounts, findings, language, sheetName } = input;
  const t = SHEET_TEXT[language];
  const headers = REVIEW_HEADERS[language];
  const placement = input.placement ?? reviewPlacement(accounts, null, false);
  const col = placement.columnOf;
  const left = placement.left;
  const right = Math.max(placement.right, LAST_COLUMN);
  const b = new SheetBuilder();
  const widths: number[] = Array.from({ length: right }, () => 14);
  for (const k of REVIEW_COLUMN_KEYS) widths[col(k) - 1] = WIDTHS[k];
  const reviews = reviewAccounts(plan, accounts, findings);
  const positions = portfolioPositions(accounts, plan.marketing);

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
  const headerLines = Math.max(...REVIEW_COLUMN_KEYS.map((k) => wrappedLines(headers[k], WIDTHS[k] - 3)));
  b.height(header, heightForLines(headerLines) + 4);

  const first = header + 1;
  const last = tableBottom(placement);
  b.style(first, left, last, right, { vertical: "top", ...GRID_BORDERS });
  // Rows of accounts no longer in the portfolio (placement.rows.cleared) are left blank, users' cells included.
  b.style(first, col("name"), last, col("name"), { wrap: true });
  b.style(first, col("notes"), last, col("notes"), { wrap: true });
  b.style(first, col("shareOfWallet"), last + 1, col("shareOfWallet"), { numberFormat: PERCENT_FORMAT });
  b.style(first, col("growth"), last + 1, col("growth"), { numberFormat: PERCENT_FORMAT });
  for (const k of ["economicGoals", "strategicGoals", "errors", "warnings"] as const) {
    b.style(first, col(k), last + 1, col(k), { numberFormat: INTEGER_FORMAT, horizontal: "center" });
  }
  b.style(first, col("quadrant"), last, col("quadrant"), { horizontal: "left" });
  b.style(first, col("status"), last + 1, col("status"), { horizontal: "center" });

  const findingsOfGoal = new Map<string, Finding[]>();
  for (const f of findings) if (f.subject.type === "goal") push(findingsOfGoal, f.subject.id, f);
  const currencies = new Set<string | null>();
  reviews.forEach((review, i) => {
    const { account } = review;
    const key = accountKey(account);
    const row = placement.rows.rowOf.get(key) ?? first + i;
    currencies.add(account.currency);
    const money = moneyFormat(account.currency, language);
    const growth =
      review.revenueTarget !== null && account.revenue !== null && account.revenue > 0
        ? review.revenueTarget.value / account.revenue - 1
        : null;
    const quadrant = positions[i]?.quadrant;
    const statusText =
      review.goals.length === 0 && review.rag === "amber"
        ? `${RAG_LABEL[language].amber} – ${t.noGoals}`
        : RAG_LABEL[language][review.rag];
    // The goals' own findings stand on the goal sheet; the review names the goals that have some.
    const goalsWithFindings = review.goals.flatMap((g) => {
      const own = findingsOfGoal.get(g.id) ?? [];
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
    const values: Record<ReviewColumnKey, SpecValue> = {
      id: account.id === null ? EMPTY : text(account.id),
      name: account.name === null ? EMPTY : text(account.name),
      owner: account.owner === null ? EMPTY : text(account.owner),
      quadrant: quadrant === undefined ? EMPTY : text(QUADRANT_LABEL[language][quadrant]),
      revenue: num(account.revenue),
      potential: num(account.potential),
      shareOfWallet: num(shareOfWallet(account)),
      economicGoals: num(review.goals.filter((g) => g.kind === "economic").length),
      strategicGoals: num(review.goals.filter((g) => g.kind === "strategic").length),
      revenueTarget: num(review.revenueTarget?.value ?? null),
      growth: num(growth),
      errors: num(review.errors),
      warnings: num(review.warnings),
      status: text(statusText),
      notes: notes === "" ? EMPTY : text(notes),
    };
    for (const k of REVIEW_COLUMN_KEYS) {
      const own = REVIEW_USER_KEYS.includes(k) ? userCell(placement, key, k) : undefined;
      b.set(row, col(k), own === undefined ? values[k] : cellValue(own));
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
    b.styleCell(row, col("status"), { ...severityStyle(RAG_SEVERITY[review.rag]), bold: true });
    if (review.errors > 0) b.styleCell(row, col("errors"), severityStyle("error"));
    if (review.warnings > 0) b.styleCell(row, col("warnings"), severityStyle("warning"));
    const lines = Math.max(wrappedLines(notes, WIDTHS.notes), wrappedLines(account.name ?? "", WIDTHS.name));
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

  const E = span("revenue");
  const F = span("potential");
  const J = span("revenueTarget");
  const growthFormula = `=IFERROR(SUMPRODUCT((${E}>0)*ISNUMBER(${J}),${J})/SUMPRODUCT((${E}>0)*ISNUMBER(${J}),${E})-1,"")`;
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
    errors: sum(
      "errors",
      reviews.map((r) => r.errors),
    ),
    warnings: sum(
      "warnings",
      reviews.map((r) => r.warnings),
    ),
    status: text(ragCountText(rags, language)),
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
  const labelRight = col("revenue") - 1;
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
  const money = moneyFormat(currency, language);
  b.styleCell(totals, col("revenue"), { numberFormat: money });
  b.styleCell(totals, col("potential"), { numberFormat: money });
  b.styleCell(totals, col("revenueTarget"), { numberFormat: money });

  // Notes under the totals: what the revenue target means, goals without an account, sheet problems.
  const notes: string[] = [t.revenueTargetNote];
  const orphans = plan.goals.filter((g) => findAccount(accounts, g.account) === undefined).map((g) => g.id);
  if (orphans.length > 0)
    notes.push(fillTemplate(t.goalsWithoutAccount, { ids: orphans.join(", ") }, language));
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
    names: [{ name: PLANNER_NAMES.reviewSheet, range: "A1" }],
    print: { landscape: true, fitToWidth: true, repeatRows: `${header}:${header}` },
    tabColor: PALETTE.reviewTab,
  });
}
