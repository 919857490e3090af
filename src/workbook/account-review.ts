// What the management review says about each account: its portfolio position, goals, findings,
// progress, a red/amber/green status and the manager's decision. One list for the review sheet and
// the task pane's review mode.

import { accountKey, findAccount, type Account } from "../domain/account";
import type { Finding, FindingCode } from "../domain/finding";
import type { Goal, Plan } from "../domain/plan";
import { portfolioPositions, type PortfolioPosition } from "../domain/portfolio";
import { accountProgress, ragOf, type AccountProgress, type Rag } from "../domain/review";
import { goalScale } from "./sheet-styles";
import { managerKey, NO_MANAGER_ENTRIES, type ManagerEntries, type ManagerEntry } from "./review-decisions";

export type AccountReview = {
  account: Account;
  position: PortfolioPosition;
  goals: readonly Goal[];
  /** Findings on the account itself and on its rows in the account sheets (the notes column). */
  notes: readonly Finding[];
  /** Findings on the account's goals. */
  goalFindings: readonly Finding[];
  /** Error- and warning-level findings on the account and its goals, progress findings aside. */
  errors: number;
  warnings: number;
  /** Target of the revenue goal with the latest deadline: targets are levels, so summing them double counts. */
  revenueTarget: { value: number; currency: string | null } | null;
  progress: AccountProgress;
  rag: Rag;
  /** What management recorded on the review sheet; null when nothing yet. */
  decision: ManagerEntry | null;
};

/**
 * Findings about progress: the review counts them live (goals off track) instead of as warnings, so
 * a new actual can turn an account green without the add-in.
 */
const PROGRESS_CODES: ReadonlySet<FindingCode> = new Set(["GOAL_OFF_TRACK"]);

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
export function cellAccountLookup(accounts: readonly Account[]): (f: Finding) => Account | undefined {
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

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function reviewAccounts(
  plan: Plan,
  accounts: readonly Account[],
  findings: readonly Finding[],
  entries: ManagerEntries = NO_MANAGER_ENTRIES,
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
  const positions = portfolioPositions(accounts, plan.marketing);
  return accounts.map((account, i) => {
    const goals = goalsOf.get(account) ?? [];
    const notes = notesOf.get(account) ?? [];
    const ofGoals = goals.flatMap((g) => goalFindings.get(g.id) ?? []);
    const counted = [...notes, ...ofGoals].filter((f) => !PROGRESS_CODES.has(f.code));
    const errors = counted.filter((f) => f.severity === "error").length;
    const warnings = counted.filter((f) => f.severity === "warning").length;
    const progress = accountProgress(goals, plan.asOf);
    const position = positions[i] ?? {
      account: accountKey(account),
      attractiveness: 0,
      strength: 0,
      quadrant: "streamline",
    };
    return {
      account,
      position,
      goals,
      notes,
      goalFindings: ofGoals,
      errors,
      warnings,
      revenueTarget: latestRevenueTarget(goals, account),
      progress,
      rag: ragOf({
        errors,
        warnings,
        goals: goals.length,
        atRisk: progress.atRisk,
        offTrack: progress.offTrack,
      }),
      decision: entries.get(managerKey(accountKey(account))) ?? null,
    };
  });
}
