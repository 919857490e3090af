// The review sheet as a SheetSpec: one row per account in the table KAM_Review — portfolio
// quadrant, figures, goals by kind, the revenue target, error/warning counts and a red/amber/green
// status — then portfolio totals (formulas with cached results) and notes on the account sheets.

import { findAccount, shareOfWallet, type Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Goal, Language, Plan } from "../domain/plan";
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
  EMPTY,
  num,
  rangeAddress,
  text,
  type CellStyle,
  type SheetSpec,
  type SpecValue,
} from "../sheet";
import { fillTemplate } from "../i18n/format";
import { findingLines } from "./goal-sheet";
import { PLANNER_NAMES, REVIEW_TABLE } from "./planner-names";
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

export type ReviewSheetInput = {
  plan: Plan;
  accounts: readonly Account[];
  findings: readonly Finding[];
  language: Language;
  sheetName: string;
};

export const REVIEW_ROWS = { title: 1, asOf: 2, header: 4 } as const;

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
    push(bySheet, a.source.sheet, a);
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
  const col = reviewColumn;
  const b = new SheetBuilder();
  const widths = REVIEW_COLUMN_KEYS.map((k) => WIDTHS[k]);
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

  const header = REVIEW_ROWS.header;
  REVIEW_COLUMN_KEYS.forEach((k, i) => {
    b.set(header, i + 1, text(headers[k]));
  });
  b.style(header, 1, header, LAST_COLUMN, HEADER_STYLE);
  const headerLines = Math.max(...REVIEW_COLUMN_KEYS.map((k) => wrappedLines(headers[k], WIDTHS[k] - 3)));
  b.height(header, heightForLines(headerLines) + 4);

  const first = header + 1;
  const last = header + Math.max(1, reviews.length);
  b.style(first, 1, last, LAST_COLUMN, { vertical: "top", ...GRID_BORDERS });
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
    const row = first + i;
    const { account } = review;
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
    REVIEW_COLUMN_KEYS.forEach((k, c) => {
      b.set(row, c + 1, values[k]);
    });
    b.style(row, col("revenue"), row, col("potential"), { numberFormat: money });
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
  REVIEW_COLUMN_KEYS.forEach((k, c) => {
    b.set(totals, c + 1, totalValues[k] ?? EMPTY);
  });
  b.merge(totals, 1, totals, col("quadrant"));
  const totalsStyle: CellStyle = {
    bold: true,
    fill: PALETTE.totalsFill,
    vertical: "top",
    ...GRID_BORDERS,
    borderTop: { style: "medium", color: PALETTE.headerFill },
  };
  b.style(totals, 1, totals, LAST_COLUMN, totalsStyle);
  const money = moneyFormat(currency, language);
  b.style(totals, col("revenue"), totals, col("potential"), { numberFormat: money });
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
    b.merge(row, 1, row, LAST_COLUMN);
    b.styleCell(row, 1, { ...NOTE_STYLE, wrap: true, vertical: "top" });
    b.height(row, heightForLines(wrappedLines(note, noteWidth)));
  });

  return b.build({
    name: sheetName,
    width: LAST_COLUMN,
    columnWidths: widths,
    freeze: { rows: header, columns: 0 },
    table: {
      name: REVIEW_TABLE,
      range: `${cellAddress(header, 1)}:${cellAddress(last, LAST_COLUMN)}`,
      style: "TableStyleMedium2",
      showBandedRows: true,
    },
    validations: [],
    names: [{ name: PLANNER_NAMES.reviewSheet, range: "A1" }],
    print: { landscape: true, fitToWidth: true, repeatRows: `${header}:${header}` },
    tabColor: PALETTE.reviewTab,
  });
}
