// Use case "review": what the management review shows for a plan in a workbook — per account its
// position in the portfolio, figures, goals with their progress, findings, a red/amber/green status
// and the manager's decision as the review sheet holds it — and the portfolio picture. The same
// computation as the review sheet, so the pane and the sheet agree.

import { accountKey } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Plan } from "../domain/plan";
import { PANE_FRAME, portfolioPicture, type PortfolioPicture } from "../domain/portfolio-picture";
import { reviewAccounts, type AccountReview } from "../workbook/account-review";
import { planForSheet } from "../workbook/plan-sheets";
import {
  decisionCells,
  findReviewSheet,
  managerKey,
  NO_MANAGER_ENTRIES,
  readManagerEntries,
} from "../workbook/review-decisions";
import { cellAddress } from "../sheet";
import type { OpenedWorkbook } from "./open";
import { effectivePlan, type PlanSettings } from "./plan";

export type ReviewedAccount = AccountReview & {
  /** Where the manager records the decision on the review sheet; null before the sheet is written. */
  decisionCell: { sheet: string; address: string } | null;
};

export type PortfolioReview = { accounts: readonly ReviewedAccount[]; picture: PortfolioPicture };

/**
 * The review of `plan` (as the pane holds it) in the opened workbook, judged with `findings` (the
 * planner's list for the same plan). Goals not written yet start on the as-of date, as the goal
 * sheet will have them.
 */
export function portfolioReview(
  opened: OpenedWorkbook,
  plan: Plan,
  settings: PlanSettings,
  findings: readonly Finding[],
): PortfolioReview {
  const { accounts } = opened;
  const stored = planForSheet(effectivePlan(opened, plan, settings), accounts, settings.language);
  const sheet = findReviewSheet(opened.snapshot.grids, opened.snapshot.names);
  const entries = sheet ? readManagerEntries(sheet) : NO_MANAGER_ENTRIES;
  const cells = sheet ? decisionCells(sheet) : new Map<string, { row: number; column: number }>();
  const reviews = reviewAccounts(stored, accounts, findings, entries).map((review) => {
    const cell = cells.get(managerKey(accountKey(review.account)));
    return {
      ...review,
      decisionCell: sheet && cell ? { sheet: sheet.name, address: cellAddress(cell.row, cell.column) } : null,
    };
  });
  return {
    accounts: reviews,
    // Laid out for the pane's square drawing; the sheet's chart lays out its own (review-sheet).
    picture: portfolioPicture(
      accounts,
      reviews.map((r) => r.position),
      PANE_FRAME,
    ),
  };
}
