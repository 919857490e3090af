// State of the goal form: the draft as typed, which fields the user has touched (findings show on
// touched fields only, so a blank form is not covered in red), and the live findings of the draft.

import { useCallback, useMemo, useState } from "react";
import type { Account } from "../../domain/account";
import { accountFigure } from "../../domain/baseline";
import type { Finding } from "../../domain/finding";
import {
  ACTUAL_FROM_ACCOUNT,
  METRIC_KIND,
  nextGoalId,
  type Goal,
  type GoalKind,
  type Language,
  type Metric,
  type Plan,
} from "../../domain/plan";
import {
  DRAFT_FIELDS,
  draftFromGoal,
  figureText,
  goalFromDraft,
  metricsOfKind,
  newDraft,
  parseFigure,
  type DraftField,
  type GoalDraft,
} from "../model/goal-draft";
import type { OpenedWorkbook, PlanSettings } from "../../planner";
import { useDraftFindings } from "../usePlanFindings";

export type GoalFormMode = "new" | "edit";
export type FigureField = "baseline" | "target" | "actual";

export type GoalForm = {
  mode: GoalFormMode;
  draft: GoalDraft;
  goal: Goal;
  touched: ReadonlySet<DraftField>;
  findings: readonly Finding[];
  pending: boolean;
  checkError: unknown;
  /** Baseline, target or actual text that is not a number. */
  unreadable: ReadonlySet<FigureField>;
  setText: (
    field: "statement" | "baseline" | "target" | "deadline" | "actual" | "actualDate" | "owner",
    value: string,
  ) => void;
  /** The account's latest figure for the metric, when it has one and the metric allows it. */
  accountActual: number | null;
  /** Fills actual and its date from the account sheet (revenue, margin, share of wallet). */
  takeActualFromAccount: () => void;
  setKind: (kind: GoalKind) => void;
  setMetric: (metric: Metric) => void;
  startNew: () => void;
  startEdit: (goal: Goal) => void;
  /** A suggestion opened for editing: a new goal, every field shown with its findings. */
  startFromSuggestion: (goal: Goal) => void;
  touchAll: () => void;
};

export type GoalFormOptions = {
  language: Language;
  plan: Plan;
  accountKey: string;
  account: Account | undefined;
  opened: OpenedWorkbook | null;
  settings: PlanSettings;
};

export function useGoalForm({
  language,
  plan,
  accountKey,
  account,
  opened,
  settings,
}: GoalFormOptions): GoalForm {
  const [mode, setMode] = useState<GoalFormMode>("new");
  const [stored, setDraft] = useState<GoalDraft>(() => newDraft("", accountKey, account, language));
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());

  // A new goal always takes the next free id, which moves when goals are added elsewhere.
  const freeId = nextGoalId(plan.goals);
  const draft = useMemo(
    () => (mode === "new" ? { ...stored, id: freeId, account: accountKey } : stored),
    [mode, stored, freeId, accountKey],
  );
  const goal = useMemo(() => goalFromDraft(draft, account, language), [draft, account, language]);
  const checked = useDraftFindings(opened, plan, goal, settings);

  const unreadable = useMemo(() => {
    const bad = new Set<FigureField>();
    for (const field of ["baseline", "target", "actual"] as const) {
      if (!parseFigure(draft[field], draft.metric, language).ok) bad.add(field);
    }
    return bad;
  }, [draft, language]);

  const touch = useCallback((...fields: DraftField[]) => {
    setTouched((old) => new Set([...old, ...fields]));
  }, []);

  const setText = useCallback<GoalForm["setText"]>(
    (field, value) => {
      setDraft((old) => ({ ...old, [field]: value }));
      touch(field);
    },
    [touch],
  );

  /** A new metric changes the unit and, unless the user typed one, the baseline from the profile. */
  const withMetric = useCallback(
    (old: GoalDraft, metric: Metric, baselineTyped: boolean): GoalDraft => ({
      ...old,
      metric,
      unit: null,
      baseline:
        baselineTyped || !account
          ? old.baseline
          : figureText(accountFigure(metric, account), metric, language),
    }),
    [account, language],
  );

  const setMetric = useCallback(
    (metric: Metric) => {
      const kind = METRIC_KIND[metric];
      setDraft((old) => ({
        ...withMetric(old, metric, touched.has("baseline")),
        kind: kind === "either" ? old.kind : kind,
      }));
      touch("metric");
    },
    [touched, touch, withMetric],
  );

  const setKind = useCallback(
    (kind: GoalKind) => {
      setDraft((old) => {
        const fits = metricsOfKind(kind).includes(old.metric);
        const metric = fits ? old.metric : (metricsOfKind(kind)[0] ?? "other");
        return { ...(fits ? old : withMetric(old, metric, touched.has("baseline"))), kind };
      });
      touch("kind");
    },
    [touched, touch, withMetric],
  );

  const startNew = useCallback(() => {
    setMode("new");
    setDraft(newDraft("", accountKey, account, language));
    setTouched(new Set());
  }, [accountKey, account, language]);

  const startEdit = useCallback(
    (goal: Goal) => {
      setMode("edit");
      setDraft(draftFromGoal(goal, language));
      setTouched(new Set(DRAFT_FIELDS));
    },
    [language],
  );

  const startFromSuggestion = useCallback(
    (goal: Goal) => {
      setMode("new");
      setDraft(draftFromGoal(goal, language));
      setTouched(new Set(DRAFT_FIELDS));
    },
    [language],
  );

  const touchAll = useCallback(() => {
    setTouched(new Set(DRAFT_FIELDS));
  }, []);

  const accountActual =
    account && ACTUAL_FROM_ACCOUNT.includes(draft.metric) ? accountFigure(draft.metric, account) : null;
  const takeActualFromAccount = useCallback(() => {
    if (accountActual === null) return;
    setDraft((old) => ({
      ...old,
      actual: figureText(accountActual, old.metric, language),
      actualDate: settings.asOf,
    }));
    touch("actual", "actualDate");
  }, [accountActual, language, settings.asOf, touch]);

  return {
    mode,
    draft,
    goal,
    touched,
    findings: checked.findings,
    pending: checked.pending,
    checkError: checked.error,
    unreadable,
    setText,
    setKind,
    setMetric,
    startNew,
    startEdit,
    startFromSuggestion,
    touchAll,
    accountActual,
    takeActualFromAccount,
  };
}
