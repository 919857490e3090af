// The planner's review of the pane's plan (progress, status, decisions, the portfolio picture),
// recomputed when the plan, its findings or the workbook change.

import { useMemo } from "react";
import type { Finding } from "../domain/finding";
import type { Plan } from "../domain/plan";
import { portfolioReview, type OpenedWorkbook, type PlanSettings, type PortfolioReview } from "../planner";

export function usePortfolioReview(
  opened: OpenedWorkbook | null,
  plan: Plan,
  settings: PlanSettings,
  findings: readonly Finding[],
): PortfolioReview | null {
  return useMemo(
    () => (opened ? portfolioReview(opened, plan, settings, findings) : null),
    [opened, plan, settings, findings],
  );
}
