// The task pane: a stepper through accounts → vision → mission → goals → review & write. It talks
// to the workbook only through the port it is given, so the same component runs inside Excel (the
// Office host) and in the browser workbench (the xlsx host).

import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ArrowLeft20Regular, ArrowRight20Regular, DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { accountKey, findAccount, type Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import { emptyPlan, type Goal, type Language, type Plan } from "../domain/plan";
import type { WorkbookPort } from "../hosts/port";
import { ui } from "../i18n/ui";
import { readPlanFromWorkbook } from "../workbook/plan-sheets";
import { plannerSheetNames } from "../workbook/planner-names";
import type { WritePlanResult } from "../workbook/write-plan";
import { ErrorMessages } from "./ErrorMessages";
import { missionFindings, visionFindings } from "./model/findings-view";
import { nextGoalId } from "./model/goal-draft";
import { findingLocation, type CellLocation } from "./model/locations";
import { AccountsStep } from "./steps/AccountsStep";
import { GoalsStep, type GoalEditRequest } from "./steps/GoalsStep";
import { ReviewStep } from "./steps/ReviewStep";
import { StatementStep } from "./steps/StatementStep";
import { STEP_LABEL, STEPS, Stepper, stepPanelId, stepTabId, type StepId, type StepStatus } from "./Stepper";
import { reasonOf, useErrors, type DescribeError } from "./useErrors";
import { usePlanFindings } from "./usePlanFindings";
import { useTaskPaneStyles } from "./useTaskPaneStyles.styles";
import { useWorkbook, type WorkbookContent } from "./useWorkbook";
import { useWritePlan } from "./useWritePlan";

export type TaskPaneProps = {
  port: WorkbookPort;
  language: Language;
  /** ISO date the plan is judged against (today, decided by the host page). */
  asOf: string;
  /** 1 when the pane is the page (Excel), 2 when it sits inside another page (the workbench). */
  titleLevel?: 1 | 2;
  /** Called after the plan was written, e.g. to refresh a preview. */
  onWritten?: (result: WritePlanResult) => void;
  /** The host's own error texts (e.g. the Office host's error codes). */
  describeError?: DescribeError;
};

const NO_ACCOUNTS: readonly Account[] = [];
const NO_FINDINGS: readonly Finding[] = [];

/** The add-in's own sheets (goal and review sheet): by their marker names, else by their tables. */
function plannerSheetsOf(content: WorkbookContent | null): string[] {
  if (!content) return [];
  const sheets = content.grids.map((g) => ({ name: g.name, tables: g.tables.map((t) => t.name) }));
  return [...plannerSheetNames(sheets, content.names)];
}

type Focus = "panel" | "vision" | "mission" | null;

export function TaskPane({ port, language, asOf, titleLevel = 1, onWritten, describeError }: TaskPaneProps) {
  const styles = useTaskPaneStyles();
  const { errors, report, dismiss } = useErrors(language, describeError);
  const [step, setStep] = useState<StepId>("accounts");
  const [plan, setPlan] = useState<Plan>(() => emptyPlan(language));
  const [selectedAccount, setSelectedAccount] = useState<string | null>(null);
  const [editRequest, setEditRequest] = useState<GoalEditRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resumeProblems, setResumeProblems] = useState<readonly Finding[]>(NO_FINDINGS);
  const focusNext = useRef<Focus>(null);
  // Every "show this goal" request is new, even for the same goal.
  const editSeq = useRef(0);
  const panelRef = useRef<HTMLDivElement>(null);
  const visionRef = useRef<HTMLTextAreaElement>(null);
  const missionRef = useRef<HTMLTextAreaElement>(null);

  const reportReading = useCallback(
    (error: unknown) => {
      report("errorReading", error);
    },
    [report],
  );
  const workbook = useWorkbook(port, reportReading);
  const { content, interpretation } = workbook;
  const accounts = interpretation?.ok ? interpretation.accounts : NO_ACCOUNTS;
  const accountFindings = interpretation?.ok ? interpretation.accountFindings : NO_FINDINGS;

  // Re-opening the pane on a written workbook resumes the plan stored in it (first read only:
  // a later "read again" must not overwrite what the user is editing).
  const resumedFor = useRef<WorkbookContent | null>(null);
  useEffect(() => {
    if (workbook.reads !== 1 || !content || resumedFor.current === content) return;
    resumedFor.current = content;
    try {
      const stored = readPlanFromWorkbook(content.grids, content.names);
      if (!stored) return;
      setPlan({ ...stored.plan, language });
      setResumeProblems(stored.findings);
      setNotice(ui(language, "resumed", { goals: stored.plan.goals.length }));
    } catch (error) {
      report("resumeFailed", error);
    }
  }, [workbook.reads, content, language, report]);

  // What the checks and the writer see: the UI language, the as-of date, and marketing's
  // positioning from the chosen sheet (else the one stored with the plan).
  const effectivePlan = useMemo(
    (): Plan => ({ ...plan, language, asOf, marketing: workbook.positioning ?? plan.marketing }),
    [plan, language, asOf, workbook.positioning],
  );
  const checked = usePlanFindings(effectivePlan, accounts, asOf);
  const planFindings = checked.findings;

  const { reread } = workbook;
  const handleWritten = useCallback(
    (result: WritePlanResult) => {
      // The sheet may have added rows users typed in Excel, with fresh ids: the pane shows them too.
      setPlan((current) => ({ ...current, goals: result.plan.goals }));
      reread();
      onWritten?.(result);
    },
    [reread, onWritten],
  );
  const reportWriting = useCallback(
    (error: unknown) => {
      report("errorWriting", error);
    },
    [report],
  );
  const writer = useWritePlan({
    port,
    language,
    asOf,
    accounts,
    onWritten: handleWritten,
    onError: reportWriting,
  });

  const activate = useCallback(
    (location: CellLocation) => {
      port.activate(location.sheet, location.address).catch((error: unknown) => {
        report("errorActivate", error);
      });
    },
    [port, report],
  );
  const openSheet = useCallback(
    (sheet: string) => {
      port.activate(sheet).catch((error: unknown) => {
        report("errorActivate", error);
      });
    },
    [port, report],
  );

  const goTo = useCallback((next: StepId, focus: Focus = "panel") => {
    focusNext.current = focus;
    setStep(next);
  }, []);

  useEffect(() => {
    const focus = focusNext.current;
    focusNext.current = null;
    if (focus === "vision") visionRef.current?.focus();
    else if (focus === "mission") missionRef.current?.focus();
    else if (focus === "panel") panelRef.current?.focus();
  }, [step]);

  const clearEditRequest = useCallback(() => {
    setEditRequest(null);
  }, []);
  const addGoals = useCallback((goals: readonly Goal[]) => {
    setPlan((current) => {
      const all = [...current.goals];
      for (const goal of goals) {
        const id = all.some((g) => g.id === goal.id) ? nextGoalId(all) : goal.id;
        all.push({ ...goal, id });
      }
      return { ...current, goals: all };
    });
  }, []);
  const saveGoal = useCallback((goal: Goal) => {
    setPlan((current) => ({ ...current, goals: current.goals.map((g) => (g.id === goal.id ? goal : g)) }));
  }, []);
  const deleteGoal = useCallback((id: string) => {
    setPlan((current) => ({ ...current, goals: current.goals.filter((g) => g.id !== id) }));
  }, []);

  const showAction = (finding: Finding): (() => void) | null => {
    const subject = finding.subject;
    switch (subject.type) {
      case "vision":
        return () => {
          goTo("vision", "vision");
        };
      case "mission":
        return () => {
          goTo("mission", "mission");
        };
      case "goal": {
        const goal = plan.goals.find((g) => g.id === subject.id);
        if (!goal) return null;
        return () => {
          const account = findAccount(accounts, goal.account);
          setSelectedAccount(account ? accountKey(account) : goal.account);
          editSeq.current += 1;
          setEditRequest({ goalId: goal.id, seq: editSeq.current });
          goTo("goals", null);
        };
      }
      case "account": {
        const account = findAccount(accounts, subject.id);
        if (!account) return null;
        return () => {
          setSelectedAccount(accountKey(account));
          goTo("goals");
        };
      }
      case "cell": {
        const location = findingLocation(finding, accounts, content?.grids ?? []);
        return location
          ? () => {
              activate(location);
            }
          : null;
      }
    }
  };

  const vision = visionFindings(planFindings);
  const mission = missionFindings(planFindings);
  const goalErrors = planFindings.filter((f) => f.subject.type === "goal" && f.severity === "error").length;
  const readingErrors = interpretation?.ok
    ? interpretation.problems.filter((f) => f.severity === "error").length
    : 0;
  const errorsIn = (text: string, findings: readonly Finding[]) =>
    text.trim() === "" ? 0 : findings.filter((f) => f.severity === "error").length;
  const status: Record<StepId, StepStatus> = {
    accounts: { done: accounts.length > 0, errors: readingErrors },
    vision: {
      done: plan.vision.trim() !== "" && errorsIn(plan.vision, vision) === 0,
      errors: errorsIn(plan.vision, vision),
    },
    mission: {
      done: plan.mission.trim() !== "" && errorsIn(plan.mission, mission) === 0,
      errors: errorsIn(plan.mission, mission),
    },
    goals: { done: plan.goals.length > 0 && goalErrors === 0, errors: goalErrors },
    review: { done: writer.state.status === "written", errors: 0 },
  };

  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const headingId = `${stepPanelId(step)}-heading`;
  const Title = titleLevel === 1 ? "h1" : "h2";

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title className={styles.title}>{ui(language, "appTitle")}</Title>
        <p className={styles.tagline}>{ui(language, "appTagline")}</p>
      </header>
      <Stepper
        language={language}
        current={step}
        status={status}
        onSelect={(s) => {
          goTo(s, null);
        }}
      />
      {(errors.length > 0 || notice !== null || checked.error !== null) && (
        <div className={styles.errors}>
          <ErrorMessages language={language} errors={errors} onDismiss={dismiss} />
          {checked.error !== null && (
            <MessageBar intent="error">
              <MessageBarBody>
                {ui(language, "errorChecking", { reason: reasonOf(checked.error, language) })}
              </MessageBarBody>
            </MessageBar>
          )}
          {notice !== null && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{notice}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    icon={<DismissRegular />}
                    aria-label={ui(language, "dismiss")}
                    onClick={() => {
                      setNotice(null);
                    }}
                  />
                }
              />
            </MessageBar>
          )}
        </div>
      )}
      <div
        ref={panelRef}
        role="tabpanel"
        id={stepPanelId(step)}
        aria-labelledby={stepTabId(step)}
        tabIndex={-1}
        className={styles.panel}
      >
        {step === "accounts" && (
          <AccountsStep
            language={language}
            workbook={workbook}
            plannerSheets={plannerSheetsOf(content)}
            extraProblems={resumeProblems}
            onActivate={activate}
            headingId={headingId}
          />
        )}
        {step === "vision" && (
          <StatementStep
            ref={visionRef}
            kind="vision"
            language={language}
            value={plan.vision}
            onChange={(vision) => {
              setPlan((current) => ({ ...current, vision }));
            }}
            findings={vision}
            pending={checked.pending}
            headingId={headingId}
          />
        )}
        {step === "mission" && (
          <StatementStep
            ref={missionRef}
            kind="mission"
            language={language}
            value={plan.mission}
            onChange={(mission) => {
              setPlan((current) => ({ ...current, mission }));
            }}
            findings={mission}
            pending={checked.pending}
            headingId={headingId}
          />
        )}
        {step === "goals" && (
          <GoalsStep
            language={language}
            plan={effectivePlan}
            accounts={accounts}
            positioning={effectivePlan.marketing}
            asOf={asOf}
            findings={planFindings}
            selectedAccount={selectedAccount}
            onSelectAccount={setSelectedAccount}
            editRequest={editRequest}
            onEditHandled={clearEditRequest}
            onAddGoals={addGoals}
            onSaveGoal={saveGoal}
            onDeleteGoal={deleteGoal}
            headingId={headingId}
          />
        )}
        {step === "review" && (
          <ReviewStep
            language={language}
            plan={plan}
            accounts={accounts}
            findings={[...planFindings, ...accountFindings]}
            write={writer.state}
            onWrite={() => {
              void writer.write(effectivePlan);
            }}
            showAction={showAction}
            onOpenSheet={openSheet}
            headingId={headingId}
          />
        )}
      </div>
      <footer className={styles.footer}>
        {previous ? (
          <Button
            icon={<ArrowLeft20Regular />}
            onClick={() => {
              goTo(previous);
            }}
          >
            {ui(language, "back")}
          </Button>
        ) : (
          <span />
        )}

        {next ? (
          <Button
            appearance="primary"
            icon={<ArrowRight20Regular />}
            iconPosition="after"
            onClick={() => {
              goTo(next);
            }}
          >
            {ui(language, "next", { step: ui(language, STEP_LABEL[next]) })}
          </Button>
        ) : (
          <span />
        )}
      </footer>
    </div>
  );
}
