// Where a finding points in the workbook: a cell for reading problems, the account's row for
// account findings. The task pane selects it through the port when the user asks.

import { accountKey, findAccount, type Account } from "../../domain/account";
import type { Finding } from "../../domain/finding";
import type { Language } from "../../domain/plan";
import { ui } from "../../i18n/ui";
import { cellAddress, type SheetGrid } from "../../sheet";

export type CellLocation = { sheet: string; address: string };

export function findingLocation(
  finding: Finding,
  accounts: readonly Account[],
  grids: readonly SheetGrid[],
): CellLocation | null {
  const subject = finding.subject;
  if (subject.type === "cell") {
    // A hidden sheet (the add-in's very hidden settings sheet among them) cannot be selected.
    if (grids.some((g) => g.name === subject.sheet && !g.visible)) return null;
    return { sheet: subject.sheet, address: `${subject.column}${subject.row}` };
  }
  if (subject.type === "account") {
    const account = findAccount(accounts, subject.id);
    if (!account) return null;
    const grid = grids.find((g) => g.name === account.source.sheet);
    return { sheet: account.source.sheet, address: cellAddress(account.source.row, grid?.firstColumn ?? 1) };
  }
  return null;
}

/** A short label for what a finding is about: "Vision", "Goal G3", "Account D-02", "Sheet!D8". */
export function subjectLabel(finding: Finding, language: Language, accounts: readonly Account[]): string {
  const subject = finding.subject;
  switch (subject.type) {
    case "vision":
      return ui(language, "subjectVision");
    case "mission":
      return ui(language, "subjectMission");
    case "goal":
      return ui(language, "subjectGoal", { id: subject.id });
    case "account": {
      const account = findAccount(accounts, subject.id);
      const name = account?.name ? `${account.name} (${accountKey(account)})` : subject.id;
      return ui(language, "subjectAccount", { id: name });
    }
    case "cell":
      return ui(language, "subjectCell", { sheet: subject.sheet, cell: `${subject.column}${subject.row}` });
  }
}
