// The goal form: kind, metric, statement, baseline, target, deadline, owner. Every field carries
// the live findings that concern it (Fluent Field validation), once the user has touched it.

import {
  Button,
  Field,
  Input,
  type FieldProps,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { Add20Regular, ArrowDownload20Regular, Save20Regular } from "@fluentui/react-icons";
import { forwardRef } from "react";
import type { Finding } from "../../domain/finding";
import { GOAL_KINDS, METRIC_SCALE, type GoalKind, type Language, type MetricScale } from "../../domain/plan";
import { findingMessage } from "../../i18n/findings";
import { goalProgress } from "../../domain/progress";
import { formatPercent } from "../../i18n/format";
import { KIND_LABEL, METRIC_LABEL, TRACK_LABEL } from "../../i18n/sheets";
import { ui, type UiKey } from "../../i18n/ui";
import { DRAFT_FIELDS, metricsOfKind, type DraftField } from "../model/goal-draft";
import { validationStateOf } from "../model/findings-view";
import { sortBySeverity } from "../../domain/finding";
import { useStepStyles } from "../useTaskPaneStyles.styles";
import type { GoalForm as GoalFormState } from "./useGoalForm";

const FIGURE_HINT: Record<MetricScale, UiKey> = {
  money: "hintMoney",
  fraction: "hintPercent",
  score: "hintScore",
  count: "hintCount",
  any: "hintAny",
};

const UNIT_SIGN: Record<string, string> = { EUR: "€", USD: "$", GBP: "£", CHF: "CHF", "%": "%" };

export type GoalFormProps = {
  language: Language;
  form: GoalFormState;
  accountName: string;
  headingId: string;
  /** Whether the account has a figure for the metric (then the baseline is pre-filled). */
  baselineFromProfile: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** What just happened ("Goal G4 added."), announced politely. */
  status: string;
  /** The as-of date: a new goal starts on it, and an actual without a date is measured on it. */
  asOf: string;
};

const isKind = (value: string): value is GoalKind => GOAL_KINDS.some((k) => k === value);

export const GoalForm = forwardRef<HTMLTextAreaElement, GoalFormProps>(function GoalForm(
  { language, form, accountName, headingId, baselineFromProfile, onSubmit, onCancel, status, asOf },
  statementRef,
) {
  const styles = useStepStyles();
  const { draft, touched, findings, unreadable } = form;
  const scale = METRIC_SCALE[draft.metric];
  const hint = ui(language, FIGURE_HINT[scale]);

  const validation = (field: DraftField): Pick<FieldProps, "validationState" | "validationMessage"> => {
    const notANumber =
      (field === "target" || field === "baseline" || field === "actual") && unreadable.has(field)
        ? ui(language, "notANumber", { example: hint })
        : null;
    const concerning = touched.has(field) ? sortBySeverity(findings.filter((f) => f.field === field)) : [];
    const messages = [
      ...(notANumber ? [notANumber] : []),
      ...concerning.map((f) => findingMessage(f, language)),
    ];
    const state = notANumber ? "error" : validationStateOf(concerning, false);
    if (messages.length === 0) return { validationState: state };
    return {
      validationState: state,
      validationMessage: (
        <span>
          {messages.map((m, i) => (
            <span key={i} className={styles.block}>
              {m}
            </span>
          ))}
        </span>
      ),
    };
  };

  const fieldNames: readonly string[] = DRAFT_FIELDS;
  const other: Finding[] = findings.filter((f) => f.field === null || !fieldNames.includes(f.field));
  const unit = form.goal.unit ? (UNIT_SIGN[form.goal.unit] ?? null) : null;
  const unitAfter = unit ? <Text size={200}>{unit}</Text> : undefined;
  const hasErrors = findings.some((f) => f.severity === "error") || unreadable.size > 0;
  // As the goal sheet will compute it: a goal not written yet starts on the as-of date.
  const progress = goalProgress({ ...form.goal, start: form.goal.start ?? asOf }, asOf);

  return (
    <form
      className={styles.section}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={headingId} className={styles.subheading}>
        {form.mode === "edit"
          ? ui(language, "goalFormEdit", { id: draft.id })
          : ui(language, "goalFormNew", { account: accountName })}
      </h3>

      <Field label={ui(language, "goalKind")} {...validation("kind")}>
        <RadioGroup
          layout="horizontal"
          value={draft.kind}
          onChange={(_event, data) => {
            if (isKind(data.value)) form.setKind(data.value);
          }}
        >
          {GOAL_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={KIND_LABEL[language][kind]} />
          ))}
        </RadioGroup>
      </Field>

      <Field label={ui(language, "goalMetric")} {...validation("metric")}>
        <Select
          value={draft.metric}
          onChange={(_event, data) => {
            const metric = metricsOfKind(draft.kind).find((m) => m === data.value);
            if (metric) form.setMetric(metric);
          }}
        >
          {metricsOfKind(draft.kind).map((metric) => (
            <option key={metric} value={metric}>
              {METRIC_LABEL[language][metric]}
            </option>
          ))}
        </Select>
      </Field>

      <Field
        label={ui(language, "goalStatement")}
        hint={ui(language, "goalStatementHint")}
        required
        {...validation("statement")}
      >
        <Textarea
          ref={statementRef}
          value={draft.statement}
          rows={2}
          resize="vertical"
          onChange={(_event, data) => {
            form.setText("statement", data.value);
          }}
        />
      </Field>

      <Field
        label={ui(language, "goalBaseline")}
        hint={baselineFromProfile ? `${ui(language, "goalBaselineHint")} ${hint}` : hint}
        {...validation("baseline")}
      >
        <Input
          value={draft.baseline}
          contentAfter={unitAfter}
          onChange={(_event, data) => {
            form.setText("baseline", data.value);
          }}
        />
      </Field>

      <Field label={ui(language, "goalTarget")} hint={hint} {...validation("target")}>
        <Input
          value={draft.target}
          contentAfter={unitAfter}
          onChange={(_event, data) => {
            form.setText("target", data.value);
          }}
        />
      </Field>

      <Field label={ui(language, "goalDeadline")} {...validation("deadline")}>
        <Input
          type="date"
          value={draft.deadline}
          onChange={(_event, data) => {
            form.setText("deadline", data.value);
          }}
        />
      </Field>

      <Field
        label={ui(language, "goalActual")}
        hint={`${ui(language, "goalActualHint")} ${hint}`}
        {...validation("actual")}
      >
        <Input
          value={draft.actual}
          contentAfter={unitAfter}
          onChange={(_event, data) => {
            form.setText("actual", data.value);
          }}
        />
      </Field>
      {form.accountActual !== null && (
        <div className={styles.row}>
          <Button size="small" icon={<ArrowDownload20Regular />} onClick={form.takeActualFromAccount}>
            {ui(language, "goalActualFromAccount")}
          </Button>
        </div>
      )}

      <Field
        label={ui(language, "goalActualDate")}
        hint={ui(language, "goalActualDateHint")}
        {...validation("actualDate")}
      >
        <Input
          type="date"
          value={draft.actualDate}
          onChange={(_event, data) => {
            form.setText("actualDate", data.value);
          }}
        />
      </Field>
      {progress.attainment !== null && (
        <Text className={styles.caption}>
          {ui(language, "goalProgressLine", {
            attainment: formatPercent(progress.attainment, language),
            elapsed: progress.elapsed === null ? "–" : formatPercent(Math.min(1, progress.elapsed), language),
            status: progress.status === null ? "–" : TRACK_LABEL[language][progress.status],
          })}
        </Text>
      )}

      <Field label={ui(language, "goalOwner")} {...validation("owner")}>
        <Input
          value={draft.owner}
          onChange={(_event, data) => {
            form.setText("owner", data.value);
          }}
        />
      </Field>

      {other.length > 0 && (
        <MessageBar
          intent={other.some((f) => f.severity === "error") ? "error" : "warning"}
          layout="multiline"
        >
          <MessageBarBody>
            {ui(language, "goalOtherFindings")}
            {other.map((f, i) => (
              <span key={i} className={styles.block}>
                {findingMessage(f, language)}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {hasErrors && touched.size > 0 && (
        <Text className={styles.caption}>{ui(language, "goalSavedWithErrors")}</Text>
      )}

      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          icon={form.mode === "edit" ? <Save20Regular /> : <Add20Regular />}
        >
          {form.mode === "edit" ? ui(language, "saveGoal") : ui(language, "addGoal")}
        </Button>
        {(form.mode === "edit" || touched.size > 0) && (
          <Button type="button" onClick={onCancel}>
            {ui(language, "cancelEdit")}
          </Button>
        )}
      </div>
      <div role="status" className={styles.caption}>
        {status}
      </div>
    </form>
  );
});
