// "Show" on a finding: the step, the goal or the cell it is about. Cells are selected in the
// workbook through the port; goals open in the goal form.

import { useCallback, useRef, useState } from "react";
import { accountKey, findAccount } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Plan } from "../domain/plan";
import type { OpenedWorkbook } from "../planner";
import type { WorkbookPort } from "../sheet";
import { findingLocation, type CellLocation } from "./model/locations";
import type { GoalEditRequest } from "./steps/GoalsStep";
import type { StepId } from "./Stepper";

export type Focus = "panel" | "vision" | "mission" | null;

export type FindingNavigation = {
  selectedAccount: string | null;
  selectAccount: (key: string | null) => void;
  editRequest: GoalEditRequest | null;
  clearEditRequest: () => void;
  activate: (location: CellLocation) => void;
  openSheet: (sheet: string) => void;
  /** What "show" does for a finding; null when it points nowhere. */
  showAction: (finding: Finding) => (() => void) | null;
};

export function useFindingNavigation(options: {
  port: WorkbookPort;
  opened: OpenedWorkbook | null;
  plan: Plan;
  goTo: (step: StepId, focus?: Focus) => void;
  onError: (error: unknown) => void;
}): FindingNavigation {
  const { port, opened, plan, goTo, onError } = options;
  const [selectedAccount, selectAccount] = useState<string | null>(null);
  const [editRequest, setEditRequest] = useState<GoalEditRequest | null>(null);
  // Every "show this goal" request is new, even for the same goal.
  const editSeq = useRef(0);
  const accounts = opened?.accounts ?? [];

  const activate = useCallback(
    (location: CellLocation) => {
      port.activate(location.sheet, location.address).catch(onError);
    },
    [port, onError],
  );
  const openSheet = useCallback(
    (sheet: string) => {
      port.activate(sheet).catch(onError);
    },
    [port, onError],
  );
  const clearEditRequest = useCallback(() => {
    setEditRequest(null);
  }, []);

  const showAction = (finding: Finding): (() => void) | null => {
    const subject = finding.subject;
    switch (subject.type) {
      case "vision":
      case "mission": {
        const step = subject.type;
        return () => {
          goTo(step, step);
        };
      }
      case "goal": {
        const goal = plan.goals.find((g) => g.id === subject.id);
        if (!goal) return null;
        return () => {
          const account = findAccount(accounts, goal.account);
          selectAccount(account ? accountKey(account) : goal.account);
          editSeq.current += 1;
          setEditRequest({ goalId: goal.id, seq: editSeq.current });
          goTo("goals", null);
        };
      }
      case "account": {
        const account = findAccount(accounts, subject.id);
        if (!account) return null;
        return () => {
          selectAccount(accountKey(account));
          goTo("goals");
        };
      }
      case "cell": {
        const location = findingLocation(finding, accounts, opened?.snapshot.grids ?? []);
        return location
          ? () => {
              activate(location);
            }
          : null;
      }
    }
  };

  return { selectedAccount, selectAccount, editRequest, clearEditRequest, activate, openSheet, showAction };
}
