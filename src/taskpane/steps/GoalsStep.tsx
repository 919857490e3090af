// Step 4: goals per key account. Pick an account, read its profile, accept or edit suggested goals,
// write your own in the goal form, and keep the account's goal list tidy.

import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { accountKey, accountLabel, findAccount, type Account } from "../../domain/account";
import { accountFigure } from "../../domain/baseline";
import type { Finding } from "../../domain/finding";
import { nextGoalId, type Goal, type Language, type Plan } from "../../domain/plan";
import { ui } from "../../i18n/ui";
import { positioningFor, suggest, type OpenedWorkbook, type PlanSettings } from "../../planner";
import { GoalForm } from "../goals/GoalForm";
import { GoalList } from "../goals/GoalList";
import { ProfileCard } from "../goals/ProfileCard";
import { Suggestions, type Suggestion } from "../goals/Suggestions";
import { useGoalForm } from "../goals/useGoalForm";
import { reasonOf } from "../useErrors";
import { useStepStyles } from "../useTaskPaneStyles.styles";

export type GoalEditRequest = { goalId: string; seq: number };

export type GoalsStepProps = {
  language: Language;
  plan: Plan;
  opened: OpenedWorkbook;
  settings: PlanSettings;
  findings: readonly Finding[];
  selectedAccount: string | null;
  onSelectAccount: (key: string) => void;
  editRequest: GoalEditRequest | null;
  /** The request was carried out (so coming back to the step does not open the goal again). */
  onEditHandled: () => void;
  /** Adds goals; ids already taken are replaced by free ones. */
  onAddGoals: (goals: readonly Goal[]) => void;
  /** Replaces the goal with the same id. */
  onSaveGoal: (goal: Goal) => void;
  onDeleteGoal: (id: string) => void;
  headingId: string;
};

export function GoalsStep(props: GoalsStepProps) {
  const { language, opened, selectedAccount, onSelectAccount, headingId } = props;
  const { accounts } = opened;
  const styles = useStepStyles();
  const key = selectedAccount ?? (accounts[0] ? accountKey(accounts[0]) : null);
  const account = key === null ? undefined : findAccount(accounts, key);

  return (
    <>
      <h2 id={headingId} className={styles.heading}>
        {ui(language, "goalsHeading")}
      </h2>
      <p className={styles.intro}>{ui(language, "goalsIntro")}</p>
      {accounts.length === 0 || key === null ? (
        <MessageBar intent="info">
          <MessageBarBody>{ui(language, "noAccountsForGoals")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Field label={ui(language, "accountPicker")}>
            <Select
              value={key}
              onChange={(_event, data) => {
                onSelectAccount(data.value);
              }}
            >
              {accounts.map((a) => (
                <option key={accountKey(a)} value={accountKey(a)}>
                  {accountLabel(a)}
                </option>
              ))}
            </Select>
          </Field>
          {/* Keyed by account: switching accounts starts a fresh form. */}
          <AccountGoals key={key} {...props} accountKey={key} account={account} />
        </>
      )}
    </>
  );
}

type AccountGoalsProps = GoalsStepProps & { accountKey: string; account: Account | undefined };

function AccountGoals({
  language,
  plan,
  opened,
  settings,
  findings,
  editRequest,
  onEditHandled,
  onAddGoals,
  onSaveGoal,
  onDeleteGoal,
  headingId,
  accountKey: key,
  account,
}: AccountGoalsProps) {
  const styles = useStepStyles();
  const { accounts } = opened;
  const positioning = positioningFor(opened, plan);
  const form = useGoalForm({ language, plan, accountKey: key, account, opened, settings });
  const [status, setStatus] = useState("");
  const statementRef = useRef<HTMLTextAreaElement>(null);
  const accountName = account ? accountLabel(account) : key;

  const goals = plan.goals.filter((g) => {
    const owner = findAccount(accounts, g.account);
    return owner ? accountKey(owner) === key : g.account === key;
  });

  const suggested = useMemo((): { list: Suggestion[]; error: unknown } => {
    if (!account) return { list: [], error: null };
    try {
      return { list: suggest(opened, plan, settings, [account]), error: null };
    } catch (error) {
      return { list: [], error };
    }
  }, [account, opened, plan, settings]);
  // A suggestion is offered until the account has a goal on its metric.
  const open = suggested.list.filter((s) => !goals.some((g) => g.metric === s.metric));

  // "Show" in the review opens a goal here for editing.
  // Only a new request (its seq) opens the goal; later plan changes must not reopen it.
  const { startEdit } = form;
  const handledRequest = useRef<number | null>(null);
  useEffect(() => {
    if (!editRequest || handledRequest.current === editRequest.seq) return;
    handledRequest.current = editRequest.seq;
    const goal = plan.goals.find((g) => g.id === editRequest.goalId);
    if (goal) {
      startEdit(goal);
      statementRef.current?.focus();
    }
    onEditHandled();
  }, [editRequest, plan.goals, startEdit, onEditHandled]);

  const accept = (list: readonly Suggestion[]) => {
    const taken = [...plan.goals];
    const added: Goal[] = [];
    for (const { rationale: _rationale, ...goal } of list) {
      const id = nextGoalId(taken);
      const withId: Goal = { ...goal, id, account: key };
      taken.push(withId);
      added.push(withId);
    }
    onAddGoals(added);
    setStatus(added.map((g) => ui(language, "goalAdded", { id: g.id })).join(" "));
  };

  const submit = () => {
    if (form.goal.statement === "") {
      form.touchAll();
      statementRef.current?.focus();
      return;
    }
    if (form.mode === "edit") {
      onSaveGoal(form.goal);
      setStatus(ui(language, "goalSaved", { id: form.goal.id }));
    } else {
      onAddGoals([form.goal]);
      setStatus(ui(language, "goalAdded", { id: form.goal.id }));
    }
    form.startNew();
  };

  return (
    <>
      {account && (
        <ProfileCard
          language={language}
          account={account}
          accounts={accounts}
          positioning={positioning}
          headingId={`${headingId}-profile`}
        />
      )}
      {suggested.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            {ui(language, "suggestFailed", { reason: reasonOf(suggested.error, language) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Suggestions
        language={language}
        suggestions={open}
        headingId={`${headingId}-suggestions`}
        onAccept={(s) => {
          accept([s]);
        }}
        onAcceptAll={() => {
          accept(open);
        }}
        onEdit={(s) => {
          const { rationale: _rationale, ...goal } = s;
          form.startFromSuggestion({ ...goal, account: key });
          setStatus("");
          statementRef.current?.focus();
        }}
      />
      <GoalList
        language={language}
        accountName={accountName}
        account={account}
        goals={goals}
        findings={findings}
        editing={form.mode === "edit" ? form.draft.id : null}
        headingId={`${headingId}-list`}
        onEdit={(goal) => {
          form.startEdit(goal);
          setStatus("");
          statementRef.current?.focus();
        }}
        onDelete={(goal) => {
          onDeleteGoal(goal.id);
          if (form.mode === "edit" && form.draft.id === goal.id) form.startNew();
          setStatus(ui(language, "goalDeleted", { id: goal.id }));
        }}
      />
      {form.checkError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            {ui(language, "errorChecking", { reason: reasonOf(form.checkError, language) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <GoalForm
          ref={statementRef}
          language={language}
          form={form}
          accountName={accountName}
          headingId={`${headingId}-form`}
          baselineFromProfile={account !== undefined && accountFigure(form.draft.metric, account) !== null}
          status={status}
          asOf={settings.asOf}
          onSubmit={submit}
          onCancel={() => {
            form.startNew();
            setStatus("");
          }}
        />
      </div>
    </>
  );
}
