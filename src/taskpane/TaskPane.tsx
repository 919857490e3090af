// The task pane: a stepper through accounts → vision → mission → goals → review & write. It talks
// to the workbook only through the port it is given and to the planner for every use case, so the
// same component runs inside Excel (the Office host) and in the browser workbench (the xlsx host).

import {
  Button,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Switch,
} from "@fluentui/react-components";
import { ArrowLeft20Regular, ArrowRight20Regular, DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Goal, Language, Plan } from "../domain/plan";
import { ui } from "../i18n/ui";
import { resumePlan, workbookFindings, type PlanSettings, type WritePlanResult } from "../planner";
import type { WorkbookPort } from "../sheet";
import { ErrorMessages } from "./ErrorMessages";
import { missionFindings, visionFindings } from "./model/findings-view";
import { initialPlan, planReducer } from "./model/plan-state";
import { stepStatus } from "./model/step-status";
import { AccountsStep } from "./steps/AccountsStep";
import { GoalsStep } from "./steps/GoalsStep";
import { ReviewMode } from "./review/ReviewMode";
import { ReviewStep } from "./steps/ReviewStep";
import { StatementStep } from "./steps/StatementStep";
import { STEP_LABEL, STEPS, Stepper, stepPanelId, stepTabId, type StepId } from "./Stepper";
import { reasonOf, useErrors } from "./useErrors";
import { useFindingNavigation, type Focus } from "./useFindingNavigation";
import { usePlanFindings } from "./usePlanFindings";
import { useTaskPaneStyles } from "./useTaskPaneStyles.styles";
import { usePortfolioReview } from "./usePortfolioReview";
import { useWorkbook } from "./useWorkbook";
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
  /** A plan file the user opened (the workbench); a new `seq` replaces the pane's plan again. */
  importedPlan?: ImportedPlan | null;
};

export type ImportedPlan = { plan: Plan; name: string; seq: number };

export function TaskPane({
  port,
  language,
  asOf,
  titleLevel = 1,
  onWritten,
  importedPlan = null,
}: TaskPaneProps) {
  const styles = useTaskPaneStyles();
  const { errors, report, dismiss } = useErrors(language);
  const [step, setStep] = useState<StepId>("accounts");
  // The manager's review mode replaces the planning steps while it is on.
  const [reviewMode, setReviewMode] = useState(false);
  const [plan, dispatch] = useReducer(planReducer, language, initialPlan);
  const [notice, setNotice] = useState<string | null>(null);
  const focusNext = useRef<Focus>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const visionRef = useRef<HTMLTextAreaElement>(null);
  const missionRef = useRef<HTMLTextAreaElement>(null);

  const reportReading = useCallback(
    (error: unknown) => {
      report("errorReading", error);
    },
    [report],
  );
  const reportSaving = useCallback(
    (error: unknown) => {
      report("errorSavingMapping", error);
    },
    [report],
  );
  const workbook = useWorkbook(port, reportReading, reportSaving);
  const { opened } = workbook;
  const settings = useMemo((): PlanSettings => ({ language, asOf }), [language, asOf]);

  // Re-opening the pane on a written workbook resumes the plan stored in it (first read only:
  // a later "read again" must not overwrite what the user is editing).
  const resumed = useRef(false);
  useEffect(() => {
    if (workbook.reads !== 1 || !opened || resumed.current) return;
    resumed.current = true;
    const stored = resumePlan(opened);
    if (!stored) return;
    dispatch({ type: "resume", plan: stored });
    setNotice(ui(language, "resumed", { goals: stored.goals.length }));
  }, [workbook.reads, opened, language]);

  const imported = useRef<number | null>(null);
  useEffect(() => {
    if (!importedPlan || imported.current === importedPlan.seq) return;
    imported.current = importedPlan.seq;
    // A plan opened before the workbook was read is not overwritten by the stored one.
    resumed.current = true;
    dispatch({ type: "import", plan: importedPlan.plan });
    setNotice(
      ui(language, "planImported", { name: importedPlan.name, goals: importedPlan.plan.goals.length }),
    );
  }, [importedPlan, language]);

  const checked = usePlanFindings(opened, plan, settings);
  const findings = checked.findings;
  const review = usePortfolioReview(opened, plan, settings, findings);

  const { reread } = workbook;
  const handleWritten = useCallback(
    (result: WritePlanResult) => {
      // The sheet may have added rows users typed in Excel, with fresh ids: the pane shows them too.
      dispatch({ type: "written", goals: result.plan.goals });
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
  const writer = useWritePlan({ port, opened, settings, onWritten: handleWritten, onError: reportWriting });

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

  const reportActivate = useCallback(
    (error: unknown) => {
      report("errorActivate", error);
    },
    [report],
  );
  const navigation = useFindingNavigation({ port, opened, plan, goTo, onError: reportActivate });
  const addGoals = useCallback((goals: readonly Goal[]) => {
    dispatch({ type: "addGoals", goals });
  }, []);
  const saveGoal = useCallback((goal: Goal) => {
    dispatch({ type: "saveGoal", goal });
  }, []);
  const deleteGoal = useCallback((id: string) => {
    dispatch({ type: "deleteGoal", id });
  }, []);

  const vision = visionFindings(findings);
  const mission = missionFindings(findings);
  const status = stepStatus({
    plan,
    findings,
    workbookFindings: opened ? workbookFindings(opened) : [],
    accounts: opened?.accounts.length ?? 0,
    written: writer.state.status === "written",
  });

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
        <Switch
          checked={reviewMode}
          label={ui(language, "reviewModeSwitch")}
          onChange={(_event, data) => {
            setReviewMode(data.checked);
          }}
        />
      </header>
      {!reviewMode && (
        <Stepper
          language={language}
          current={step}
          status={status}
          onSelect={(s) => {
            goTo(s, null);
          }}
        />
      )}
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
      {reviewMode && (
        <section className={styles.panel} aria-labelledby="kam-review-mode-heading">
          <ReviewMode
            language={language}
            review={review}
            onActivate={navigation.activate}
            headingId="kam-review-mode-heading"
          />
        </section>
      )}
      <div
        ref={panelRef}
        role="tabpanel"
        id={stepPanelId(step)}
        aria-labelledby={stepTabId(step)}
        tabIndex={-1}
        className={mergeClasses(styles.panel, reviewMode && styles.hidden)}
        hidden={reviewMode}
      >
        {step === "accounts" && (
          <AccountsStep
            language={language}
            workbook={workbook}
            onActivate={navigation.activate}
            headingId={headingId}
          />
        )}
        {step === "vision" && (
          <StatementStep
            ref={visionRef}
            kind="vision"
            language={language}
            value={plan.vision}
            onChange={(text) => {
              dispatch({ type: "vision", text });
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
            onChange={(text) => {
              dispatch({ type: "mission", text });
            }}
            findings={mission}
            pending={checked.pending}
            headingId={headingId}
          />
        )}
        {step === "goals" && opened && (
          <GoalsStep
            language={language}
            plan={plan}
            opened={opened}
            settings={settings}
            findings={findings}
            selectedAccount={navigation.selectedAccount}
            onSelectAccount={navigation.selectAccount}
            editRequest={navigation.editRequest}
            onEditHandled={navigation.clearEditRequest}
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
            accounts={opened?.accounts ?? []}
            findings={findings}
            review={review}
            write={writer.state}
            onWrite={() => {
              void writer.write(plan);
            }}
            showAction={navigation.showAction}
            onOpenSheet={navigation.openSheet}
            headingId={headingId}
          />
        )}
      </div>
      <footer className={mergeClasses(styles.footer, reviewMode && styles.hidden)} hidden={reviewMode}>
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
